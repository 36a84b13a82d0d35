// The small buttons under an item (a chat message, a message waiting for
// review, a report). A button runs its action at once (busy while it runs,
// errors to fb), or opens its form in place of the buttons' row; when the
// form closes the row comes back, with focus on the button that opened it.

import { h } from "./dom.js";
import { perform } from "./forms.js";

/**
 * { label, className?, confirm?, run } runs run() (after the confirm
 * question, if any); { label, className?, form } opens form(close). name,
 * if given, is what a screen reader says instead of the label: it names
 * the item too ("Report message from Giulia B., 10:25"), since a list of
 * items has many buttons reading "Report".
 */
export function itemAction({ label, name, className, confirm, run, form }, fb) {
  const button = h(
    "button",
    {
      type: "button",
      class: className,
      "aria-label": name,
      onclick: () => {
        if (form) open(button, form);
        else if (!confirm || window.confirm(confirm)) perform(button, fb, run);
      },
    },
    label,
  );
  return button;
}

function open(button, makeForm) {
  const row = button.parentElement;
  const element = makeForm(() => {
    element.remove();
    delete row.dataset.formOpen;
    row.hidden = false;
    button.focus();
  });
  row.dataset.formOpen = "true";
  row.hidden = true;
  row.after(element);
  // The whole form in view (a chat message scrolls in its own box), then its first control.
  element.scrollIntoView({ block: "nearest" });
  element.querySelector("textarea, input, select, button")?.focus({ preventScroll: true });
}

/** True while a form opened from this row is showing in its place. */
export function formOpen(row) {
  return row.dataset.formOpen === "true";
}
