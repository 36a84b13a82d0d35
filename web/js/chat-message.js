// One chat message: author, time, the text (set as text, never parsed as
// HTML: chat is plain text), an "edited" mark, the mark of one's own message
// that waits for a teacher or was not published, and the actions the viewer
// may take. A message without an id is still on its way ("Sending…").

import { messageBox } from "./chat-composer.js";
import { append, h } from "./dom.js";
import { feedback } from "./feedback.js";
import { perform } from "./forms.js";
import { t } from "./i18n.js";
import { formOpen, itemAction } from "./item-action.js";
import { timeText } from "./when.js";

/**
 * onEdit(id, text) resolves to the edited message; onDelete(id) to nothing.
 * Either may be missing when the viewer may not do it. tools are more
 * actions on the message, as itemAction() takes them; fb shows their errors.
 */
export function chatMessage(message, { mine, fb, onEdit, onDelete, tools = [] }) {
  const author = h("span", { class: "chat-author" });
  const when = h("span", { class: "chat-when" });
  const text = h("p", { class: "chat-text" });
  const mark = h("p", { class: "chat-mark" });
  const editButton = onEdit && itemAction({ label: t("chat.edit"), form: editor }, fb);
  const deleteButton =
    onDelete &&
    itemAction(
      {
        label: t("chat.delete"),
        confirm: t("chat.delete_confirm"),
        run: () => onDelete(current.id),
      },
      fb,
    );
  const actions = h(
    "div",
    { class: "chat-actions" },
    editButton,
    deleteButton,
    tools.map((tool) => itemAction(tool, fb)),
  );
  const element = h(
    "li",
    { class: mine ? "chat-message mine" : "chat-message" },
    h("p", { class: "chat-meta" }, author, when),
    text,
    mark,
    actions,
  );
  let current = {};

  /** Shows the message; a part of one (a new status) updates what is shown. */
  function show(shown) {
    current = { ...current, ...shown };
    author.textContent = current.author.display_name;
    text.textContent = current.text;
    if (current.id === undefined) {
      element.dataset.pending = "true";
      when.replaceChildren(t("chat.sending"));
      mark.hidden = true;
      actions.hidden = true;
      return;
    }
    delete element.dataset.pending;
    element.dataset.id = current.id;
    element.dataset.status = current.status;
    const time = timeText(current.created_at);
    if (editButton) editButton.setAttribute("aria-label", t("chat.edit_named", { time }));
    if (deleteButton) deleteButton.setAttribute("aria-label", t("chat.delete_named", { time }));
    when.replaceChildren();
    append(
      when,
      h("time", { datetime: current.created_at }, time),
      current.edited_at && h("span", { class: "chat-edited" }, t("chat.edited")),
    );
    mark.replaceChildren();
    append(mark, statusMark(current));
    mark.hidden = !mark.firstChild;
    // Only a published message can be changed: an edit must not slip past the teacher.
    if (editButton) editButton.hidden = current.status !== "visible";
    actions.hidden = formOpen(actions) || [...actions.children].every((button) => button.hidden);
  }

  function editor(close) {
    const editorFb = feedback();
    const { label, box } = messageBox({
      label: t("chat.edit_label"),
      value: current.text,
      onEnter: () => form.requestSubmit(),
    });
    const finish = () => {
      text.hidden = false;
      close();
    };
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
        h("button", { type: "button", class: "secondary small", onclick: finish }, t("chat.cancel")),
      ),
    );
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
    text.hidden = true;
    return form;
  }

  show(message);
  return { element, show, message: () => current };
}

/** "Waiting for a teacher", or "Not published" with the teacher's note. */
function statusMark(message) {
  if (message.status === "held") {
    return [
      h("strong", {}, t("chat.held")),
      " ",
      h("span", { class: "chat-mark-hint" }, t("chat.held_hint")),
    ];
  }
  if (message.status === "rejected") {
    return [
      h("strong", {}, t("chat.rejected")),
      message.note && [" ", h("span", {}, t("chat.rejected_note", { note: message.note }))],
    ];
  }
  return [];
}
