// The header's one link to the review queues, for a teacher, with how many
// items wait in all their spaces. "My spaces" (GET /api/spaces) gives each
// space's count; the page of a space follows its own queue live, and its count
// stands for that space while the page is open. The link leads to the queue of
// the one space where items wait, or to "My spaces" when they wait in several;
// in a space with a queue it is always there, leading to that queue when
// nothing waits elsewhere. Outside a space the counts are read anew with each
// page, and when a space's page is left (decisions may have been taken there).

import { api } from "./api.js";
import { countBadge } from "./count-badge.js";
import { h } from "./dom.js";
import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { isTeacher } from "./session.js";
import { tabHref } from "./space-nav.js";

const waiting = new Map(); // space id -> items waiting in its queue
let here = null; // the space whose page follows its queue live, or null
// How fresh the counts are: never read since the page loaded; just given by the view
// being drawn (My spaces reads them itself); or read, by the header or a view before.
const Counts = Object.freeze({ unread: "unread", given: "given", read: "read" });
let counts = Counts.unread;
let reading = null; // the request under way
let shown = null; // { item, link, badge } of the header on the page

/** Takes the counts a view read from GET /api/spaces, so the header needs no read of its own. */
export function noteSpaces(spaces) {
  counts = Counts.given;
  take(spaces);
}

/** Each space's review_waiting (null where the viewer reviews nothing). */
function take(spaces) {
  waiting.clear();
  for (const space of spaces) {
    if (space.review_waiting != null) waiting.set(space.id, space.review_waiting);
  }
  if (here !== null) waiting.set(here.id, here.count); // the live count is the newer
  update();
}

/** Reads the counts anew, for a teacher (once at a time). */
function readWaiting() {
  if (!isTeacher()) return;
  counts = Counts.read;
  reading ??= api("GET", "/api/spaces")
    .then(take)
    .catch(() => {}) // the link keeps the counts it had
    .finally(() => {
      reading = null;
    });
}

/**
 * The space's page follows its queue (review: the panel, with onCount): its
 * live count stands for the space. Returns what ends it, when the page goes,
 * which reads every count anew (decisions may have been taken).
 */
export function followQueue(space, review) {
  const mine = { id: space.id, count: waiting.get(space.id) ?? 0 };
  here = mine;
  update();
  review.onCount((count) => {
    mine.count = count;
    if (here !== mine) return;
    waiting.set(space.id, count);
    update();
  });
  return () => {
    if (here !== mine) return;
    here = null;
    update();
    readWaiting();
  };
}

/** The navigation's item with the link (hidden while it leads nowhere), or null for those
    who review nothing (pupils). */
export function reviewLink() {
  if (!isTeacher() && here === null) return null;
  // Outside a space nothing follows the queues live: each page reads them anew,
  // unless the view being drawn has just given them.
  if (counts === Counts.unread || (here === null && counts !== Counts.given)) readWaiting();
  counts = Counts.read;
  const badge = countBadge((count) => t("review.count", { count }));
  const link = h(
    "a",
    { class: "review-link" },
    icon("review"),
    // On a tablet only the icon and count show; the word stays for screen readers.
    h("span", { class: "review-link-label" }, t("space.review_link")),
    badge.element,
  );
  const item = h("li", {}, link);
  shown = { item, link, badge };
  update();
  return item;
}

/** Where the link leads: the one queue with items, my spaces for several, else this space's. */
function target() {
  const spaces = [...waiting].filter(([, count]) => count > 0).map(([id]) => id);
  if (spaces.length === 1) return tabHref(spaces[0], "review");
  if (spaces.length > 1) return "#/spaces";
  return here === null ? null : tabHref(here.id, "review");
}

function update() {
  if (!shown) return;
  const href = target();
  shown.item.hidden = href === null;
  if (href === null) shown.link.removeAttribute("href");
  else shown.link.setAttribute("href", href);
  let total = 0;
  for (const count of waiting.values()) total += count;
  shown.badge.set(total);
}
