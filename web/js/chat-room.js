// One chat room of a space ("general" or "staff"): history pages over HTTP,
// live events from the space feed, lines still being sent, and the
// composer. Messages stay in id order and each is shown once, whichever
// way it arrived (history, replay, live event or the ack of one's own send).
// A pupil's message a teacher has still to check shows only to its author
// until a teacher approves it (the same message, now for everyone) or not.

import { ApiError, api } from "./api.js";
import { composer } from "./chat-composer.js";
import { chatMessage } from "./chat-message.js";
import { typingLine } from "./chat-typing.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { perform } from "./forms.js";
import { t } from "./i18n.js";
import { COMMANDS, EVENTS, SIGNALS } from "./protocol.js";
import { user } from "./session.js";
import { timeText } from "./when.js";

const PAGE = 50;

/** tools(message, { fb, onRemoved }): the viewer's actions on others' messages. */
export function chatRoom({ space, room, name, live, canSend, tools }) {
  const path = `/api/spaces/${space.id}/chat/${room}`;
  const fb = feedback();
  const shown = new Map(); // message id -> chatMessage
  let oldest = null;
  const list = h("ol", { class: "chat-messages", "data-empty": t("chat.empty") });
  // The scroller's content is anchored at the bottom (see app.css), so new
  // lines stay in view and earlier pages load above without a jump.
  const scroller = h(
    "div",
    {
      class: "chat-scroll",
      role: "log",
      "aria-live": "polite",
      "aria-label": t("chat.messages_in", { room: name }),
      tabindex: 0,
    },
    list,
  );
  const olderButton = h(
    "button",
    {
      type: "button",
      class: "secondary small chat-older",
      hidden: true,
      onclick: () => perform(olderButton, fb, loadOlder),
    },
    t("chat.older"),
  );
  const typing = typingLine();
  const element = h(
    "div",
    { class: "chat-room" },
    olderButton,
    scroller,
    typing.element,
    canSend
      ? composer({
          label: t("chat.write_in", { room: name }),
          fb,
          onSend: send,
          onTyping: () => live.command(SIGNALS.TYPING, { space_id: space.id, room }).catch(() => {}),
        })
      : fb.element,
  );

  function item(message) {
    const mine = message.author.id === user().id;
    return chatMessage(message, {
      mine,
      fb,
      onEdit:
        mine &&
        canSend &&
        ((id, text) => live.command(COMMANDS.chat.EDIT, { message_id: id, text }, { retry: true })),
      onDelete:
        mine &&
        canSend &&
        (async (id) => {
          await live.command(COMMANDS.chat.DELETE, { message_id: id }, { retry: true });
          remove(id);
        }),
      tools: mine ? [] : tools(message, { fb, onRemoved: remove }),
    });
  }

  /** Puts a confirmed message before the first later one and before lines still sending. */
  function place(entry) {
    const id = Number(entry.element.dataset.id);
    const next =
      [...list.children].find(
        (li) => li !== entry.element && (li.dataset.pending || Number(li.dataset.id) > id),
      ) ?? null;
    if (entry.element.parentNode !== list || entry.element.nextElementSibling !== next) {
      list.insertBefore(entry.element, next);
    }
  }

  function add(message) {
    if (shown.has(message.id)) return;
    const entry = item(message);
    shown.set(message.id, entry);
    place(entry);
  }

  function remove(id) {
    const element = shown.get(id)?.element;
    if (!element) return;
    const hadFocus = element.contains(document.activeElement);
    element.remove();
    shown.delete(id);
    if (hadFocus) scroller.focus(); // the focused button has gone with its message
  }

  async function page(before) {
    const query = before === undefined ? `limit=${PAGE}` : `before=${before}&limit=${PAGE}`;
    const result = await api("GET", `${path}?${query}`);
    olderButton.hidden = result.messages.length < PAGE;
    if (result.messages.length) oldest = result.messages[0].id;
    return result;
  }

  /** The newest page merged into what is shown; resolves to the space's seq it was read at. */
  async function load() {
    const { seq, messages } = await page();
    const newest = messages.length ? messages.at(-1).id : Infinity;
    const current = new Set(messages.map((message) => message.id));
    for (const id of [...shown.keys()]) {
      if (id <= newest && !current.has(id)) remove(id);
    }
    for (const message of messages) {
      shown.get(message.id)?.show(message);
      add(message);
    }
    return seq;
  }

  async function loadOlder() {
    const { messages } = await page(oldest);
    for (const message of messages) add(message);
  }

  /** Shows the line as sending until the server confirms it; a refusal removes it. */
  async function send(text) {
    const me = user();
    const pending = item({ room, text, author: { id: me.id, display_name: me.display_name } });
    list.append(pending.element);
    scroller.scrollTop = scroller.scrollHeight;
    let message;
    try {
      message = await live.command(
        COMMANDS.chat.SEND,
        { space_id: space.id, room, text },
        { retry: true },
      );
    } catch (error) {
      pending.element.remove();
      throw error.code === "muted" ? mutedInLocalTime(error) : error;
    }
    if (shown.has(message.id)) {
      pending.element.remove();
      return;
    }
    pending.show(message);
    shown.set(message.id, pending);
    place(pending);
  }

  return {
    element,
    load,
    apply(frame) {
      const data = frame.data;
      if (frame.kind === EVENTS.chat.MESSAGE) {
        shown.get(data.id)?.show(data); // an approved message, waiting until now
        add(data);
        typing.stopped(data.author.id);
      } else if (frame.kind === EVENTS.chat.EDITED) {
        shown.get(data.id)?.show(data);
      } else if (frame.kind === EVENTS.chat.REJECTED) {
        shown.get(data.id)?.show({ status: "rejected", note: data.note });
      } else if (frame.kind === EVENTS.chat.DELETED) {
        remove(data.id);
      }
    },
    /** The message with this id, when it is shown here. */
    message: (id) => shown.get(id)?.message(),
    showTyping(frame) {
      if (frame.user_id !== user().id) typing.typing(frame.user_id, frame.display_name);
    },
  };
}

/** The server's "muted" refusal, its time in the reader's time zone rather than UTC. */
function mutedInLocalTime(error) {
  const until = timeText(error.details.until);
  return new ApiError(error.status, { code: error.code, message: t("error.muted", { until }) });
}
