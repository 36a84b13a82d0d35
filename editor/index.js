// The entry of web/js/vendor/editor.js: the libraries the web client's
// rich-text editing uses, re-exported as one ES module. The client's own code
// (schema, toolbar, rendering) stays in web/js, unbundled. A library added
// later (Yjs for shared pages) is one more line here.

export { baseKeymap, setBlockType, toggleMark, wrapIn, lift } from "prosemirror-commands";
export { history, redo, undo } from "prosemirror-history";
export { InputRule, inputRules, textblockTypeInputRule, wrappingInputRule } from "prosemirror-inputrules";
export { keymap } from "prosemirror-keymap";
export { DOMParser, DOMSerializer, Schema } from "prosemirror-model";
export { liftListItem, sinkListItem, splitListItem, wrapInList } from "prosemirror-schema-list";
export { EditorState, TextSelection } from "prosemirror-state";
export { EditorView } from "prosemirror-view";
