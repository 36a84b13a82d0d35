// Who else is editing a shared page, and where their cursor is: a
// y-protocols Awareness carried by the page.awareness signal. Each frame
// comes with its sender's user id and name from the server, so a cursor is
// labelled with who really sent it, never with a name a browser claimed.
// Our own state goes out at most every AWARENESS_EVERY_MS (the last one
// always goes), again when a new editor shows up (so they see our cursor at
// once), and as "gone" when the page is left.

import { SIGNALS } from "./protocol.js";
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  fromBase64,
  removeAwarenessStates,
  toBase64,
} from "./vendor/editor.js";

// A cursor that follows typing four times a second looks live; the server
// relays at most one every 50 ms, and the socket takes 15 frames a second.
const AWARENESS_EVERY_MS = 250;

/**
 * Returns { awareness, person(clientId), take(frame), resend(), leave() }:
 * person() is { id, name } of whoever sent that client's state;
 * onChange() runs when editors come, go or move.
 */
export function pageAwareness(live, { spaceId, pageId, doc, me, onChange }) {
  const awareness = new Awareness(doc);
  const people = new Map(); // client id -> { id, name }, as the server named them
  let lastSent = 0;
  let timer = 0;
  let left = false;

  function send() {
    clearTimeout(timer);
    timer = 0;
    lastSent = Date.now();
    const state = toBase64(encodeAwarenessUpdate(awareness, [awareness.clientID]));
    live
      .command(SIGNALS.PAGE_AWARENESS, { space_id: spaceId, page_id: pageId, state })
      .catch(() => {}); // a cursor is worth no retry: the next move sends it again
  }

  function sendSoon() {
    if (timer || left) return;
    timer = setTimeout(send, Math.max(0, lastSent + AWARENESS_EVERY_MS - Date.now()));
  }

  awareness.on("update", ({ added, updated, removed }, origin) => {
    if (origin === "local") {
      sendSoon();
      return;
    }
    for (const client of [...added, ...updated]) {
      if (origin?.user_id) people.set(client, { id: origin.user_id, name: origin.display_name });
    }
    for (const client of removed) people.delete(client);
    if (added.some((client) => client !== awareness.clientID)) sendSoon();
  });
  awareness.setLocalStateField("user", { name: me.display_name });
  awareness.on("change", () => onChange?.());

  return {
    awareness,
    person: (clientId) => people.get(clientId) ?? null,
    /** The editors now on the page, ourselves left out: [{ id, name }]. */
    others: () =>
      [...awareness.getStates().keys()]
        .filter((client) => client !== awareness.clientID && people.has(client))
        .map((client) => people.get(client)),
    take(frame) {
      if (frame.space_id !== spaceId || frame.page_id !== pageId || left) return;
      applyAwarenessUpdate(awareness, fromBase64(frame.state), frame);
    },
    /** After a reconnect: the others lost our state with the old connection. */
    resend: sendSoon,
    leave() {
      removeAwarenessStates(awareness, [awareness.clientID], "local");
      send(); // "gone", at once
      left = true;
      awareness.destroy();
    },
  };
}
