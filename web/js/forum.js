// The forums of a space, in its "forum" tab: the discussions
// (#/spaces/7/forum), a discussion's topics (forum/discussions/3), a topic
// with its posts (forum/12) and search results (forum/search/WORDS). The
// section follows the space from the start, to keep the tab's count of
// unread posts; the page inside it is built when it is shown, and reads what
// it shows over HTTP before it follows the events.

import { api } from "./api.js";
import { h } from "./dom.js";
import { forumIndex } from "./forum-index.js";
import { forumSearch } from "./forum-search.js";
import { forumThread } from "./forum-thread.js";
import { forumThreads } from "./forum-threads.js";
import { freshReads } from "./fresh-reads.js";
import { t } from "./i18n.js";
import { missingPage } from "./missing-page.js";
import { EVENTS, SIGNALS } from "./protocol.js";
import { user } from "./session.js";

const FORUM_EVENTS = new Set(Object.values(EVENTS.forum));
// Events after which the unread count is read anew rather than worked out:
// posts read on another device, posts or topics taken away, discussions gone.
const RECOUNT = new Set([
  EVENTS.forum.READ,
  EVENTS.forum.DELETED,
  EVENTS.forum.THREAD_CHANGED,
  EVENTS.forum.DISCUSSION,
]);

/**
 * tools(post, { fb, onRemoved }): the viewer's actions on others' posts (see
 * message-tools.js); onUnread(count) hears the number of unread posts.
 * Returns { element, load, apply, show(path) } for the space's page.
 */
export function forumSection(space, live, tools, onUnread) {
  const element = h("section", { class: "forum", "aria-label": t("forum.title") });
  const forum = {
    space,
    live,
    tools,
    discussions: [], // as the last read of the index had them
    discussion: (id) => forum.discussions.find((d) => d.id === id),
    recount: () => unread.reread(),
  };
  let current = null; // { path, page } shown in the tab
  let count = 0; // unread posts
  let readAt = 0; // the seq of the last read of the index

  const unread = freshReads(
    async () => {
      const index = await api("GET", `/api/spaces/${space.id}/forum`);
      forum.discussions = index.discussions;
      count = index.discussions.reduce((sum, d) => sum + d.unread, 0);
      onUnread(count);
      readAt = index.seq;
      return index.seq;
    },
    (frame) => {
      if (RECOUNT.has(frame.kind)) unread.reread().catch(() => {});
      else if (isNewToMe(frame) && !current?.page.reading?.(threadOf(frame))) onUnread(++count);
    },
  );

  live.on(SIGNALS.FORUM_WRITING, (frame) => {
    if (frame.space_id === space.id && frame.user_id !== user().id) current?.page.writing?.(frame);
  });

  /** The page of the forum that path names. */
  function pageFor(path) {
    const [first, second] = path.split("/");
    if (!first) return forumIndex(forum);
    if (first === "discussions" && /^\d+$/.test(second)) return forumThreads(forum, Number(second));
    if (first === "search") return forumSearch(forum, decodeURIComponent(second ?? ""));
    if (/^\d+$/.test(first) && second === undefined) return forumThread(forum, Number(first));
    return missingPage();
  }

  return {
    element,
    load: async () => {
      await unread.reread();
      return readAt;
    },
    apply(frame) {
      if (frame.kind === EVENTS.space.SETTINGS) {
        space.settings = frame.data.settings; // who may start topics may have changed
        current?.page.again?.();
      }
      if (!FORUM_EVENTS.has(frame.kind)) return;
      unread.take(frame);
      current?.page.take(frame);
    },
    /** Shows the page at path (the part of the address after "forum/"). */
    async show(path) {
      if (current?.path === path) {
        await current.page.again?.();
        return;
      }
      current?.page.leave?.();
      const page = pageFor(path);
      current = { path, page };
      element.replaceChildren(page.element);
      await page.ready;
    },
  };
}

/** A published post or topic of someone else: one more to read. */
function isNewToMe(frame) {
  const post = frame.kind === EVENTS.forum.THREAD ? frame.data.post : frame.data;
  const counted = frame.kind === EVENTS.forum.POST || frame.kind === EVENTS.forum.THREAD;
  return counted && post.status === "visible" && post.author.id !== user().id;
}

function threadOf(frame) {
  return frame.kind === EVENTS.forum.THREAD ? frame.data.thread.id : frame.data.thread_id;
}
