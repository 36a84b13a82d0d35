// A session's room (#/spaces/7/live/12): the poll and its chart, questions,
// the chat, hands up, who is here, and the board; for teachers, the
// controls. The projector view (live/12/projector, or its button) shows the
// same room large, for a class at one screen; a class account starts there.
//
// The room first follows the session over the socket (live.join), then reads
// what it shows over HTTP (with the space's seq of that read), then applies
// the room's events: nothing falls between the two. After a reconnect it
// follows and reads again.

import { api } from "./api.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { freshReads } from "./fresh-reads.js";
import { t } from "./i18n.js";
import { liveBoard } from "./live-board.js";
import { closedBecause, liveChat } from "./live-chat.js";
import { liveControls } from "./live-controls.js";
import { liveHands } from "./live-hands.js";
import { livePolls } from "./live-polls.js";
import { livePresent } from "./live-present.js";
import { liveQuestions } from "./live-questions.js";
import { roomState } from "./live-state.js";
import { schoolTime, schoolsOf, sessionTime } from "./live-when.js";
import { can } from "./policy.js";
import { COMMANDS, EVENTS } from "./protocol.js";
import { renderRich } from "./rich-text.js";
import { user } from "./session.js";
import { tabHref } from "./space-nav.js";

export function liveRoom(ctx, sessionId, projector) {
  const { space, live } = ctx;
  const state = roomState();
  const fb = feedback();
  const room = {
    state,
    space,
    live,
    runs: can(space, "live.run"),
    takesPart: can(space, "live.take_part"),
    changed: (part) => render(part),
  };
  const parts = {
    controls: room.runs ? liveControls(room) : null,
    polls: livePolls(room),
    questions: liveQuestions(room),
    chat: liveChat(room),
    hands: liveHands(room),
    present: livePresent(room),
    board: liveBoard(room),
  };
  // Which parts show what each kind of change touches.
  const touches = {
    items: ["chat", "questions", "board"],
    hands: ["hands"],
    polls: ["polls"],
    controls: ["controls", "chat"],
    muted: ["present", "chat"],
  };

  const title = h("h2", { tabindex: -1 });
  const when = h("p", { class: "live-when" });
  const notice = h("p", { class: "note live-notice", role: "status" });
  const record = h("div", { class: "live-record" });
  const projectorButton = h(
    "button",
    { type: "button", class: "button secondary", "aria-pressed": "false" },
    t("live.projector"),
  );
  const grid = h(
    "div",
    { class: "live-grid" },
    h("div", { class: "live-column" }, parts.polls.element, parts.questions.element),
    h("div", { class: "live-column" }, parts.chat.element, parts.hands.element),
    parts.present.element,
    parts.board.element,
  );
  const element = h(
    "div",
    { class: "live-room" },
    h("p", { class: "breadcrumb" }, h("a", { href: tabHref(space.id, "live") }, t("live.back"))),
    h("div", { class: "live-room-head" }, title, projectorButton),
    when,
    fb.element,
    notice,
    parts.controls?.element,
    grid,
    record,
  );

  function setProjector(on) {
    element.dataset.projector = String(on);
    projectorButton.setAttribute("aria-pressed", String(on));
  }
  projectorButton.addEventListener("click", () =>
    setProjector(element.dataset.projector !== "true"),
  );
  setProjector(projector || Boolean(user().class_account));

  function render(part) {
    if (part === "session" || part === "controls" || part === "muted") header();
    const names = part === "session" ? Object.keys(parts) : (touches[part] ?? []);
    for (const name of names) parts[name]?.render();
  }

  function header() {
    const session = state.session;
    title.textContent = session.title;
    when.textContent = [
      sessionTime(session),
      ...schoolsOf(session).map((school) =>
        t("live.at_school", { town: school.town, time: schoolTime(session, school.timezone) }),
      ),
    ].join(" · ");
    const open = session.state === "open";
    grid.hidden = !open;
    if (parts.controls) parts.controls.element.hidden = !open;
    notice.textContent = open ? closedBecause(room) : stateNote(session.state);
    if (session.state === "ended" && session.record_page_id && !record.hasChildNodes()) {
      showRecord(session).catch((error) => fb.error(error));
    }
  }

  async function showRecord(session) {
    const page = await api("GET", `/api/pages/${session.record_page_id}`);
    record.replaceChildren(
      h("h3", {}, page.title),
      h("div", { class: "card rich-text" }, renderRich(page.html)),
      h(
        "p",
        {},
        h("a", { href: tabHref(space.id, "pages", page.id) }, t("live.record_in_pages")),
      ),
    );
  }

  const reads = freshReads(
    async () => {
      const read = await api("GET", `/api/live/${sessionId}`);
      state.load(read);
      render("session");
      return read.seq;
    },
    (frame) => {
      const part = state.take(frame);
      if (part) render(part);
      if (frame.kind === EVENTS.live.ITEM && frame.data.type === "reaction") {
        parts.chat.float(frame.data.text);
      }
    },
  );

  let left = false;
  /** Follow the room's events, then read it (again, after a reconnect). */
  async function enter() {
    if (left) return;
    await live.command(COMMANDS.live.JOIN, { space_id: space.id, session_id: sessionId });
    await reads.reread();
  }
  live.on("open", () => enter().catch((error) => error.code !== "network" && fb.error(error)));

  return {
    element,
    ready: live.status() === "connected" ? enter() : reads.reread(),
    take: (frame) => reads.take(frame),
    presence: (online) => parts.present.online(online),
    leave() {
      left = true;
      live.command(COMMANDS.live.LEAVE, { space_id: space.id, session_id: sessionId }).catch(
        () => {}, // the socket may be gone already: it then follows nothing
      );
    },
  };
}

function stateNote(state) {
  const notes = {
    scheduled: t("live.not_open_note"),
    ended: t("live.ended_note"),
    cancelled: t("live.cancelled_note"),
  };
  return notes[state] ?? "";
}
