// The teachers' review panel of a space ("review.view"): pupils' chat
// messages and forum posts waiting for a teacher, and the space's open
// reports, both live. An event only says that something changed; the list is
// then read anew over HTTP, so it shows the server's own state, and the whole
// text of a waiting message (events carry a shortened one).

import { api } from "./api.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { t } from "./i18n.js";
import { keyedList } from "./keyed-list.js";
import { can } from "./policy.js";
import { EVENTS } from "./protocol.js";
import { reportItem } from "./report-item.js";
import { reviewItem } from "./review-item.js";

/** members (may be null) names people; onCount(listener) hears how many items wait. */
export function reviewSection(space, live, members) {
  const fb = feedback();
  const countListeners = [];
  const count = h("span", { class: "badge review-count", "aria-live": "polite" });
  const heading = h(
    "h2",
    { tabindex: -1 },
    h("span", { id: "review-heading" }, t("review.title")),
    " ",
    count,
  );
  const context = { fb, onFocusLost: () => heading.focus(), onChange: showCount };
  const lists = [
    liveList(
      {
        key: "held",
        path: `/api/spaces/${space.id}/review`,
        events: [EVENTS.review.HELD, EVENTS.review.DECIDED],
        title: t("review.held_title"),
        empty: t("review.none"),
        make: (item, onStale) => reviewItem(item, { space, live, fb, onStale }),
      },
      context,
    ),
    can(space, "report.view") &&
      liveList(
        {
          key: "reports",
          path: `/api/spaces/${space.id}/reports`,
          // Content its author deleted takes its reports along, without an event of their own.
          events: [
            EVENTS.report.CREATED,
            EVENTS.report.UPDATED,
            EVENTS.chat.DELETED,
            EVENTS.forum.DELETED,
          ],
          title: t("reports.title"),
          empty: t("reports.none"),
          make: (report, onStale) =>
            reportItem(report, {
              space,
              live,
              fb,
              nameOf: (id) => members?.member(id)?.display_name,
              onStale,
            }),
        },
        context,
      ),
  ].filter(Boolean);

  function showCount() {
    const waiting = lists.reduce((sum, list) => sum + list.size(), 0);
    count.textContent = t("review.count", { count: waiting });
    count.classList.toggle("muted", waiting === 0);
    for (const listener of countListeners) listener(waiting);
  }

  return {
    element: h(
      "section",
      { class: "card review", "aria-labelledby": "review-heading" },
      heading,
      fb.element,
      h(
        "div",
        { class: "review-parts" },
        lists.map((list) => list.element),
      ),
    ),
    load: async () => {
      await Promise.all(lists.map((list) => list.reload()));
    },
    apply(frame) {
      for (const list of lists) {
        if (list.events.includes(frame.kind)) list.refresh();
      }
    },
    onCount: (listener) => countListeners.push(listener),
  };
}

/** One list of the panel, read anew on each of its events; make(item, onStale). */
function liveList({ key, path, events, title, empty, make }, { fb, onFocusLost, onChange }) {
  const headingId = `review-${key}-heading`;
  const list = h("ol", { class: "review-list", "data-empty": empty });
  const items = keyedList(list, (item) => make(item, refresh), onFocusLost);
  const reload = latest(async () => {
    items.set(await api("GET", path));
    onChange();
  });
  function refresh() {
    reload().catch((error) => fb.error(error));
  }
  return {
    element: h(
      "section",
      { class: "review-part", "aria-labelledby": headingId },
      h("h3", { id: headingId }, title),
      list,
    ),
    events,
    reload,
    refresh,
    size: items.size,
  };
}

/** Runs read() now, or once more after the run in progress: the last run is the newest. */
function latest(read) {
  let running = null;
  let again = false;
  return function run() {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await read();
      } while (again);
    })().finally(() => {
      running = null;
    });
    return running;
  };
}
