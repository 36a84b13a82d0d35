// The entry of web/js/vendor/editor.js: the libraries the web client's
// rich-text editing uses, re-exported as one ES module. The client's own code
// (schema, toolbar, rendering, the shared pages' sync) stays in web/js, unbundled.

export { baseKeymap, setBlockType, toggleMark, wrapIn, lift } from "prosemirror-commands";
export { history, redo, undo } from "prosemirror-history";
export { InputRule, inputRules, textblockTypeInputRule, wrappingInputRule } from "prosemirror-inputrules";
export { keymap } from "prosemirror-keymap";
export { DOMParser, DOMSerializer, Schema } from "prosemirror-model";
export { liftListItem, sinkListItem, splitListItem, wrapInList } from "prosemirror-schema-list";
export { EditorState, Plugin, PluginKey, TextSelection } from "prosemirror-state";
export { Decoration, DecorationSet, EditorView } from "prosemirror-view";

// Shared pages: a Yjs document bound to the editor, the co-editors' cursors
// (y-protocols' awareness), and base64 for sending both over the socket.
export { applyUpdate, Doc, encodeStateAsUpdate, encodeStateVector, mergeUpdates } from "yjs";
export {
  redoCommand as yRedo,
  undoCommand as yUndo,
  yCursorPlugin,
  ySyncPlugin,
  ySyncPluginKey,
  yUndoPlugin,
} from "y-prosemirror";
export {
  applyAwarenessUpdate,
  Awareness,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from "y-protocols/awareness";
export { fromBase64, toBase64 } from "lib0/buffer";
