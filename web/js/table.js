// Data tables. On a phone each row turns into a small card (see app.css
// table.stack), so every cell carries its column's name in data-label.

import { h } from "./dom.js";

export function dataTable({ caption, headers, rows }) {
  return h(
    "div",
    { class: "table-scroll" },
    h(
      "table",
      { class: "stack" },
      h("caption", { class: "visually-hidden" }, caption),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          headers.map((c) => h("th", { scope: "col" }, c)),
        ),
      ),
      h("tbody", {}, rows),
    ),
  );
}

/** The first cell of a row, which names the row. */
export function rowHeader(...content) {
  return h("th", { scope: "row" }, ...content);
}

export function cell(label, content, className) {
  return h("td", { "data-label": label, class: className }, content);
}
