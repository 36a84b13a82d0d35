// A shared page's Yjs document kept in step with the server over the space's
// live connection (docs/protocol.md, "Pages"). Opening sends what the
// document already holds (its state vector) and applies what the server
// answers; then what the server lacks goes back. Every local change is sent
// as a page.update, one at a time: changes made while one is on its way are
// merged and go next, so a fast typist sends a few frames a second, not one
// per key, and stays well inside the socket's frame rate. An ack means the
// server stored it. After a reconnect the page is opened again the same way,
// which also sends whatever was not acknowledged: nothing typed offline is lost.

import { COMMANDS } from "./protocol.js";
import {
  applyUpdate,
  encodeStateAsUpdate,
  encodeStateVector,
  fromBase64,
  mergeUpdates,
  toBase64,
} from "./vendor/editor.js";

// What the server sent: applied without being sent back.
const FROM_SERVER = Symbol("from the server");
// At most one update this often: keys typed meanwhile go together. About
// seven frames a second at most, half the socket's 15 a second, leaving room
// for cursors and the rest of the page.
const SEND_EVERY_MS = 150;
// An update with nothing in it (no new items, no deletions) is two zero bytes.
const EMPTY_UPDATE_BYTES = 2;

/**
 * doc: the page's Y.Doc. onStatus(status) hears "opening", "saving", "saved",
 * "offline" or "failed"; onError(error) hears what the server refused.
 * Returns { open, take(frame), disconnected, close }: open() (again after
 * every reconnect) resolves once the document holds the page; take(frame)
 * applies a page.update event; disconnected() says the connection is gone;
 * close() stops following the page.
 */
export function pageSync(live, { spaceId, pageId, doc, onStatus, onError }) {
  let pending = []; // local updates not yet sent
  let sending = false;
  let opened = false;
  let everOpened = false;
  let lastSent = 0;
  let timer = 0;
  let closed = false;

  function status() {
    if (!opened) return;
    onStatus(sending || pending.length ? "saving" : "saved");
  }

  doc.on("update", (update, origin) => {
    if (origin === FROM_SERVER || closed) return;
    pending.push(update);
    status();
    send();
  });

  function send() {
    if (!opened || sending || !pending.length || closed) return;
    const wait = lastSent + SEND_EVERY_MS - Date.now();
    if (wait > 0) {
      clearTimeout(timer);
      timer = setTimeout(send, wait);
      return;
    }
    const update = pending.length === 1 ? pending[0] : mergeUpdates(pending);
    pending = [];
    sending = true;
    lastSent = Date.now();
    live
      .command(COMMANDS.page.UPDATE, { page_id: pageId, update: toBase64(update) })
      .then(() => {
        sending = false;
        status();
        send();
      })
      .catch((error) => {
        sending = false;
        refused(update, error);
      });
  }

  function refused(update, error) {
    if (error.code === "network") {
      // Opening the page again after the reconnect sends it (and all since).
      opened = false;
      onStatus("offline");
    } else if (error.code === "rate_limited") {
      pending.unshift(update);
      clearTimeout(timer);
      timer = setTimeout(send, (error.details.retry_after ?? 1) * 1000);
    } else {
      opened = false; // the server would refuse what follows too
      onStatus("failed");
      onError(error);
    }
  }

  async function open() {
    opened = false;
    let answer;
    try {
      answer = await live.command(COMMANDS.page.OPEN, {
        space_id: spaceId,
        page_id: pageId,
        state_vector: toBase64(encodeStateVector(doc)),
      });
    } catch (error) {
      // Before the first opening the page is still "opening" (connecting).
      if (error.code !== "network") onStatus("failed");
      else if (everOpened) onStatus("offline");
      throw error;
    }
    if (closed) return;
    everOpened = true;
    applyUpdate(doc, fromBase64(answer.update), FROM_SERVER);
    // Everything the server lacks, whatever was pending or unacknowledged.
    const missing = encodeStateAsUpdate(doc, fromBase64(answer.state_vector));
    pending = missing.length > EMPTY_UPDATE_BYTES ? [missing] : [];
    opened = true;
    status();
    send();
  }

  return {
    open,
    disconnected() {
      if (!everOpened || closed) return;
      opened = false; // until open() after the reconnect
      onStatus("offline");
    },
    take(frame) {
      if (frame.data.page_id !== pageId || closed) return;
      applyUpdate(doc, fromBase64(frame.data.update), FROM_SERVER);
    },
    close() {
      closed = true;
      clearTimeout(timer);
      live
        .command(COMMANDS.page.CLOSE, { space_id: spaceId, page_id: pageId })
        .catch(() => {}); // a connection that is gone follows nothing
    },
  };
}
