// What a tab shows for an address inside it that names nothing (#/spaces/7/forum/x).

import { h } from "./dom.js";
import { t } from "./i18n.js";

export function missingPage() {
  return {
    element: h(
      "div",
      {},
      h("h2", { tabindex: -1 }, t("notfound.title")),
      h("p", {}, t("notfound.page")),
    ),
    take: () => {},
  };
}
