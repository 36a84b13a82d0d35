// A page of cards: the class's mailbox, the cards one sent (with where each
// stands), or the space's gallery. Read over HTTP, then read again whenever a
// card of the space changes, so a card that arrives appears at once.

import { api } from "./api.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { freshReads } from "./fresh-reads.js";
import { t } from "./i18n.js";
import { postcardView } from "./postcard-view.js";

const TITLES = {
  mailbox: () => t("postcards.mailbox_title"),
  sent: () => t("postcards.sent_title"),
  gallery: () => t("postcards.gallery_title"),
};
const EMPTY = {
  mailbox: () => t("postcards.mailbox_empty"),
  sent: () => t("postcards.sent_empty"),
  gallery: () => t("postcards.gallery_empty"),
};

/** which: "mailbox", "sent" or "gallery". */
export function cardList(exchange, which) {
  const fb = feedback();
  const list = h("ul", { class: "postcard-list", "aria-label": TITLES[which]() });
  const empty = h("p", { class: "postcard-empty", hidden: true }, EMPTY[which]());
  const element = h(
    "div",
    {},
    h("h3", { tabindex: -1 }, TITLES[which]()),
    fb.element,
    empty,
    list,
  );
  const path = `/api/spaces/${exchange.space.id}/postcards/${which}`;

  const reads = freshReads(
    async () => {
      const found = await api("GET", path);
      list.replaceChildren(
        ...found.cards.map((card) =>
          h("li", {}, postcardView(exchange, card, { fb, changed: () => reads.reread() })),
        ),
      );
      empty.hidden = found.cards.length > 0;
      return found.seq;
    },
    () => reads.reread().catch((error) => fb.error(error)),
  );

  return {
    element,
    ready: reads.reread().catch((error) => fb.error(error)),
    take: (frame) => reads.take(frame),
    again: () => reads.reread(),
  };
}
