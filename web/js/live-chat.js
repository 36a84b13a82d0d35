// A room's chat: short lines and quick reactions. Teachers clear a line; the
// room's controls (pause, reactions only, slow mode, a mute) are the
// server's to enforce, and the composer says which one holds.

import { h, uniqueId } from "./dom.js";
import { feedback } from "./feedback.js";
import { onSubmit, perform, text } from "./forms.js";
import { t } from "./i18n.js";
import { keyedList } from "./keyed-list.js";
import { clearButton } from "./live-clear.js";
import { COMMANDS } from "./protocol.js";
import { user } from "./session.js";

// The server's reactions (twinspace/live/schemas.py), readable without words.
export const REACTIONS = ["👍", "❤️", "😄", "😮", "👏", "🎉"];
// How long a reaction floats up the screen, as the stylesheet animates it.
const FLOAT_MS = 2_000;

export function liveChat(room) {
  const { state, live } = room;
  const headingId = uniqueId("live-chat");
  const fb = feedback();
  const log = h("ol", {
    class: "live-messages",
    role: "log",
    "aria-live": "polite",
    "aria-labelledby": headingId,
  });
  const lines = keyedList(log, (message) => messageRow(room, message, fb), () => {});
  const counts = new Map();
  const floating = h("div", { class: "live-floating", "aria-hidden": "true" });
  const reactions = h(
    "div",
    { class: "live-reactions", role: "group", "aria-label": t("live.reactions") },
    REACTIONS.map((emoji) => {
      const count = h("span", { class: "live-reaction-count" });
      counts.set(emoji, count);
      return h(
        "button",
        {
          type: "button",
          class: "live-reaction",
          "aria-label": t("live.react_label", { emoji }),
          onclick: (event) =>
            perform(event.currentTarget, fb, () =>
              live.command(
                COMMANDS.live.REACT,
                { session_id: state.session.id, reaction: emoji },
                { retry: true },
              ),
            ),
        },
        emoji,
        count,
      );
    }),
    floating,
  );
  const composer = room.takesPart && composerForm(room);

  function render() {
    lines.set(state.ofType("message"));
    for (const [emoji, count] of counts) count.textContent = state.reactions[emoji] || "";
    if (composer) composer.update();
  }

  const element = h(
    "section",
    { class: "card live-chat", "aria-labelledby": headingId },
    h("h3", { id: headingId }, t("live.chat")),
    fb.element,
    log,
    room.takesPart && reactions,
    composer?.element,
  );
  return {
    element,
    render,
    /** A reaction just came: it floats up for a moment. */
    float(emoji) {
      const bubble = h("span", { class: "live-float" }, emoji);
      floating.append(bubble);
      setTimeout(() => bubble.remove(), FLOAT_MS);
    },
  };
}

function messageRow(room, message, fb) {
  const { live } = room;
  const who = h("span", { class: "live-author" });
  const words = h("span", { class: "live-message-text" });
  const status = h("span", { class: "live-item-status" });
  const clear = clearButton(live, fb, () => message.id);
  const element = h(
    "li",
    { class: "live-message" },
    who,
    words,
    status,
    room.runs && clear,
  );
  function show(next) {
    who.textContent = `${next.author.display_name}: `;
    words.textContent = next.text;
    status.textContent = next.status === "held" ? ` (${t("live.waiting")})` : "";
    element.classList.toggle("mine", next.author.id === user().id);
    clear.setAttribute("aria-label", t("live.clear_named", { name: next.author.display_name }));
  }
  show(message);
  return { element, show };
}

/** The box to write in, and why it is closed when the teachers closed it. */
function composerForm(room) {
  const { state, live } = room;
  const fb = feedback();
  const id = uniqueId("live-say");
  const input = h("input", { id, name: "text", maxlength: 500, autocomplete: "off" });
  const send = h("button", { type: "submit", class: "button primary" }, t("live.send"));
  const why = h("p", { class: "hint", role: "status" });
  const form = h(
    "form",
    { class: "live-inline-form" },
    fb.element,
    h("label", { for: id }, t("live.write")),
    h("div", { class: "live-inline-row" }, input, send),
    why,
  );
  onSubmit(form, fb, async (data) => {
    const line = await live.command(
      COMMANDS.live.SAY,
      { session_id: state.session.id, text: text(data, "text") },
      { retry: true },
    );
    state.item(line);
    room.changed("items");
    form.reset();
  });
  return {
    element: form,
    update() {
      const reason = closedBecause(room);
      why.textContent = reason;
      input.disabled = send.disabled = Boolean(reason) && !room.runs;
      if (!reason && state.session.slow_mode_seconds && !room.runs) {
        why.textContent = t("live.slow_note", { count: state.session.slow_mode_seconds });
      }
    },
  };
}

/** Why a pupil may not write a line now, or "" when they may. */
export function closedBecause(room) {
  const { state } = room;
  if (room.runs) return "";
  if (state.isMuted()) return t("live.muted");
  if (state.session.mode === "paused") return t("live.paused_note");
  if (state.session.mode === "reactions_only") return t("live.reactions_note");
  return "";
}
