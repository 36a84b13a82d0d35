// A part of the page read over HTTP, then kept up to date from the space's
// events. Each read says the space's seq it was made at; an event that read
// already saw (seq at or below it) is dropped, and events that come while a
// read runs wait for it, then go on if the read did not see them. So nothing
// is counted twice or missed, whichever comes first.

/**
 * read() resolves to the seq it read at; apply(frame) takes a newer event
 * (and may ask for reread()). Returns { reread, take }: reread() runs read()
 * now, or once more after the read in progress; take(frame) hands it an event.
 */
export function freshReads(read, apply) {
  let seen = 0;
  let waiting = null; // events that came during a read
  let again = false;
  let running = null;

  async function run() {
    do {
      again = false;
      waiting ??= [];
      seen = Math.max(seen, await read());
      const queued = waiting;
      waiting = null;
      for (const frame of queued) if (frame.seq > seen) apply(frame);
    } while (again);
  }

  return {
    reread() {
      if (running) {
        again = true;
        return running;
      }
      running = run().finally(() => {
        running = null;
        waiting = null;
      });
      return running;
    },
    take(frame) {
      if (waiting) waiting.push(frame);
      else if (frame.seq > seen) apply(frame);
    },
  };
}
