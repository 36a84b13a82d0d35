// A poll's results as a bar per answer, drawn here in SVG: each bar as long as
// the answer's share of the votes, made of one colour per class, so partner
// classes see how each voted. The words beside each bar (the answer, its
// votes and share) are text, for screen readers and for the back row.

import { h } from "./dom.js";
import { t } from "./i18n.js";

const SVG = "http://www.w3.org/2000/svg";
// Okabe and Ito's colours, told apart by colour-blind readers too; a class
// past the eighth takes the first again. Teachers' votes are grey.
const CLASS_COLOURS = [
  "#0072b2",
  "#e69f00",
  "#009e73",
  "#cc79a7",
  "#56b4e9",
  "#d55e00",
  "#f0e442",
  "#000000",
];
const TEACHERS_COLOUR = "#7b8794";

function svg(tag, attributes) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** The colour of each invited class, in the order the session lists them. */
export function classColours(classes) {
  return new Map(classes.map((c, index) => [String(c.id), CLASS_COLOURS[index % 8]]));
}

/** poll: options, counts, by_class, voters, correct; classes: the session's. */
export function pollChart(poll, classes) {
  const colours = classColours(classes);
  const bars = poll.options.map((option, index) => {
    const count = poll.counts[index];
    const percent = poll.voters ? Math.round((100 * count) / poll.voters) : 0;
    const right = poll.correct === index;
    return h(
      "li",
      { class: "live-bar", "data-correct": right ? "true" : null },
      h(
        "span",
        { class: "live-bar-option" },
        option,
        right && h("span", { class: "live-right" }, ` ✓ ${t("live.right_answer")}`),
      ),
      bar(poll, index, colours),
      h("span", { class: "live-bar-count" }, t("live.votes", { count, percent })),
    );
  });
  return h(
    "figure",
    { class: "live-chart" },
    h("ol", { class: "live-bars", "aria-label": t("live.results") }, bars),
    classes.length > 1 && legend(classes, colours),
  );
}

/** One answer's bar: a segment per class, on a track as wide as every vote. */
function bar(poll, index, colours) {
  const drawing = svg("svg", {
    viewBox: "0 0 100 10",
    preserveAspectRatio: "none",
    class: "live-bar-drawing",
    "aria-hidden": "true",
    focusable: "false",
  });
  drawing.append(svg("rect", { x: 0, y: 0, width: 100, height: 10, class: "live-bar-track" }));
  if (!poll.voters) return drawing;
  let x = 0;
  let byClasses = 0;
  const segment = (count, colour) => {
    const width = (100 * count) / poll.voters;
    drawing.append(svg("rect", { x, y: 0, width, height: 10, fill: colour }));
    x += width;
  };
  for (const [classId, counts] of Object.entries(poll.by_class)) {
    byClasses += counts[index];
    if (counts[index]) segment(counts[index], colours.get(classId) ?? TEACHERS_COLOUR);
  }
  const teachers = poll.counts[index] - byClasses;
  if (teachers > 0) segment(teachers, TEACHERS_COLOUR);
  return drawing;
}

function legend(classes, colours) {
  return h(
    "ul",
    { class: "live-legend", "aria-label": t("live.legend") },
    classes.map((c) => {
      const swatch = h("span", { class: "live-swatch", "aria-hidden": "true" });
      // Through the CSSOM: the Content-Security-Policy allows no style attributes.
      swatch.style.background = colours.get(String(c.id));
      return h("li", {}, swatch, `${c.name} · ${c.school.name}`);
    }),
  );
}
