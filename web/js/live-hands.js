// Raised hands and the speaking queue: a pupil raises or lowers their hand
// with one big button; teachers see the queue in order, give someone the
// floor, and lower a hand. Every screen shows the same queue.

import { h, uniqueId } from "./dom.js";
import { feedback } from "./feedback.js";
import { perform } from "./forms.js";
import { t } from "./i18n.js";
import { COMMANDS } from "./protocol.js";
import { user } from "./session.js";

export function liveHands(room) {
  const { state, live } = room;
  const headingId = uniqueId("live-hands");
  const fb = feedback();
  const sessionRef = () => ({ session_id: state.session.id });
  const command = (type, payload) => (event) =>
    perform(event.currentTarget, fb, async () => {
      const queue = await live.command(type, { ...sessionRef(), ...payload }, { retry: true });
      state.hands = queue.hands;
      render();
    });
  const mine = h("button", { type: "button", class: "button live-hand" });
  mine.addEventListener("click", (event) =>
    command(COMMANDS.live.HAND, { up: !raised() })(event),
  );
  const list = h("ol", { class: "live-queue", "aria-labelledby": headingId });
  const empty = h("p", { class: "empty" }, t("live.no_hands"));

  function raised() {
    return state.hands.some((hand) => hand.user_id === user().id);
  }

  function render() {
    const up = raised();
    mine.replaceChildren(
      h("span", { "aria-hidden": "true" }, "✋ "),
      up ? t("live.lower_hand") : t("live.raise_hand"),
    );
    mine.setAttribute("aria-pressed", String(up));
    empty.hidden = state.hands.length > 0;
    list.replaceChildren(
      ...state.hands.map((hand) =>
        h(
          "li",
          { class: "live-queue-entry", "data-state": hand.state },
          h("span", { class: "live-queue-name" }, hand.display_name),
          h(
            "span",
            { class: "badge" },
            hand.state === "speaking" ? t("live.speaking") : t("live.waiting_turn"),
          ),
          room.runs && teacherButtons(hand),
        ),
      ),
    );
  }

  function teacherButtons(hand) {
    const name = hand.display_name;
    if (hand.state === "speaking") {
      return h(
        "button",
        {
          type: "button",
          class: "small secondary",
          "aria-label": t("live.done_speaking_named", { name }),
          onclick: command(COMMANDS.live.FLOOR, { user_id: null }),
        },
        t("live.done_speaking"),
      );
    }
    return [
      h(
        "button",
        {
          type: "button",
          class: "small primary",
          "aria-label": t("live.give_floor_named", { name }),
          onclick: command(COMMANDS.live.FLOOR, { user_id: hand.user_id }),
        },
        t("live.give_floor"),
      ),
      h(
        "button",
        {
          type: "button",
          class: "small secondary",
          "aria-label": t("live.lower_named", { name }),
          onclick: command(COMMANDS.live.HAND, { up: false, user_id: hand.user_id }),
        },
        t("live.lower"),
      ),
    ];
  }

  const element = h(
    "section",
    { class: "card live-hands", "aria-labelledby": headingId },
    h("h3", { id: headingId }, t("live.hands")),
    fb.element,
    room.takesPart && !room.runs && mine,
    empty,
    list,
  );
  return { element, render };
}
