// The live chat of a space: its rooms (the teachers' room only for those
// who may read it), who is online, and whether the live connection is up.
// History comes over HTTP first (load); the space's page then hands each
// event of the space to apply.

import { chatRoom } from "./chat-room.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { t } from "./i18n.js";
import { messageTools } from "./message-tools.js";
import { can } from "./policy.js";
import { EVENTS } from "./protocol.js";
import { user } from "./session.js";
import { tabs } from "./tabs.js";
import { timeText } from "./when.js";

function roomsOf(space) {
  const rooms = [
    { room: "general", name: t("chat.room_general"), read: "chat.read", send: "chat.send" },
    {
      room: "staff",
      name: t("chat.room_staff"),
      read: "chat.read_staff",
      send: "chat.send_staff",
    },
  ];
  return rooms.filter((room) => can(space, room.read));
}

/**
 * For a viewer who may read the chat ("chat.read"): { element, load, apply,
 * message, showError }. load() resolves to the space's seq the rooms were
 * read at; members (may be null) knows who is a pupil.
 */
export function chatSection(space, live, members) {
  const readable = roomsOf(space);
  const tools = messageTools(space, live, members);
  const rooms = new Map(
    readable.map(({ room, name, send }) => [
      room,
      chatRoom({ space, room, name, live, canSend: can(space, send), tools }),
    ]),
  );
  const fb = feedback();
  // A teacher paused the viewer's messages, or let them write again.
  const muteNotice = h("p", { class: "note chat-notice", role: "status" });
  // A line arriving in the room on a hidden tab marks that tab "new".
  const news = new Map(
    readable.map(({ room }) => [
      room,
      h("span", { class: "tab-news", hidden: true }, t("chat.new")),
    ]),
  );
  live.on("typing", (frame) => {
    if (frame.space_id === space.id) rooms.get(frame.room)?.showTyping(frame);
  });
  const views =
    readable.length > 1
      ? tabs(
          t("chat.rooms"),
          readable.map(({ room, name }) => ({
            label: [name, " ", news.get(room)],
            content: rooms.get(room).element,
            onShow: () => {
              news.get(room).hidden = true;
            },
          })),
        )
      : rooms.get(readable[0].room).element;
  const section = h(
    "section",
    { class: "card chat", "aria-labelledby": "chat-heading", "data-connection": live.status() },
    h(
      "div",
      { class: "chat-head" },
      h("h2", { id: "chat-heading" }, t("chat.title")),
      connectionStatus(live),
    ),
    fb.element,
    muteNotice,
    h("div", { class: "chat-body" }, views, onlineList(live, space.id)),
  );
  live.on("status", (state) => {
    section.dataset.connection = state;
  });
  return {
    element: section,
    // The lower seq of the rooms' pages: replay from there misses neither room.
    load: async () =>
      Math.min(...(await Promise.all([...rooms.values()].map((room) => room.load())))),
    apply(frame) {
      if (frame.kind === EVENTS.member.MUTED && frame.data.user_id === user().id) {
        const until = frame.data.until;
        muteNotice.textContent = until
          ? t("mute.you", { until: timeText(until) })
          : t("mute.you_lifted");
        return;
      }
      const room = rooms.get(frame.data.room);
      if (!room) return;
      room.apply(frame);
      if (frame.kind === EVENTS.chat.MESSAGE && room.element.closest("[hidden]")) {
        news.get(frame.data.room).hidden = false;
      }
    },
    /** The message with this id, when one of the rooms shows it. */
    message: (id) => [...rooms.values()].map((room) => room.message(id)).find(Boolean),
    showError: (error) => fb.error(error),
  };
}

function statusText(state) {
  const texts = {
    connecting: t("chat.status_connecting"),
    connected: t("chat.status_connected"),
    reconnecting: t("chat.status_reconnecting"),
    offline: t("chat.status_offline"),
  };
  return texts[state] ?? "";
}

/** "Connected" / "Reconnecting…", which screen readers hear when it changes. */
function connectionStatus(live) {
  const element = h("p", { class: "chat-status", role: "status", "aria-live": "polite" });
  const show = (state) => {
    element.dataset.state = state;
    element.textContent = statusText(state);
  };
  show(live.status());
  live.on("status", show);
  return element;
}

/** Who has the space open now, from the server's presence frames. */
function onlineList(live, spaceId) {
  const heading = h("h3", { id: "chat-online-heading" }, t("chat.online", { count: 0 }));
  const list = h("ul", { class: "chat-online-list" });
  live.on("presence", (frame) => {
    if (frame.space_id !== spaceId) return;
    heading.textContent = t("chat.online", { count: frame.online.length });
    list.replaceChildren(
      ...frame.online.map((person) =>
        h(
          "li",
          {},
          person.display_name,
          person.user_id === user().id && h("span", { class: "you" }, ` ${t("members.you")}`),
        ),
      ),
    );
  });
  return h(
    "section",
    { class: "chat-online", "aria-labelledby": "chat-online-heading" },
    heading,
    list,
  );
}
