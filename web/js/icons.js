// Small line drawings beside the words of tabs and buttons, for readers who
// recognise a picture sooner than a word. Always beside a text label, so they
// are hidden from screen readers.

const SVG = "http://www.w3.org/2000/svg";

// Paths on a 24 x 24 grid, drawn with the text colour.
const PATHS = {
  home: "M3 11.5 12 4l9 7.5M5.5 9.5V20h13V9.5M10 20v-5h4v5",
  chat: "M4 5h16v11H9l-5 4z",
  forum: "M3 4h12v8H7l-4 3zM9 15v1h8l4 3V8h-4",
  people:
    "M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM2.5 20c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6M16 4.5a3.2 3.2 0 0 1 0 6.2M18 14c2 .7 3.5 2.9 3.5 6",
  review: "M4 4h16v16H4zM4 14h4.5l1.5 2.5h4l1.5-2.5H20M8.5 9l2.5 2.5 4.5-4.5",
  shield: "M12 3l7.5 3v5.5c0 4.5-3.2 8-7.5 9.5-4.3-1.5-7.5-5-7.5-9.5V6z",
  bullets: "M10 6h10M10 12h10M10 18h10M4.5 6h.1M4.5 12h.1M4.5 18h.1",
  numbers: "M10 6h10M10 12h10M10 18h10M4 4.5l1.5-1v5M3.5 14.5c0-1.6 3-1.6 3 0 0 1.3-3 2-3 3.5h3",
  link: "M10 14a4 4 0 0 0 5.7 0l3.1-3.1a4 4 0 0 0-5.7-5.7L12 6.3M14 10a4 4 0 0 0-5.7 0l-3.1 3.1a4 4 0 0 0 5.7 5.7l1.1-1.1",
  quote: "M5 7h5v5c0 3-1.8 5-5 5M14 7h5v5c0 3-1.8 5-5 5",
  pin: "M9 3h6l-1 6 4 4H6l4-4zM12 13v8",
  lock: "M6 11h12v10H6zM8.5 11V7.5a3.5 3.5 0 0 1 7 0V11",
  search: "M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM15.5 15.5 21 21",
  reply: "M10 8V4L3 11l7 7v-4c5 0 8.5 1.5 11 5.5-.8-6-4-10.5-11-11.5z",
  plus: "M12 5v14M5 12h14",
  pencil: "M4 20h4L19.5 8.5l-4-4L4 16zM13.5 6.5l4 4",
  bin: "M4 7h16M9.5 7V4h5v3M6.5 7l1 13h9l1-13",
  history: "M4 12a8 8 0 1 0 2.4-5.7M4 4v4h4M12 8v4.5l3 2",
  flag: "M5 21V4h11l-1.5 4L16 12H5",
  page: "M6 3h8l4 4v14H6zM14 3v4h4M9 12h6M9 16h6",
  star: "M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8-5.2-2.7-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z",
  send: "M4 12l16-8-6 16-2.5-6.5zM11.5 13.5 20 4",
  move: "M12 3v18M12 3 8.5 6.5M12 3l3.5 3.5M12 21l-3.5-3.5M12 21l3.5-3.5",
  palette:
    "M12 3a9 9 0 1 0 0 18c1.2 0 1.8-.8 1.8-1.7 0-1.3-1.3-1.8-1.3-3 0-1 .8-1.8 1.8-1.8H17a4 4 0 0 0 4-4C21 6.4 17 3 12 3zM7.5 12h.1M9.5 7.5h.1M14.5 7.5h.1",
  postcard: "M3 5h18v14H3zM13 5v14M15.5 8h3v3.5h-3zM5.5 9h5M5.5 12h5M5.5 15h5",
  mailbox: "M3 9a4 4 0 0 1 8 0v10H3zM11 9h10v10H11M7 5h8M15 13V5h3v3h-3",
  image: "M3 5h18v14H3zM3 16l5-5 4 4 3-3 6 6M15.5 9.5h.1",
  map: "M3 6l6-2 6 2 6-2v14l-6 2-6-2-6 2zM9 4v14M15 6v14",
  camera: "M3 8h4l2-3h6l2 3h4v11H3zM12 17a4 4 0 1 0 0-8 4 4 0 0 0 0 8z",
  // A screen with two people in front of it: classes meeting live.
  live: "M3 4h18v11H3zM8 20h8M12 15v5M9 9.5a1.5 1.5 0 1 0 0-.1M15 9.5a1.5 1.5 0 1 0 0-.1",
};

/** The drawing called name, as an <svg> element hidden from assistive technology. */
export function icon(name) {
  const svg = document.createElementNS(SVG, "svg");
  for (const [attribute, value] of Object.entries({
    viewBox: "0 0 24 24",
    class: "icon",
    "aria-hidden": "true",
    focusable: "false",
    fill: "none",
    stroke: "currentColor",
    "stroke-width": "2",
    "stroke-linecap": "round",
    "stroke-linejoin": "round",
  })) {
    svg.setAttribute(attribute, value);
  }
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", PATHS[name]);
  svg.append(path);
  return svg;
}
