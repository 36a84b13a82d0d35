// A small form that opens under an item (a chat message, a message waiting
// for review, a report) for one step that needs a few words: a reason, a
// note, a corrected text. Escape or Cancel closes it; its errors show in it.

import { h, uniqueId } from "./dom.js";
import { feedback } from "./feedback.js";
import { perform } from "./forms.js";
import { t } from "./i18n.js";

/**
 * title: what the form does; label: its text box; submits: its buttons
 * [{ label, value?, className? }]. onSubmit(text, value) runs with the
 * trimmed text and the value of the button that sent it; close() ends it.
 */
export function noteForm({
  title,
  label,
  hint,
  value = "",
  required = false,
  maxlength = 500,
  rows = 2,
  submits,
  onSubmit,
  close,
}) {
  const fb = feedback();
  const id = uniqueId("note");
  const hintId = hint ? `${id}-hint` : undefined;
  const box = h(
    "textarea",
    { id, rows, maxlength, required, "aria-describedby": hintId },
    value,
  );
  const form = h(
    "form",
    { class: "note-form", "aria-label": title },
    h("p", { class: "note-form-title" }, title),
    h("label", { for: id }, label),
    hint && h("p", { id: hintId, class: "hint" }, hint),
    box,
    fb.element, // beside the box and the buttons, where the eyes are
    h(
      "div",
      { class: "actions" },
      submits.map((submit) =>
        h(
          "button",
          { type: "submit", value: submit.value, class: `${submit.className ?? "primary"} small` },
          submit.label,
        ),
      ),
      h("button", { type: "button", class: "secondary small", onclick: close }, t("chat.cancel")),
    ),
  );
  form.noValidate = true;
  form.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = box.value.trim();
    box.removeAttribute("aria-invalid");
    if (required && !text) {
      box.setAttribute("aria-invalid", "true");
      fb.warn(t("note.required"));
      box.focus();
      return;
    }
    perform(form, fb, () => onSubmit(text, event.submitter?.value));
  });
  return form;
}
