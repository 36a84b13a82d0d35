// Typing a class list: one pupil a line, first name and last initial
// ("Giulia B"). Only the initial of a surname is kept, even when a
// teacher pastes full names: pupils' surnames never reach the server.

import { field } from "./forms.js";
import { t } from "./i18n.js";

export function pupilsField() {
  return field({
    label: t("pupils.list"),
    hint: t("pupils.list_hint"),
    name: "pupils",
    multiline: true,
    rows: 6,
    autocapitalize: "words",
    spellcheck: "false",
  });
}

export function parsePupils(text) {
  return text
    .split("\n")
    .map((line) => line.trim().split(/\s+/).filter(Boolean))
    .filter((words) => words.length)
    .map((words) =>
      words.length === 1
        ? { first_name: words[0], last_initial: "" }
        : { first_name: words.slice(0, -1).join(" "), last_initial: words.at(-1)[0].toUpperCase() },
    );
}
