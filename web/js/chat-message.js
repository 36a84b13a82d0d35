// One chat message: author, time, the text (set as text, never parsed as
// HTML: chat is plain text), an "edited" mark, and the actions the viewer
// may take. A message without an id is still on its way ("Sending…").

import { messageBox } from "./chat-composer.js";
import { append, h } from "./dom.js";
import { feedback } from "./feedback.js";
import { perform } from "./forms.js";
import { language, t } from "./i18n.js";

/**
 * onEdit(id, text) resolves to the edited message; onDelete(id) to nothing.
 * Either may be missing when the viewer may not do it; fb shows their errors.
 */
export function chatMessage(message, { mine, fb, onEdit, onDelete }) {
  const author = h("span", { class: "chat-author" });
  const when = h("span", { class: "chat-when" });
  const text = h("p", { class: "chat-text" });
  const editButton =
    onEdit && h("button", { type: "button", onclick: () => startEditing() }, t("chat.edit"));
  const deleteButton =
    onDelete &&
    h(
      "button",
      {
        type: "button",
        onclick: () => {
          if (!window.confirm(t("chat.delete_confirm"))) return;
          perform(deleteButton, fb, () => onDelete(current.id));
        },
      },
      t("chat.delete"),
    );
  const actions = h("div", { class: "chat-actions" }, editButton, deleteButton);
  const element = h(
    "li",
    { class: mine ? "chat-message mine" : "chat-message" },
    h("p", { class: "chat-meta" }, author, when),
    text,
    actions,
  );
  let current = message;

  function show(shown) {
    current = shown;
    author.textContent = shown.author.display_name;
    text.textContent = shown.text;
    if (shown.id === undefined) {
      element.dataset.pending = "true";
      when.replaceChildren(t("chat.sending"));
      actions.hidden = true;
      return;
    }
    delete element.dataset.pending;
    element.dataset.id = shown.id;
    when.replaceChildren();
    append(
      when,
      h("time", { datetime: shown.created_at }, timeText(shown.created_at)),
      shown.edited_at && h("span", { class: "chat-edited" }, t("chat.edited")),
    );
    actions.hidden = !(editButton || deleteButton);
  }

  function startEditing() {
    const editorFb = feedback();
    const { label, box } = messageBox({
      label: t("chat.edit_label"),
      value: current.text,
      onEnter: () => form.requestSubmit(),
    });
    const form = h(
      "form",
      { class: "chat-editor" },
      editorFb.element,
      label,
      box,
      h(
        "div",
        { class: "actions" },
        h("button", { type: "submit", class: "primary small" }, t("chat.save")),
        h(
          "button",
          { type: "button", class: "secondary small", onclick: finish },
          t("chat.cancel"),
        ),
      ),
    );
    function finish() {
      form.replaceWith(text);
      actions.hidden = false;
      editButton.focus();
    }
    box.addEventListener("keydown", (event) => {
      if (event.key === "Escape") finish();
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const edited = box.value.trim();
      if (!edited) return;
      perform(form, editorFb, async () => {
        if (edited !== current.text) show(await onEdit(current.id, edited));
        finish();
      });
    });
    text.replaceWith(form);
    actions.hidden = true;
    box.focus();
  }

  show(message);
  return { element, show };
}

/** The time for today's messages, date and time for older ones. */
function timeText(iso) {
  const date = new Date(iso);
  const today = date.toDateString() === new Date().toDateString();
  const style = today ? { timeStyle: "short" } : { dateStyle: "medium", timeStyle: "short" };
  return new Intl.DateTimeFormat(language(), style).format(date);
}
