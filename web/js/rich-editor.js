// The small editor of forum posts: big buttons with a picture and a word
// (bold, italic, list, numbered list, link, quote) above a writing area, and
// the usual keys (Ctrl+B, Ctrl+I, Ctrl+Z; "- " starts a list, "> " a quote).
// Nobody types HTML: ProseMirror keeps a document of the schema in
// rich-text.js, and the editor hands the server that document's HTML.
// The buttons are one toolbar (one Tab stop, arrow keys move along it), so
// Tab goes from the writing area to the Send button, never round a list.

import { h, uniqueId } from "./dom.js";
import { feedback } from "./feedback.js";
import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { htmlOf, parseRich, safeHref, schema } from "./rich-text.js";
import {
  EditorState,
  EditorView,
  baseKeymap,
  history,
  inputRules,
  keymap,
  lift,
  liftListItem,
  redo,
  splitListItem,
  toggleMark,
  undo,
  wrapIn,
  wrapInList,
  wrappingInputRule,
} from "./vendor/editor.js";

const { nodes, marks } = schema;

/**
 * label: what is written here; html: what the editor starts with;
 * onInput() runs as the text changes; onSubmit() on Ctrl+Enter.
 * Returns { element, focus, html, isEmpty, setHtml }.
 */
export function richEditor({ label, hint, html = "", placeholder = "", onInput, onSubmit }) {
  const labelId = uniqueId("editor-label");
  const hintId = hint ? uniqueId("editor-hint") : undefined;
  const tools = toolsOf();
  const linkForm = linkEditor(
    () => view,
    (href) => addLink(href),
  );
  const buttons = tools.map((tool) =>
    h(
      "button",
      {
        type: "button",
        class: "tool",
        "aria-pressed": tool.active ? "false" : undefined,
        "aria-keyshortcuts": tool.keys,
        // The writing area keeps its selection while a button is pressed.
        onmousedown: (event) => event.preventDefault(),
        onclick: () => {
          if (tool.key === "link") toggleLink();
          else tool.command(view.state, view.dispatch);
          view.focus();
        },
      },
      tool.picture,
      h("span", {}, tool.label),
    ),
  );
  const toolbar = h(
    "div",
    { role: "toolbar", class: "toolbar", "aria-label": t("editor.toolbar") },
    buttons,
  );
  rovingFocus(toolbar, buttons);
  const area = h("div", { class: "editor-area" });
  const element = h(
    "div",
    { class: "rich-editor" },
    h("p", { id: labelId, class: "editor-label" }, label),
    hint && h("p", { id: hintId, class: "hint" }, hint),
    toolbar,
    linkForm.element,
    area,
  );

  const plugins = [
    history(),
    inputRules({
      rules: [
        wrappingInputRule(/^\s*>\s$/, nodes.blockquote),
        wrappingInputRule(/^\s*[-*]\s$/, nodes.bullet_list),
        wrappingInputRule(/^\s*\d+\.\s$/, nodes.ordered_list),
      ],
    }),
    keymap({
      "Mod-b": toggleMark(marks.strong),
      "Mod-i": toggleMark(marks.em),
      "Mod-u": toggleMark(marks.underline),
      "Mod-z": undo,
      "Shift-Mod-z": redo,
      "Mod-y": redo,
      Enter: splitListItem(nodes.list_item),
      "Shift-Enter": (state, dispatch) => {
        dispatch?.(state.tr.replaceSelectionWith(nodes.hard_break.create()).scrollIntoView());
        return true;
      },
      "Mod-Enter": () => {
        onSubmit?.();
        return true;
      },
    }),
    keymap(baseKeymap),
  ];
  const stateOf = (source) => EditorState.create({ doc: parseRich(source), plugins });
  const view = new EditorView(area, {
    state: stateOf(html),
    attributes: {
      role: "textbox",
      "aria-multiline": "true",
      "aria-labelledby": labelId,
      ...(hintId && { "aria-describedby": hintId }),
      "data-placeholder": placeholder,
      class: "rich-text",
    },
    dispatchTransaction(transaction) {
      view.updateState(view.state.apply(transaction));
      showState();
      if (transaction.docChanged) onInput?.();
    },
  });

  function showState() {
    const { state } = view;
    tools.forEach((tool, index) => {
      if (tool.active) buttons[index].setAttribute("aria-pressed", String(tool.active(state)));
    });
    element.dataset.empty = String(isEmpty());
  }

  function toggleLink() {
    if (markActive(view.state, marks.link)) toggleMark(marks.link)(view.state, view.dispatch);
    else linkForm.open();
  }

  /** Links the selected words, or writes the address itself where nothing is selected. */
  function addLink(href) {
    const { state } = view;
    const link = marks.link.create({ href });
    const { from, to, empty } = state.selection;
    const tr = empty
      ? state.tr.insert(from, schema.text(href, [link]))
      : state.tr.addMark(from, to, link);
    view.dispatch(tr.scrollIntoView());
    view.focus();
  }

  function isEmpty() {
    return !view.state.doc.textContent.trim();
  }

  showState();
  return {
    element,
    focus: () => view.focus(),
    html: () => htmlOf(view.state.doc),
    isEmpty,
    setHtml(source) {
      view.updateState(stateOf(source));
      showState();
    },
  };
}

