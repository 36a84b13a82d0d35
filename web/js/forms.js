// Labelled form controls and the one way an action runs: busy while it
// runs, errors shown in its feedback, invalid fields marked aria-invalid.

import { h, uniqueId } from "./dom.js";

/** A labelled input (or textarea with multiline), with an optional hint. */
export function field({ label, name, type = "text", hint, multiline = false, value, ...attrs }) {
  const id = uniqueId(name.replace(/\W/g, "-"));
  const hintId = hint ? `${id}-hint` : undefined;
  const common = { id, name, "aria-describedby": hintId, ...attrs };
  const control = multiline
    ? h("textarea", common, value ?? "")
    : h("input", { ...common, type, value });
  return h(
    "div",
    { class: "field" },
    h("label", { for: id }, label),
    hint && h("p", { id: hintId, class: "hint" }, hint),
    control,
  );
}

/** A labelled select; options are [{ value, label }]. */
export function choice({ label, name, options, value }) {
  const id = uniqueId(name);
  return h(
    "div",
    { class: "field" },
    h("label", { for: id }, label),
    h(
      "select",
      { id, name },
      options.map((o) => h("option", { value: o.value, selected: o.value === value }, o.label)),
    ),
  );
}

/** A checkbox (or, with type "radio", a radio button) with its label beside it. */
export function tick({ label, name, value, checked = false, type = "checkbox" }) {
  return h("label", { class: "choice" }, h("input", { type, name, value, checked }), " ", label);
}

/** A fieldset of radio buttons, one checked; options are [{ value, label }]. */
export function radios({ legend, hint, name, options, value }) {
  const hintId = hint ? uniqueId(`${name}-hint`) : undefined;
  return h(
    "fieldset",
    { "aria-describedby": hintId },
    h("legend", {}, legend),
    hint && h("p", { id: hintId, class: "hint" }, hint),
    h(
      "div",
      { class: "choices" },
      options.map((o) => tick({ ...o, name, type: "radio", checked: o.value === value })),
    ),
  );
}

/** Runs action once at a time for control; a failure goes to fb and onError. */
export async function perform(control, fb, action, onError = () => {}) {
  if (control.getAttribute("aria-busy") === "true") return;
  control.setAttribute("aria-busy", "true");
  fb.clear();
  try {
    await action();
  } catch (error) {
    fb.error(error);
    onError(error);
  } finally {
    control.removeAttribute("aria-busy");
  }
}

/** Handles submit with the server's validation, not the browser's. */
export function onSubmit(form, fb, action) {
  form.noValidate = true;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    for (const marked of form.querySelectorAll("[aria-invalid]")) {
      marked.removeAttribute("aria-invalid");
    }
    perform(
      form,
      fb,
      () => action(new FormData(form)),
      (error) => markInvalid(form, error.fields ?? []),
    );
  });
}

function markInvalid(form, fields) {
  const controls = fields.map((f) => controlFor(form, f.field)).filter(Boolean);
  for (const control of controls) control.setAttribute("aria-invalid", "true");
  controls[0]?.focus();
}

/** The control for a field path like "school.town" or "pupils.3.first_name". */
function controlFor(form, path) {
  const parts = path.split(".");
  while (parts.length) {
    const found = form.elements.namedItem(parts.join("."));
    if (found) return found instanceof RadioNodeList ? found[0] : found;
    parts.pop();
  }
  return null;
}

/** The trimmed text of a form value. */
export function text(data, name) {
  return String(data.get(name) ?? "").trim();
}
