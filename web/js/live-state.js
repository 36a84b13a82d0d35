// What a room shows, as the server last said: read whole over HTTP, then kept
// current by the room's events. Every event carries the whole of what it
// changes (an item, a question's up-votes, the speaking queue, a poll's
// totals), so applying one twice, or an older one after a newer read, ends
// right once the next one comes.

import { EVENTS } from "./protocol.js";
import { user } from "./session.js";

// Items the room no longer shows: refused, taken down, or cleared by a teacher.
const GONE = new Set(["rejected", "removed"]);

export function roomState() {
  const state = {
    session: null,
    roster: new Map(), // user id -> { display_name, teacher, class_id, class_account, school }
    items: new Map(), // id -> chat line, reaction, question or note
    reactions: {}, // emoji -> how many
    myUpvotes: new Set(),
    hands: [],
    polls: new Map(), // id -> poll with its totals
    myVotes: new Map(), // poll id -> option
    muted: new Set(),

    /** Everything, from GET /api/live/{id}. */
    load(room) {
      state.session = room.session;
      state.roster = new Map(room.roster.map((person) => [person.user_id, person]));
      state.items = new Map(room.items.map((item) => [item.id, item]));
      state.reactions = { ...room.reactions };
      state.myUpvotes = new Set(room.my_upvotes);
      state.hands = room.hands;
      state.polls = new Map(room.polls.map((poll) => [poll.id, poll]));
      state.myVotes = new Map(Object.entries(room.my_votes).map(([id, o]) => [Number(id), o]));
      state.muted = new Set(room.muted);
    },

    /** One of the room's events; returns what changed ("items", "hands", ...) or null. */
    take(frame) {
      const data = frame.data;
      const about = frame.kind === EVENTS.live.SESSION ? data.id : data.session_id;
      if (about !== state.session?.id) return null;
      switch (frame.kind) {
        case EVENTS.live.SESSION:
          state.session = data;
          return "session";
        case EVENTS.live.CONTROLS:
          state.session = { ...state.session, ...controlsOf(data) };
          return "controls";
        case EVENTS.live.ITEM:
          state.item(data);
          return "items";
        case EVENTS.live.UPVOTES: {
          const question = state.items.get(data.question_id);
          if (question) question.upvotes = data.upvotes;
          return "items";
        }
        case EVENTS.live.HANDS:
          state.hands = data.hands;
          return "hands";
        case EVENTS.live.POLL:
          state.polls.set(data.id, { ...state.polls.get(data.id), ...shownPoll(data) });
          return "polls";
        case EVENTS.live.MUTED:
          if (data.muted) state.muted.add(data.user_id);
          else state.muted.delete(data.user_id);
          return "muted";
        default:
          return null;
      }
    },

    /** An item as the server now has it (also a command's own result, but a
        reaction only from its event: it is counted, not kept). */
    item(item) {
      if (item.type === "reaction") {
        if (!item.cleared) state.reactions[item.text] = (state.reactions[item.text] ?? 0) + 1;
        return;
      }
      if (item.cleared || GONE.has(item.status)) state.items.delete(item.id);
      else state.items.set(item.id, { ...state.items.get(item.id), ...item });
    },

    ofType: (type) =>
      [...state.items.values()].filter((item) => item.type === type).sort((a, b) => a.id - b.id),
    isMuted: () => state.muted.has(user().id),
    open: () => state.session?.state === "open",
  };
  return state;
}

function controlsOf(data) {
  return { mode: data.mode, slow_mode_seconds: data.slow_mode_seconds };
}

/** A poll from an event: a teacher keeps the right answer it already knew. */
function shownPoll(poll) {
  return poll.correct === null ? withoutCorrect(poll) : poll;
}

function withoutCorrect(poll) {
  const { correct: _hidden, ...rest } = poll;
  return rest;
}
