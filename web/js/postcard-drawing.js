// A drawing pad for the front of a card: a canvas to draw on with a finger,
// a pen or a mouse, a few fat colours, three brush sizes and a button to
// start again. The drawing leaves as a PNG (a drawing's flat colours stay
// crisp in PNG, where JPEG would smear them).

import { h } from "./dom.js";
import { t } from "./i18n.js";

// A card's shape (A6, 148 x 105), at a size that is sharp in print.
const WIDTH = 1480;
const HEIGHT = 1050;
const COLOURS = ["#1f2933", "#e8264a", "#ff8c1a", "#ffd24a", "#2e8b3a", "#3b82c4", "#8e44ad"];
// Brush widths in canvas pixels: a pencil line, a felt pen, a paint brush.
const SIZES = [6, 16, 40];

/** Returns { element, blob() }: blob() resolves to the drawing as a PNG. */
export function drawingPad() {
  const canvas = h("canvas", {
    width: WIDTH,
    height: HEIGHT,
    class: "drawing-canvas",
    role: "img",
    "aria-label": t("postcards.drawing_area"),
  });
  const pen = canvas.getContext("2d");
  let colour = COLOURS[0];
  let size = SIZES[1];
  let last = null;

  function clear() {
    pen.fillStyle = "#ffffff";
    pen.fillRect(0, 0, WIDTH, HEIGHT);
  }
  clear();

  function point(event) {
    const box = canvas.getBoundingClientRect();
    return [
      ((event.clientX - box.left) * WIDTH) / box.width,
      ((event.clientY - box.top) * HEIGHT) / box.height,
    ];
  }

  function stroke(from, to) {
    pen.strokeStyle = colour;
    pen.lineWidth = size;
    pen.lineCap = "round";
    pen.lineJoin = "round";
    pen.beginPath();
    pen.moveTo(...from);
    pen.lineTo(...to);
    pen.stroke();
  }

  canvas.addEventListener("pointerdown", (event) => {
    canvas.setPointerCapture(event.pointerId);
    last = point(event);
    stroke(last, last);
  });
  canvas.addEventListener("pointermove", (event) => {
    if (!last) return;
    const next = point(event);
    stroke(last, next);
    last = next;
  });
  for (const end of ["pointerup", "pointercancel"]) {
    canvas.addEventListener(end, () => {
      last = null;
    });
  }

  // Colours go in through the CSS object model: the page's CSP forbids style attributes.
  const styled = (element, name, value) => {
    element.style.setProperty(name, value);
    return element;
  };
  const swatches = COLOURS.map((value, index) =>
    h(
      "label",
      { class: "swatch" },
      h("input", {
        type: "radio",
        name: "colour",
        value,
        checked: index === 0,
        onchange: () => {
          colour = value;
        },
      }),
      h("span", { class: "visually-hidden" }, t("postcards.colour", { number: index + 1 })),
    ),
  ).map((swatch, index) => styled(swatch, "--swatch", COLOURS[index]));
  const brushes = SIZES.map((value, index) =>
    h(
      "label",
      { class: "brush" },
      h("input", {
        type: "radio",
        name: "brush",
        value,
        checked: value === size,
        onchange: () => {
          size = value;
        },
      }),
      styled(h("span", { class: "brush-dot", "aria-hidden": "true" }), "--brush", `${8 + index * 8}px`),
      h("span", { class: "visually-hidden" }, t("postcards.brush", { number: index + 1 })),
    ),
  );

  return {
    element: h(
      "div",
      { class: "drawing" },
      canvas,
      h(
        "div",
        { class: "drawing-tools" },
        h("fieldset", { class: "swatches" }, h("legend", {}, t("postcards.colours")), swatches),
        h("fieldset", { class: "brushes" }, h("legend", {}, t("postcards.brushes")), brushes),
        h("button", { type: "button", class: "secondary", onclick: clear }, t("postcards.clear")),
      ),
    ),
    blob: () => new Promise((resolve) => canvas.toBlob(resolve, "image/png")),
  };
}
