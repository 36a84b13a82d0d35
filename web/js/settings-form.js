// The form of a space's settings: one part (a fieldset) per feature, as the
// server keeps them (space.settings.chat, .forum, ...), sent together as one
// change of the sections shown: PATCH {section: {field: value}}. A feature's
// part says its controls and how its values are read back from the form.

import { api } from "./api.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { onSubmit } from "./forms.js";

/**
 * parts: [{ name, legend, controls, values(data), check?(values), onChange?(form) }]:
 * name is the server's section; values(data) reads that section's fields from
 * the FormData; check() may refuse them before they are sent.
 */
export function settingsForm(space, parts, { className, save, saved }) {
  const fb = feedback();
  const form = h(
    "form",
    { class: className },
    fb.element,
    parts.map((part) =>
      h("fieldset", { class: "settings-part" }, h("legend", {}, part.legend), part.controls),
    ),
    h("button", { type: "submit", class: "primary" }, save),
  );
  const changed = () => parts.forEach((part) => part.onChange?.(form));
  form.addEventListener("change", changed);
  changed();
  onSubmit(form, fb, async (data) => {
    const change = Object.fromEntries(parts.map((part) => [part.name, part.values(data)]));
    for (const part of parts) part.check?.(change[part.name]);
    await api("PATCH", `/api/spaces/${space.id}/settings`, change);
    fb.success(saved);
  });
  return form;
}
