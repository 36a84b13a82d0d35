// One space's events over the live connection, each handed on once, in seq
// order. The feed remembers the newest seq it handed on and subscribes from
// there after every (re)connect, so the server replays exactly what was
// missed. When the gap was too long to replay, onResync reloads over HTTP.

export function followSpace(live, spaceId, seq, { onEvent, onResync, onError }) {
  let last = seq;

  async function subscribe() {
    try {
      const result = await live.command("subscribe", { space_id: spaceId, last_seq: last });
      if (!result.resync) return;
      last = Math.max(last, result.seq);
      await onResync();
    } catch (error) {
      if (error.code !== "network") onError(error);
    }
  }

  live.on("open", subscribe);
  live.on("event", (frame) => {
    if (frame.space_id !== spaceId || frame.seq <= last) return;
    last = frame.seq;
    onEvent(frame);
  });
  if (live.status() === "connected") subscribe();
}
