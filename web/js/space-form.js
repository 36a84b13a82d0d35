// The fields of a space (title, description, languages), shared by the
// create form on "my spaces" and the edit form on the space's page.

import { field, text } from "./forms.js";
import { t } from "./i18n.js";

export function spaceFields(space = { title: "", description: "", languages: [] }) {
  return [
    field({
      label: t("space.field_title"),
      name: "title",
      value: space.title,
      maxlength: 120,
      required: true,
    }),
    field({
      label: t("space.field_description"),
      name: "description",
      value: space.description,
      multiline: true,
      rows: 3,
      maxlength: 2000,
    }),
    field({
      label: t("space.field_languages"),
      hint: t("space.field_languages_hint"),
      name: "languages",
      value: space.languages.join(", "),
      autocapitalize: "none",
    }),
  ];
}

/** The request body from those fields; "en, it pl" becomes ["en", "it", "pl"]. */
export function spaceInput(data) {
  return {
    title: text(data, "title"),
    description: text(data, "description"),
    languages: text(data, "languages")
      .split(/[\s,;]+/)
      .map((code) => code.toLowerCase())
      .filter(Boolean),
  };
}
