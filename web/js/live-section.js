// The live sessions of a space, in its "live" tab: the calendar
// (#/spaces/7/live) and a session's room (live/12; live/12/projector shows
// it large, for a class at one projector). The calendar is read over HTTP
// and kept current by the space's events; a room follows its session and
// reads what it shows after that (live-room.js).

import { api } from "./api.js";
import { h } from "./dom.js";
import { freshReads } from "./fresh-reads.js";
import { t } from "./i18n.js";
import { liveCalendar } from "./live-calendar.js";
import { liveRoom } from "./live-room.js";
import { missingPage } from "./missing-page.js";
import { EVENTS } from "./protocol.js";

const LIVE_EVENTS = new Set(Object.values(EVENTS.live));

/** Returns { element, load, apply, show(path) } for the space's page. */
export function liveSection(space, live) {
  const element = h("section", { class: "live", "aria-label": t("live.title") });
  const calendar = { sessions: [], classes: [] };
  let current = null; // { path, page } shown in the tab
  let readAt = 0;
  let online = []; // who has the space open, from the last presence frame

  live.on("presence", (frame) => {
    if (frame.space_id !== space.id) return;
    online = frame.online;
    current?.page.presence?.(online);
  });

  const reads = freshReads(
    async () => {
      const read = await api("GET", `/api/spaces/${space.id}/live`);
      calendar.sessions = read.sessions;
      calendar.classes = read.classes;
      readAt = read.seq;
      current?.page.calendarChanged?.();
      return read.seq;
    },
    (frame) => {
      const changed = frame.data;
      calendar.sessions = [...calendar.sessions.filter((s) => s.id !== changed.id), changed];
      current?.page.calendarChanged?.();
    },
  );
  const ctx = {
    space,
    live,
    calendar,
    session: (id) => calendar.sessions.find((s) => s.id === id),
  };

  function pageFor(path) {
    const [first, second] = path.split("/");
    if (!first) return liveCalendar(ctx);
    if (/^\d+$/.test(first) && (second === undefined || second === "projector")) {
      return liveRoom(ctx, Number(first), second === "projector");
    }
    return missingPage();
  }

  return {
    element,
    load: async () => {
      await reads.reread();
      return readAt;
    },
    apply(frame) {
      if (!LIVE_EVENTS.has(frame.kind)) return;
      if (frame.kind === EVENTS.live.SESSION) reads.take(frame);
      current?.page.take(frame);
    },
    /** Shows the page at path (the part of the address after "live/"). */
    async show(path) {
      if (current?.path === path) return;
      current?.page.leave?.();
      const page = pageFor(path);
      current = { path, page };
      element.replaceChildren(page.element);
      await page.ready;
      page.presence?.(online);
    },
  };
}
