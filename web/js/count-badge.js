// A number beside a tab or a link (new posts, items waiting for review),
// hidden at zero. What the number counts is said to screen readers too.

import { h } from "./dom.js";

/** words(count): what the number means, e.g. "new: 3", read after the link's own name. */
export function countBadge(words) {
  const number = h("span", { "aria-hidden": "true" });
  const spoken = h("span", { class: "visually-hidden" });
  const element = h("span", { class: "badge count", hidden: true }, number, spoken);
  return {
    element,
    set(count) {
      element.hidden = count === 0;
      number.textContent = count > 99 ? "99+" : String(count);
      spoken.textContent = ` (${words(count)})`;
    },
  };
}
