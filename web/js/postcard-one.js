// One card on a page of its own (#/spaces/7/postcards/card/12), where a
// picture on the space's overview leads: the whole card, front and back, with
// what the viewer may do with it, read again whenever it changes.

import { api } from "./api.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { t } from "./i18n.js";
import { postcardView } from "./postcard-view.js";
import { tabHref } from "./space-nav.js";

export function oneCard(exchange, cardId) {
  const fb = feedback();
  const holder = h("div", { class: "postcard-list" });
  const element = h(
    "div",
    {},
    h("h3", { tabindex: -1 }, t("postcards.one_card")),
    fb.element,
    holder,
    h(
      "p",
      { class: "postcard-more" },
      h("a", { href: tabHref(exchange.space.id, "postcards", "gallery") }, t("postcards.all_cards")),
    ),
  );

  async function read() {
    const card = await api("GET", `/api/postcards/${cardId}`);
    holder.replaceChildren(postcardView(exchange, card, { fb, changed: () => again() }));
  }
  const again = () => read().catch((error) => fb.error(error));

  return {
    element,
    ready: again(),
    take: (frame) => frame.data?.id === cardId && again(),
    again,
  };
}
