// The live connection (/ws, authenticated by the session cookie). Every
// command gets a fresh id and its promise settles with the server's ack or
// error. After a drop the connection comes back by itself (backoff with
// jitter); commands sent with { retry: true } wait for it and go again with
// the SAME id, which the server applies once: nothing lost, nothing doubled.

import { ApiError, reportUnauthenticated } from "./api.js";
import { t } from "./i18n.js";

const FIRST_DELAY_MS = 500;
const LONGEST_DELAY_MS = 10_000;
// A socket can die without a close (a tablet leaving the Wi-Fi): a ping
// unanswered for a while means it is gone.
const PING_EVERY_MS = 25_000;
const PING_TIMEOUT_MS = 10_000;
const CLOSE_UNAUTHENTICATED = 4001;
const CLOSE_MEMBERSHIP_CHANGED = 4003;

/** An id no earlier page of this user used: the server remembers ids. */
function commandId() {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function notConnected() {
  return new ApiError(0, { code: "network", message: t("error.network") });
}

/**
 * Opens the connection. on(type, fn) listens to "status" (connecting,
 * connected, reconnecting, offline), "open" (after every hello),
 * "membership" (the viewer's role in a space changed, or their membership
 * ended: a "seat" or "unsubscribed" frame, or a 4003 close) and server
 * frames by type ("event", "presence", "typing"); close() ends it for good.
 */
export function connectLive() {
  const listeners = new Map();
  const waiting = new Map(); // id -> { frame, retry, resolve, reject }
  let socket = null;
  let status = "connecting";
  let delay = FIRST_DELAY_MS;
  let reconnectTimer = 0;
  let pingTimer = 0;
  let ended = false;

  function emit(type, value) {
    for (const listener of listeners.get(type) ?? []) listener(value);
  }

  function setStatus(next) {
    status = next;
    emit("status", next);
  }

  function open() {
    clearTimeout(reconnectTimer);
    if (ended || socket) return;
    if (!navigator.onLine) {
      setStatus("offline");
      return;
    }
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const ws = new WebSocket(`${scheme}://${location.host}/ws`);
    socket = ws;
    ws.addEventListener("message", (message) => {
      if (ws !== socket) return;
      // Frames that waited together arrive as one array (docs/protocol.md).
      const data = JSON.parse(message.data);
      for (const frame of Array.isArray(data) ? data : [data]) receive(ws, frame);
    });
    ws.addEventListener("close", (event) => {
      if (ws === socket) lost(event.code);
    });
  }

  function receive(ws, frame) {
    if (frame.type === "hello") greeted(ws);
    else if (frame.type === "ack" || frame.type === "error") answered(frame);
    else if (frame.type === "seat" || frame.type === "unsubscribed") emit("membership");
    else emit(frame.type, frame);
  }

  function greeted(ws) {
    delay = FIRST_DELAY_MS;
    setStatus("connected");
    // Writes still waiting go first, so their acks come before any replay.
    for (const [id, command] of waiting) ws.send(JSON.stringify({ ...command.frame, id }));
    keepAlive(ws);
    emit("open");
  }

  function answered(frame) {
    const command = waiting.get(frame.ref);
    if (!command) return;
    if (frame.type === "error" && frame.code === "busy" && command.retry) {
      // The server is behind and did not keep it: the same frame again soon.
      const ws = socket;
      const again = () => ws === socket && ws?.send(JSON.stringify({ ...command.frame, id: frame.ref }));
      setTimeout(again, (frame.retry_after ?? 1) * 1000);
      return;
    }
    waiting.delete(frame.ref);
    if (frame.type === "ack") command.resolve(frame.result);
    else command.reject(new ApiError(0, frame));
  }

  function lost(code) {
    socket = null;
    clearTimeout(pingTimer);
    for (const [id, command] of waiting) {
      if (command.retry) continue;
      waiting.delete(id);
      command.reject(notConnected());
    }
    if (ended) return;
    if (code === CLOSE_UNAUTHENTICATED) {
      close();
      reportUnauthenticated();
      return;
    }
    if (code === CLOSE_MEMBERSHIP_CHANGED) emit("membership");
    if (!navigator.onLine) {
      setStatus("offline"); // "online" brings it back
      return;
    }
    setStatus("reconnecting");
    reconnectTimer = setTimeout(open, delay / 2 + (Math.random() * delay) / 2);
    delay = Math.min(delay * 2, LONGEST_DELAY_MS);
  }

  /** Stops listening to the current socket and closes it; lost() decides what next. */
  function drop() {
    const ws = socket;
    if (!ws) return;
    ws.close();
    lost(1000);
  }

  function keepAlive(ws) {
    pingTimer = setTimeout(() => {
      const deadline = setTimeout(() => ws === socket && drop(), PING_TIMEOUT_MS);
      command("ping", {})
        .then(() => ws === socket && keepAlive(ws))
        .catch(() => {})
        .finally(() => clearTimeout(deadline));
    }, PING_EVERY_MS);
  }

  function command(type, payload, { retry = false } = {}) {
    return new Promise((resolve, reject) => {
      if (!retry && status !== "connected") {
        reject(notConnected());
        return;
      }
      const id = commandId();
      const frame = { type, ...payload };
      waiting.set(id, { frame, retry, resolve, reject });
      if (status === "connected") socket.send(JSON.stringify({ ...frame, id }));
    });
  }

  // Browsers keep a socket open when the network goes: close it at once and
  // wait for the network instead of retrying into nothing.
  const wentOffline = () => drop();
  const cameOnline = () => {
    delay = FIRST_DELAY_MS;
    open();
  };

  function close() {
    ended = true;
    status = "closed";
    clearTimeout(reconnectTimer);
    clearTimeout(pingTimer);
    window.removeEventListener("offline", wentOffline);
    window.removeEventListener("online", cameOnline);
    socket?.close(1000);
    socket = null;
    waiting.clear();
  }

  window.addEventListener("offline", wentOffline);
  window.addEventListener("online", cameOnline);
  open();

  return {
    on(type, listener) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
    status: () => status,
    command,
    close,
  };
}
