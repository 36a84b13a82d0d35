// The postcard exchange, in a space's "postcards" tab: the class's mailbox
// (#/spaces/7/postcards), writing a card (postcards/write, or
// postcards/write/answer/12 to answer card 12), one card (postcards/card/12),
// the cards one sent (postcards/sent), the space's gallery
// (postcards/gallery), the map of the schools (postcards/map) and, for
// teachers, pen friends and the space's choice about arrivals
// (postcards/teachers). Big picture buttons and short words: the writers are
// six to eighteen. The section follows the space from the start, to count the
// cards that arrive while another tab is open.

import { api } from "./api.js";
import { h } from "./dom.js";
import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { can } from "./policy.js";
import { postcardComposer } from "./postcard-composer.js";
import { cardList } from "./postcard-list.js";
import { postcardMap } from "./postcard-map.js";
import { oneCard } from "./postcard-one.js";
import { teachersPage } from "./postcard-teachers.js";
import { EVENTS } from "./protocol.js";
import { user } from "./session.js";
import { tabHref } from "./space-nav.js";

const POSTCARD_EVENTS = new Set(Object.values(EVENTS.postcard));

// The pages of the tab: [path, label, picture (icons.js)].
const PAGES = [
  ["", () => t("postcards.mailbox"), "mailbox"],
  ["write", () => t("postcards.write"), "pencil"],
  ["sent", () => t("postcards.sent"), "send"],
  ["gallery", () => t("postcards.gallery"), "image"],
  ["map", () => t("postcards.map"), "map"],
  ["teachers", () => t("postcards.teachers"), "people"],
];

/**
 * onArrived(count): cards delivered to the viewer's class since the mailbox
 * was last looked at. Returns { element, load, apply, show(path) }.
 */
export function postcardsSection(space, onArrived) {
  const exchange = { space, classes: [], myClasses: [], penFriends: [], stamps: [] };
  const nav = h("ul", { class: "postcard-pages" });
  const body = h("div", { class: "postcard-page" });
  const element = h(
    "section",
    { class: "postcards", "aria-labelledby": `postcards-${space.id}` },
    h("h2", { id: `postcards-${space.id}` }, t("postcards.title")),
    h("nav", { "aria-label": t("postcards.pages") }, nav),
    body,
  );
  let current = null; // { path, page }
  let arrived = 0;

  function links(active) {
    const teacher = can(space, "postcard.pair");
    const writer = can(space, "postcard.write");
    nav.replaceChildren(
      ...PAGES.filter(([path]) => (path !== "teachers" || teacher) && (path !== "write" || writer))
        .map(([path, label, picture]) =>
          h(
            "li",
            {},
            h(
              "a",
              {
                href: tabHref(space.id, "postcards", path),
                class: "postcard-page-link",
                "aria-current": path === active ? "page" : false,
              },
              icon(picture),
              h("span", {}, label()),
            ),
          ),
        ),
    );
  }

  function pageFor(path) {
    const [first, second, third] = path.split("/");
    if (!first) return cardList(exchange, "mailbox");
    if (first === "sent" || first === "gallery") return cardList(exchange, first);
    if (first === "map") return postcardMap(exchange);
    if (first === "teachers") return teachersPage(exchange);
    if (first === "card" && /^\d+$/.test(second ?? "")) return oneCard(exchange, Number(second));
    if (first === "write" && !second) return postcardComposer(exchange, {});
    if (first === "write" && /^\d+$/.test(third ?? "")) {
      return postcardComposer(exchange, { [second === "answer" ? "answer" : "card"]: Number(third) });
    }
    return { element: h("p", {}, t("notfound.page")), take() {} };
  }

  function countArrival(frame) {
    const card = frame.data;
    const mine = exchange.myClasses.includes(card.to_class?.id);
    if (frame.kind === EVENTS.postcard.CARD && card.state === "delivered" && mine) {
      if (current?.path !== "") onArrived(++arrived);
    }
  }

  return {
    element,
    async load() {
      const found = await api("GET", `/api/spaces/${space.id}/postcards`);
      exchange.classes = found.classes;
      exchange.myClasses = found.my_classes;
      exchange.penFriends = found.pen_friends;
      exchange.stamps = found.stamps;
      exchange.me = user();
      return found.seq;
    },
    apply(frame) {
      if (frame.kind === EVENTS.space.SETTINGS) space.settings = frame.data.settings;
      if (!POSTCARD_EVENTS.has(frame.kind)) return;
      if (frame.kind === EVENTS.postcard.PEN_FRIENDS) this.load().catch(() => {});
      countArrival(frame);
      current?.page.take(frame);
    },
    /** Shows the page at path (what follows "postcards/" in the address). */
    async show(path) {
      links(path.split("/")[0]);
      if (path === "") onArrived((arrived = 0));
      if (current?.path === path) {
        await current.page.again?.();
        return;
      }
      current?.page.leave?.();
      const page = pageFor(path);
      current = { path, page };
      body.replaceChildren(page.element);
      await page.ready;
    },
  };
}
