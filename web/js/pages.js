// The shared pages of a space, in its "pages" tab: the tree of pages
// (#/spaces/7/pages), a page to read or write together (pages/12) and its
// history (pages/12/history). Each screen reads what it shows over HTTP and
// takes the space's page events from here; a page open in the editor hears
// its co-editors' cursors and is opened again after every reconnect.

import { h } from "./dom.js";
import { t } from "./i18n.js";
import { missingPage } from "./missing-page.js";
import { pageHistory } from "./page-history.js";
import { pageScreen } from "./page-screen.js";
import { pageTree } from "./page-tree.js";
import { EVENTS, SIGNALS } from "./protocol.js";

const PAGE_EVENTS = new Set(Object.values(EVENTS.page));

/**
 * members: the space's member list (to name authors), if the viewer sees it.
 * Returns { element, load, apply, followed, show(path) } for the space's page.
 */
export function pagesSection(space, live, members) {
  const element = h("section", { class: "pages", "aria-label": t("pages.title") });
  const pages = {
    space,
    live,
    nameOf: (userId) => members?.member(userId)?.display_name ?? null,
  };
  let current = null; // { path, screen } shown in the tab

  live.on(SIGNALS.PAGE_AWARENESS, (frame) => current?.screen.signal?.(frame));
  live.on("status", (status) => {
    if (status !== "connected") current?.screen.disconnected?.();
  });

  function screenFor(path) {
    const [first, second] = path.split("/");
    if (!first) return pageTree(pages);
    if (/^\d+$/.test(first) && second === undefined) return pageScreen(pages, Number(first));
    if (/^\d+$/.test(first) && second === "history") return pageHistory(pages, Number(first));
    return missingPage();
  }

  return {
    element,
    // Each screen reads what it shows when it is shown.
    load: async () => undefined,
    apply(frame) {
      if (PAGE_EVENTS.has(frame.kind)) current?.screen.take(frame);
    },
    followed: () => current?.screen.followed?.(),
    /** Shows the screen at path (the part of the address after "pages/"). */
    async show(path) {
      if (current?.path === path) return;
      current?.screen.leave?.();
      const screen = screenFor(path);
      current = { path, screen };
      element.replaceChildren(screen.element);
      await screen.ready;
    },
    leave: () => current?.screen.leave?.(),
  };
}
