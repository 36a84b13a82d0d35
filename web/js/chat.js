// The live chat of a space: its rooms (the teachers' room only for those
// who may read it), who is online, and whether the live connection is up.
// History comes over HTTP first; the feed then subscribes from its seq.

import { chatRoom } from "./chat-room.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { t } from "./i18n.js";
import { connectLive } from "./live.js";
import { can } from "./policy.js";
import { refresh } from "./router.js";
import { user } from "./session.js";
import { followSpace } from "./space-feed.js";
import { tabs } from "./tabs.js";

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

/** Resolves to { element, close }, or null when the viewer may not read the chat. */
export async function chatSection(space) {
  const readable = roomsOf(space);
  if (!readable.length) return null;
  const live = connectLive();
  const rooms = new Map(
    readable.map(({ room, name, send }) => [
      room,
      chatRoom({
        space,
        room,
        name,
        live,
        canSend: can(space, send),
        canDeleteAny: can(space, "chat.delete_any"),
      }),
    ]),
  );
  // The lower seq of the rooms' pages: replay from there misses neither room.
  const loadAll = async () =>
    Math.min(...(await Promise.all([...rooms.values()].map((room) => room.load()))));
  let seq;
  try {
    seq = await loadAll();
  } catch (error) {
    live.close();
    throw error;
  }
  const fb = feedback();
  // A line arriving in the room on a hidden tab marks that tab "new".
  const news = new Map(
    readable.map(({ room }) => [
      room,
      h("span", { class: "tab-news", hidden: true }, t("chat.new")),
    ]),
  );
  followSpace(live, space.id, seq, {
    onEvent: (frame) => {
      const room = rooms.get(frame.data.room);
      if (!room) return;
      room.apply(frame);
      if (frame.kind === "chat.message" && room.element.closest("[hidden]")) {
        news.get(frame.data.room).hidden = false;
      }
    },
    onResync: loadAll,
    onError: (error) => fb.error(error),
  });
  // What the viewer may do here has changed: show the space anew.
  live.on("membership", refresh);
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
    h("div", { class: "chat-body" }, views, onlineList(live, space.id)),
  );
  live.on("status", (state) => {
    section.dataset.connection = state;
  });
  return { element: section, close: live.close };
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
