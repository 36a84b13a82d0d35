// A room's board of sticky notes: pupils pin a short note in a colour;
// teachers arrange them, by dragging or with the arrow keys, and clear one.
// Places are in the server's board units (1000 x 600), whatever the screen.

import { h, uniqueId } from "./dom.js";
import { feedback } from "./feedback.js";
import { onSubmit, perform, text } from "./forms.js";
import { t } from "./i18n.js";
import { keyedList } from "./keyed-list.js";
import { clearButton } from "./live-clear.js";
import { COMMANDS } from "./protocol.js";

const WIDTH = 1000;
const HEIGHT = 600;
// A note's size in board units (the stylesheet draws it 15 % by 18 %), so it
// is never moved past the board's edge.
const NOTE_WIDTH = 150;
const NOTE_HEIGHT = 108;
// One press of an arrow key moves a note this far: a fifth of its width.
const KEY_STEP = 30;
// Arrow presses in a row are sent as one move once the keys rest this long.
const SEND_AFTER_MS = 400;
// The server's colours (twinspace/live/schemas.py), each with its name.
function colourNames() {
  return {
    yellow: t("live.colour_yellow"),
    pink: t("live.colour_pink"),
    blue: t("live.colour_blue"),
    green: t("live.colour_green"),
  };
}

function clamp(value, high) {
  return Math.max(0, Math.min(high, Math.round(value)));
}

export function liveBoard(room) {
  const { state } = room;
  const headingId = uniqueId("live-board");
  const fb = feedback();
  const area = h("ul", { class: "live-board-area", "aria-labelledby": headingId });
  const notes = keyedList(area, (note) => noteCard(room, note, fb, area), () => {});
  const empty = h("p", { class: "empty" }, t("live.no_notes"));

  function render() {
    const shown = state.ofType("note");
    notes.set(shown);
    empty.hidden = shown.length > 0;
  }

  const element = h(
    "section",
    { class: "card live-board", "aria-labelledby": headingId },
    h("h3", { id: headingId }, t("live.board")),
    fb.element,
    room.takesPart && noteForm(room),
    room.runs && h("p", { class: "hint" }, t("live.arrange_hint")),
    empty,
    area,
  );
  return { element, render };
}

function noteCard(room, note, fb, area) {
  const { live } = room;
  const words = h("span", { class: "live-note-text" });
  const who = h("span", { class: "live-note-author" });
  const clear = clearButton(live, fb, () => current.id);
  const element = h("li", { class: "live-note" }, words, who, room.runs && clear);
  let current = note;
  let place = { x: note.x, y: note.y };
  let sendTimer = 0;

  function put(x, y) {
    place = { x: clamp(x, WIDTH - NOTE_WIDTH), y: clamp(y, HEIGHT - NOTE_HEIGHT) };
    // Through the CSSOM: the Content-Security-Policy allows no style attributes.
    element.style.left = `${(100 * place.x) / WIDTH}%`;
    element.style.top = `${(100 * place.y) / HEIGHT}%`;
  }

  function send() {
    clearTimeout(sendTimer);
    perform(element, fb, () =>
      live.command(
        COMMANDS.live.ARRANGE,
        { note_id: current.id, x: place.x, y: place.y },
        { retry: true },
      ),
    );
  }

  if (room.runs) {
    element.tabIndex = 0;
    element.addEventListener("keydown", (event) => {
      const moves = {
        ArrowLeft: [-KEY_STEP, 0],
        ArrowRight: [KEY_STEP, 0],
        ArrowUp: [0, -KEY_STEP],
        ArrowDown: [0, KEY_STEP],
      };
      const move = moves[event.key];
      if (!move || event.target !== element) return;
      event.preventDefault();
      put(place.x + move[0], place.y + move[1]);
      clearTimeout(sendTimer);
      sendTimer = setTimeout(send, SEND_AFTER_MS);
    });
    element.addEventListener("pointerdown", (event) => {
      if (event.target.closest("button")) return;
      const box = area.getBoundingClientRect();
      const from = { pointerX: event.clientX, pointerY: event.clientY, ...place };
      element.setPointerCapture(event.pointerId);
      element.dataset.dragging = "true";
      // The pointer moves in screen pixels; the note, in board units.
      const follow = (moved) =>
        put(
          from.x + ((moved.clientX - from.pointerX) * WIDTH) / box.width,
          from.y + ((moved.clientY - from.pointerY) * HEIGHT) / box.height,
        );
      const drop = () => {
        element.removeEventListener("pointermove", follow);
        delete element.dataset.dragging;
        send();
      };
      element.addEventListener("pointermove", follow);
      element.addEventListener("pointerup", drop, { once: true });
      element.addEventListener("pointercancel", drop, { once: true });
    });
  }

  function show(next) {
    current = next;
    words.textContent = next.text;
    who.textContent = next.status === "held" ? t("live.waiting") : next.author.display_name;
    element.dataset.colour = next.colour;
    element.setAttribute(
      "aria-label",
      t("live.note_label", { name: next.author.display_name, text: next.text }),
    );
    clear.setAttribute("aria-label", t("live.clear_named", { name: next.author.display_name }));
    if (element.dataset.dragging !== "true") put(next.x, next.y);
  }
  show(note);
  return { element, show };
}

function noteForm(room) {
  const { state, live } = room;
  const fb = feedback();
  const id = uniqueId("live-note");
  const colours = h(
    "fieldset",
    { class: "live-colours" },
    h("legend", {}, t("live.note_colour")),
    Object.entries(colourNames()).map(([colour, name], index) =>
      h(
        "label",
        { class: "live-colour", "data-colour": colour },
        h("input", { type: "radio", name: "colour", value: colour, checked: index === 0 }),
        h("span", {}, name),
      ),
    ),
  );
  const form = h(
    "form",
    { class: "live-inline-form" },
    fb.element,
    h("label", { for: id }, t("live.note_text")),
    h(
      "div",
      { class: "live-inline-row" },
      h("input", { id, name: "text", maxlength: 200, autocomplete: "off" }),
      h("button", { type: "submit", class: "button primary" }, t("live.note_add")),
    ),
    colours,
  );
  onSubmit(form, fb, async (data) => {
    const note = await live.command(
      COMMANDS.live.NOTE,
      { session_id: state.session.id, text: text(data, "text"), colour: text(data, "colour") },
      { retry: true },
    );
    state.item(note);
    room.changed("items");
    form.querySelector("[name=text]").value = "";
  });
  return form;
}
