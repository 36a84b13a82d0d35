// The teachers' controls of a room: what pupils may write (everything,
// reactions only, nothing), slow mode, and ending the session. The server
// holds every pupil to them; this only sets them.

import { h, uniqueId } from "./dom.js";
import { feedback } from "./feedback.js";
import { perform } from "./forms.js";
import { t } from "./i18n.js";
import { COMMANDS } from "./protocol.js";

// Slow-mode choices, in seconds between one pupil's lines (0: off); the
// server takes up to 300.
const SLOW_STEPS = [0, 10, 30, 60, 120];

export function liveControls(room) {
  const { state, live } = room;
  const headingId = uniqueId("live-controls");
  const fb = feedback();
  const modes = [
    ["open", t("live.mode_open")],
    ["reactions_only", t("live.mode_reactions")],
    ["paused", t("live.mode_paused")],
  ];
  const modeButtons = modes.map(([mode, label]) =>
    h(
      "button",
      {
        type: "button",
        class: "button secondary live-mode",
        "data-mode": mode,
        onclick: (event) => set(event.currentTarget, { mode }),
      },
      label,
    ),
  );
  const slowId = uniqueId("live-slow");
  const slow = h(
    "select",
    {
      id: slowId,
      onchange: () => set(slow, { slow_mode_seconds: Number(slow.value) }),
    },
    SLOW_STEPS.map((seconds) =>
      h(
        "option",
        { value: seconds },
        seconds ? t("live.slow_seconds", { count: seconds }) : t("live.slow_off"),
      ),
    ),
  );
  const end = h(
    "button",
    {
      type: "button",
      class: "button danger",
      onclick: () => {
        if (!window.confirm(t("live.end_confirm"))) return;
        perform(end, fb, () =>
          live.command(COMMANDS.live.END, { session_id: state.session.id }, { retry: true }),
        );
      },
    },
    t("live.end"),
  );

  function set(control, change) {
    const now = {
      session_id: state.session.id,
      mode: state.session.mode,
      slow_mode_seconds: state.session.slow_mode_seconds,
      ...change,
    };
    perform(control, fb, async () => {
      const controls = await live.command(COMMANDS.live.CONTROLS, now, { retry: true });
      state.session = { ...state.session, ...controls };
      room.changed("controls");
    });
  }

  function render() {
    for (const button of modeButtons) {
      button.setAttribute("aria-pressed", String(button.dataset.mode === state.session.mode));
    }
    slow.value = String(state.session.slow_mode_seconds);
  }

  const element = h(
    "section",
    { class: "card live-controls", "aria-labelledby": headingId },
    h("h3", { id: headingId }, t("live.controls")),
    fb.element,
    h(
      "div",
      { class: "live-control-row" },
      h(
        "div",
        { class: "live-modes", role: "group", "aria-label": t("live.pupils_may") },
        modeButtons,
      ),
      h("div", { class: "field" }, h("label", { for: slowId }, t("live.slow_mode")), slow),
      end,
    ),
  );
  return { element, render };
}
