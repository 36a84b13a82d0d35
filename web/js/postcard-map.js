// The exchanging schools on the map of Europe the server ships
// (/img/europe.svg: no map service is asked anything), with a line between
// two schools for the cards that went between them, thicker the more there
// are. The same facts are listed under the map for those who cannot see it.

import { api } from "./api.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { freshReads } from "./fresh-reads.js";
import { t } from "./i18n.js";

const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/**
 * The map itself, an <svg> for a map read from the server (schools, routes and
 * view_box as GET /api/spaces/{id}/postcards/map answers): the overview shows
 * it too, closer in (shown: the part of the map to show, "x y width height").
 */
export function mapPicture(found, { label = t("postcards.map_title"), shown = found.view_box } = {}) {
  const [x, y, width, height] = found.view_box.split(" ").map(Number);
  const byId = new Map(found.schools.map((school) => [school.id, school]));
  const map = svg(
    "svg",
    { viewBox: shown, role: "img", "aria-label": label },
    svg("image", { href: "/img/europe.svg", x, y, width, height }),
  );
  for (const route of found.routes) {
    const [a, b] = route.schools.map((id) => byId.get(id));
    map.append(
      svg("line", {
        x1: a.x,
        y1: a.y,
        x2: b.x,
        y2: b.y,
        class: "map-route",
        "stroke-width": Math.min(3 + route.cards * 1.5, 14),
      }),
    );
  }
  for (const school of found.schools) {
    map.append(
      svg(
        "g",
        { class: "map-school", transform: `translate(${school.x} ${school.y})` },
        svg("circle", { r: 11 }),
        svg("text", { y: -18 }, school.town),
        svg("title", {}, `${school.name}, ${school.town}`),
      ),
    );
  }
  return map;
}

export function postcardMap(exchange) {
  const fb = feedback();
  const figure = h("figure", { class: "postcard-map" });
  const facts = h("ul", { class: "postcard-map-facts", "aria-label": t("postcards.map_schools") });
  const element = h("div", {}, h("h3", { tabindex: -1 }, t("postcards.map_title")), fb.element, figure, facts);

  function draw(found) {
    const byId = new Map(found.schools.map((school) => [school.id, school]));
    figure.replaceChildren(mapPicture(found));
    facts.replaceChildren(
      ...found.schools.map((school) =>
        h(
          "li",
          {},
          `${school.name}, ${school.town} (${school.country}): ${school.classes.join(", ")}`,
          school.approximate && ` (${t("postcards.map_approximate")})`,
        ),
      ),
      ...found.routes.map((route) => {
        const [a, b] = route.schools.map((id) => byId.get(id).town);
        return h("li", {}, t("postcards.map_route", { from: a, to: b, count: route.cards }));
      }),
    );
  }

  const reads = freshReads(
    async () => {
      const found = await api("GET", `/api/spaces/${exchange.space.id}/postcards/map`);
      draw(found);
      return found.seq;
    },
    () => reads.reread().catch((error) => fb.error(error)),
  );
  return {
    element,
    ready: reads.reread().catch((error) => fb.error(error)),
    take: (frame) => reads.take(frame),
  };
}
