// The tabs of a space (overview, chat, forums, members, review, safety):
// links to the space's own addresses (#/spaces/7/chat), so the back button
// and a reload keep the tab. The current one is marked aria-current="page".

import { h } from "./dom.js";
import { t } from "./i18n.js";
import { icon } from "./icons.js";

/** tabs: [{ key, label, icon, badge? }]; key "" is the overview. */
export function spaceNav(space, tabs) {
  const links = new Map(
    tabs.map((tab) => [
      tab.key,
      h(
        "a",
        { href: tabHref(space.id, tab.key), class: "space-tab" },
        icon(tab.icon),
        h("span", {}, tab.label),
        tab.badge?.element,
      ),
    ]),
  );
  return {
    element: h(
      "nav",
      { class: "space-tabs", "aria-label": t("space.tabs") },
      h(
        "ul",
        {},
        [...links.values()].map((link) => h("li", {}, link)),
      ),
    ),
    select(key) {
      for (const [tabKey, link] of links) {
        if (tabKey !== key) link.removeAttribute("aria-current");
        else {
          link.setAttribute("aria-current", "page");
          // On a phone the tabs are one row to swipe: the current one in view.
          link.scrollIntoView({ block: "nearest", inline: "nearest" });
        }
      }
    },
  };
}

/** The address of a tab of a space, and of a page inside it ("forum", "12"). */
export function tabHref(spaceId, ...parts) {
  return ["#/spaces", spaceId, ...parts].filter((part) => part !== "").join("/");
}
