// A space's public showcase (#/showcase/7): the pages its teachers chose to
// show the world, as published, for anyone, logged in or not. The server
// sends no member's name; the pages' HTML is read through the rich-text
// schema, as every stored text is, never set as HTML.

import { api } from "./api.js";
import { append, h } from "./dom.js";
import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { renderRich } from "./rich-text.js";

export async function showcaseView(container, spaceId) {
  const showcase = await api("GET", `/api/showcase/${spaceId}`);
  append(
    container,
    h("p", { class: "lead showcase-kicker" }, icon("star"), t("showcase.kicker")),
    h("h1", {}, showcase.space.title),
    showcase.pages.map((page) =>
      h(
        "article",
        { class: "card showcase-page", "aria-labelledby": `page-${page.id}` },
        h("h2", { id: `page-${page.id}` }, page.title),
        h("div", { class: "rich-text page-text" }, renderRich(page.html)),
      ),
    ),
  );
}
