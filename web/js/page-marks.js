// What state a page is in, as small marks beside its title: a draft (only
// its writers see it), open to pupils' writing, in the public showcase.

import { h } from "./dom.js";
import { t } from "./i18n.js";
import { icon } from "./icons.js";

export function pageMarks(page) {
  const mark = (picture, label) => h("span", { class: "mark" }, icon(picture), label);
  return h(
    "span",
    { class: "page-marks" },
    page.published_revision === null && mark("pencil", t("pages.draft")),
    page.open_to_pupils && mark("people", t("pages.pupils_write")),
    page.showcase && mark("star", t("pages.in_showcase")),
  );
}