/** The buttons, each with its command and, for a toggle, whether it is on here. */
function toolsOf() {
  const letter = (text) => h("span", { class: "tool-letter", "aria-hidden": "true" }, text);
  return [
    {
      key: "bold",
      label: t("editor.bold"),
      picture: letter("B"),
      keys: "Control+B",
      command: toggleMark(marks.strong),
      active: (state) => markActive(state, marks.strong),
    },
    {
      key: "italic",
      label: t("editor.italic"),
      picture: letter("I"),
      keys: "Control+I",
      command: toggleMark(marks.em),
      active: (state) => markActive(state, marks.em),
    },
    {
      key: "bullets",
      label: t("editor.bullets"),
      picture: icon("bullets"),
      command: listToggle(nodes.bullet_list),
      active: (state) => innermostList(state) === nodes.bullet_list,
    },
    {
      key: "numbers",
      label: t("editor.numbers"),
      picture: icon("numbers"),
      command: listToggle(nodes.ordered_list),
      active: (state) => innermostList(state) === nodes.ordered_list,
    },
    {
      key: "link",
      label: t("editor.link"),
      picture: icon("link"),
      active: (state) => markActive(state, marks.link),
    },
    {
      key: "quote",
      label: t("editor.quote"),
      picture: icon("quote"),
      command: (state, dispatch) =>
        inside(state, nodes.blockquote)
          ? lift(state, dispatch)
          : wrapIn(nodes.blockquote)(state, dispatch),
      active: (state) => inside(state, nodes.blockquote),
    },
  ];
}

function markActive(state, type) {
  const { from, to, empty, $from } = state.selection;
  if (empty) return Boolean(type.isInSet(state.storedMarks ?? $from.marks()));
  return state.doc.rangeHasMark(from, to, type);
}

function inside(state, type) {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    if ($from.node(depth).type === type) return true;
  }
  return false;
}

function innermostList(state) {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const type = $from.node(depth).type;
    if (type === nodes.bullet_list || type === nodes.ordered_list) return type;
  }
  return null;
}

/** Makes the paragraphs a list of this type, or takes them out of it. */
function listToggle(type) {
  return (state, dispatch) =>
    innermostList(state) === type
      ? liftListItem(nodes.list_item)(state, dispatch)
      : wrapInList(type)(state, dispatch);
}

/** The link address box that opens under the buttons (not a dialog: it stays in the page). */
function linkEditor(view, onAdd) {
  const fb = feedback();
  const id = uniqueId("link");
  const input = h("input", { id, type: "url", inputmode: "url", autocapitalize: "none" });
  const close = () => {
    element.hidden = true;
    view().focus();
  };
  const add = () => {
    const href = addressOf(input.value);
    if (!href) {
      input.setAttribute("aria-invalid", "true");
      fb.warn(t("editor.link_invalid"));
      input.focus();
      return;
    }
    close();
    onAdd(href);
  };
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault(); // the post's own form must not be sent
      add();
    } else if (event.key === "Escape") {
      close();
    }
  });
  const element = h(
    "div",
    { class: "link-editor", role: "group", "aria-label": t("editor.link_title"), hidden: true },
    h("label", { for: id }, t("editor.link_address")),
    input,
    fb.element,
    h(
      "div",
      { class: "actions" },
      h("button", { type: "button", class: "primary small", onclick: add }, t("editor.link_add")),
      h("button", { type: "button", class: "secondary small", onclick: close }, t("chat.cancel")),
    ),
  );
  return {
    element,
    open() {
      input.value = "";
      input.removeAttribute("aria-invalid");
      fb.clear();
      element.hidden = false;
      input.focus();
    },
  };
}

/** What was typed as a link's address, as one a post may hold ("europa.eu" -> https://europa.eu). */
function addressOf(typed) {
  const text = typed.trim();
  if (!text || /\s/.test(text)) return null;
  if (safeHref(text)) return text;
  if (/^[^:/]+@[^:/]+\.[a-z]{2,}$/i.test(text)) return `mailto:${text}`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return null; // another scheme (javascript:, data:)
  return /^[^/]+\.[a-z]{2,}(\/|$)/i.test(text) ? `https://${text}` : null;
}

/** One Tab stop for the toolbar; arrow keys, Home and End move between its buttons. */
function rovingFocus(toolbar, buttons) {
  const current = (index) =>
    buttons.forEach((button, i) => {
      button.tabIndex = i === index ? 0 : -1;
    });
  current(0);
  toolbar.addEventListener("keydown", (event) => {
    const at = buttons.indexOf(document.activeElement);
    if (at < 0) return;
    const last = buttons.length - 1;
    const moves = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: last };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = (moves[event.key] + buttons.length) % buttons.length;
    current(next);
    buttons[next].focus();
  });
  toolbar.addEventListener("focusin", (event) => {
    const at = buttons.indexOf(event.target);
    if (at >= 0) current(at);
  });
}
