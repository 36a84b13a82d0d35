// One space's events over the live connection, each handed once, in seq
// order, to every section of the page that follows the space (the chat,
// the review panel). The sections load over HTTP first, one after another:
// the chat reads the space's seq before its messages, and what the later
// sections load is newer still. The feed remembers the newest seq it handed
// on and subscribes from there after every (re)connect, so the server
// replays exactly what was missed; when the gap was too long to replay, the
// sections load anew. Once subscribed, each section hears followed(): what
// it follows inside the space (a shared page open in its editor) it opens
// again on the new connection.

/**
 * sections: [{ load, apply(frame), followed? }]; load() resolves to the
 * space's seq it read at, or to nothing, and the first section's does.
 * Resolves once loaded.
 */
export async function followSpace(live, spaceId, sections, onError) {
  async function loadAll() {
    let seq = Infinity;
    for (const section of sections) seq = Math.min(seq, (await section.load()) ?? Infinity);
    return seq;
  }

  let last = await loadAll();

  async function subscribe() {
    try {
      const result = await live.command("subscribe", { space_id: spaceId, last_seq: last });
      if (result.resync) {
        last = Math.max(last, result.seq);
        await loadAll();
      }
      for (const section of sections) section.followed?.();
    } catch (error) {
      if (error.code !== "network") onError(error);
    }
  }

  live.on("open", subscribe);
  live.on("event", (frame) => {
    if (frame.space_id !== spaceId || frame.seq <= last) return;
    last = frame.seq;
    for (const section of sections) section.apply(frame);
  });
  if (live.status() === "connected") subscribe();
}
