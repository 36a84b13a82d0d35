// A topic's page: its posts, oldest first, page by page; who is writing a
// reply now; the reply box (with the post being quoted); and for teachers,
// pin and close. New posts, edits, reactions and removals arrive live. Posts
// shown here count as read: the server is told (a little after they arrive,
// so a busy topic costs one write for several posts), and every device of
// the reader then shows the same unread counts.

import { api } from "./api.js";
import { typingLine } from "./chat-typing.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { perform } from "./forms.js";
import { forumPost, quoteBlock } from "./forum-post.js";
import { freshReads } from "./fresh-reads.js";
import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { can } from "./policy.js";
import { COMMANDS, EVENTS, SIGNALS } from "./protocol.js";
import { richEditor } from "./rich-editor.js";
import { parseRich } from "./rich-text.js";
import { tabHref } from "./space-nav.js";

// Posts read at a glance: a page of the server's own size (POSTS_PAGE).
const PAGE = 30;
// A post on screen this long counts as read; later ones within it go with it.
const READ_AFTER_MS = 2_000;
// The server relays "is writing" at most every 3 s per topic; a little more
// here, so a signal is not dropped for arriving early.
const WRITING_EVERY_MS = 3_500;
// How much of a quoted post the reply box shows (the server's excerpt length).
const QUOTE_CHARS = 200;

export function forumThread(forum, threadId) {
  const { space, live } = forum;
  const fb = feedback();
  const posts = new Map(); // id -> forumPost
  const list = h("ol", { class: "posts" });
  const title = h("h2", { tabindex: -1, class: "thread-title" });
  const marks = h("p", { class: "thread-marks" });
  const back = h("a", { href: tabHref(space.id, "forum") }, t("forum.back"));
  const typing = typingLine();
  const moderation = h("div", { class: "actions thread-tools" });
  const composer = h("div", { class: "reply-holder" });
  const more = h(
    "button",
    {
      type: "button",
      class: "secondary",
      hidden: true,
      onclick: () => perform(more, fb, readMore),
    },
    t("forum.more_posts"),
  );
  let thread = null;
  let hasMore = false;
  let markedUpTo = 0;
  let readTimer = 0;
  let reply = null; // the reply box, once the topic is known

  const page = {
    space,
    live,
    tools: forum.tools,
    canReply: () => mayReply(),
    onQuote: (post) => reply?.quote(post),
    onRemoved: remove,
  };

  const reads = freshReads(async () => {
    const found = await api("GET", `/api/forum/threads/${threadId}?limit=${PAGE}`);
    showThread(found.thread);
    for (const post of found.posts) add(post);
    hasMore = found.more;
    more.hidden = !hasMore;
    markRead();
    return found.seq;
  }, apply);

  function mayReply() {
    if (!thread || thread.deleted || !can(space, "forum.reply")) return false;
    return !thread.locked || can(space, "forum.moderate"); // teachers still answer in a closed topic
  }

  function showThread(shown) {
    thread = { ...thread, ...shown };
    title.textContent = thread.title;
    const discussion = forum.discussion(thread.discussion_id);
    back.href = tabHref(space.id, "forum", "discussions", thread.discussion_id);
    back.textContent = t("forum.back_to", { title: discussion?.title ?? t("forum.title") });
    marks.replaceChildren(
      ...[
        thread.pinned && h("span", { class: "mark" }, icon("pin"), t("forum.pinned")),
        thread.locked && h("span", { class: "mark" }, icon("lock"), t("forum.locked_note")),
        thread.deleted && h("span", { class: "mark" }, t("forum.topic_deleted")),
      ].filter(Boolean),
    );
    marks.hidden = !marks.firstChild;
    showModeration();
    if (!reply && mayReply()) {
      reply = replyBox(page, threadId, fb, (post) => add(post));
      composer.replaceChildren(reply.element);
    }
    if (reply) reply.element.hidden = !mayReply();
    for (const entry of posts.values()) entry.show({});
  }

  /** Pin to the top and close for replies (teachers): each a button that says its state. */
  function showModeration() {
    moderation.replaceChildren();
    if (!can(space, "forum.moderate") || thread.deleted) return;
    const toggle = (command, field, on, off) => {
      const button = h(
        "button",
        {
          type: "button",
          class: "secondary small",
          "aria-pressed": String(thread[field]),
          onclick: () =>
            perform(button, fb, async () => {
              const changed = await live.command(
                command,
                { thread_id: threadId, [field]: !thread[field] },
                { retry: true },
              );
              showThread(changed);
            }),
        },
        icon(field === "pinned" ? "pin" : "lock"),
        thread[field] ? off : on,
      );
      return button;
    };
    moderation.append(
      toggle(COMMANDS.forum.PIN, "pinned", t("forum.pin"), t("forum.unpin")),
      toggle(COMMANDS.forum.LOCK, "locked", t("forum.lock"), t("forum.unlock")),
    );
  }

  /** Shows a post once, in id order, whichever way it came (page, event, one's own reply). */
  function add(post) {
    const shown = posts.get(post.id);
    if (shown) {
      shown.show(post);
      return;
    }
    const entry = forumPost(post, page, fb);
    posts.set(post.id, entry);
    const next = [...list.children].find((li) => Number(li.dataset.id) > post.id) ?? null;
    list.insertBefore(entry.element, next);
  }

  function remove(id) {
    const entry = posts.get(id);
    if (!entry) return;
    const hadFocus = entry.element.contains(document.activeElement);
    entry.element.remove();
    posts.delete(id);
    if (hadFocus) title.focus(); // the focused button has gone with its post
  }

  async function readMore() {
    const after = Math.max(...posts.keys());
    const found = await api("GET", `/api/forum/threads/${threadId}?after=${after}&limit=${PAGE}`);
    for (const post of found.posts) add(post);
    hasMore = found.more;
    more.hidden = !hasMore;
    markRead();
  }

  function apply(frame) {
    const data = frame.data;
    const about = frame.kind === EVENTS.forum.THREAD ? data.thread.id : (data.thread_id ?? data.id);
    if (about !== threadId) return;
    if (frame.kind === EVENTS.forum.POST) {
      typing.stopped(data.author.id);
      // A later page is still to be read: the post will come with it.
      if (hasMore && !posts.has(data.id)) return;
      add(data);
      clearTimeout(readTimer);
      readTimer = setTimeout(markRead, READ_AFTER_MS);
    } else if (frame.kind === EVENTS.forum.THREAD) {
      showThread(data.thread); // one's own topic, approved
      add(data.post);
    } else if (frame.kind === EVENTS.forum.THREAD_CHANGED) {
      showThread(data);
    } else if (frame.kind === EVENTS.forum.EDITED) {
      posts.get(data.id)?.show(data);
    } else if (frame.kind === EVENTS.forum.REJECTED) {
      posts.get(data.id)?.show({ status: "rejected", note: data.note });
    } else if (frame.kind === EVENTS.forum.REACTIONS) {
      posts.get(data.post_id)?.reactions(data);
    } else if (frame.kind === EVENTS.forum.DELETED) {
      remove(data.id);
    }
  }

  /** Tells the server how far the reader has read, when this page is on screen. */
  function markRead() {
    clearTimeout(readTimer);
    if (!onScreen() || hasMore) return;
    const newest = Math.max(0, ...[...posts.values()].filter(published).map((p) => p.post().id));
    if (newest <= markedUpTo) return;
    markedUpTo = newest;
    live
      .command(COMMANDS.forum.MARK_READ, { thread_id: threadId, post_id: newest }, { retry: true })
      .catch((error) => fb.error(error));
  }

  function onScreen() {
    return element.isConnected && !element.closest("[hidden]");
  }

  const element = h(
    "div",
    { class: "forum-page thread" },
    h("p", { class: "breadcrumb" }, back),
    title,
    marks,
    moderation,
    fb.element,
    list,
    more,
    typing.element,
    composer,
  );
  return {
    element,
    ready: reads.reread().catch((error) => {
      if (error.code !== "not_found") throw error;
      title.textContent = t("notfound.title");
      fb.error(error);
    }),
    take: reads.take,
    again: () => markRead(),
    leave: () => markRead(),
    reading: (id) => id === threadId && onScreen(),
    writing(frame) {
      if (frame.thread_id === threadId) typing.typing(frame.user_id, frame.display_name);
    },
  };
}

function published(entry) {
  return entry.post().status === "visible";
}

/** The reply box under a topic: the post it quotes, the editor, Send. */
function replyBox(page, threadId, pageFb, onPosted) {
  const { space, live } = page;
  const fb = feedback();
  let quoting = null;
  let lastWriting = 0;
  const quoteHolder = h("div", { class: "reply-quote" });
  const editor = richEditor({
    label: t("forum.reply_label"),
    placeholder: t("forum.reply_placeholder"),
    hint: t("forum.reply_hint"),
    onSubmit: () => form.requestSubmit(),
    onInput: () => {
      if (editor.isEmpty() || Date.now() - lastWriting < WRITING_EVERY_MS) return;
      lastWriting = Date.now();
      live
        .command(SIGNALS.FORUM_WRITING, { space_id: space.id, thread_id: threadId })
        .catch(() => {});
    },
  });
  const form = h(
    "form",
    { class: "card reply-form", "aria-label": t("forum.reply_title") },
    h("h3", {}, t("forum.reply_title")),
    quoteHolder,
    editor.element,
    fb.element,
    h(
      "div",
      { class: "actions" },
      h("button", { type: "submit", class: "primary big" }, icon("reply"), t("forum.reply_send")),
    ),
  );
  form.noValidate = true;

  function showQuote() {
    quoteHolder.replaceChildren();
    if (!quoting) return;
    quoteHolder.append(
      quoteBlock(quoting),
      h(
        "button",
        {
          type: "button",
          class: "secondary small",
          onclick: () => {
            quoting = null;
            showQuote();
            editor.focus();
          },
        },
        t("forum.quote_drop"),
      ),
    );
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (editor.isEmpty()) {
      fb.warn(t("forum.reply_empty"));
      editor.focus();
      return;
    }
    perform(form, fb, async () => {
      const sent = await live.command(
        COMMANDS.forum.REPLY,
        { thread_id: threadId, body: editor.html(), quote_of: quoting?.id ?? null },
        { retry: true },
      );
      onPosted(sent);
      editor.setHtml("");
      lastWriting = 0; // the next words are a new reply
      quoting = null;
      showQuote();
      if (sent.status === "held") fb.success(t("forum.reply_held"));
      pageFb.clear();
    });
  });

  return {
    element: form,
    /** Quotes the start of post above the reply, and moves to the box. */
    quote(post) {
      const words = parseRich(post.body).textContent;
      const excerpt = words.length > QUOTE_CHARS ? `${words.slice(0, QUOTE_CHARS - 1)}…` : words;
      quoting = { id: post.id, author: post.author, excerpt };
      showQuote();
      editor.focus();
      form.scrollIntoView({ block: "nearest" });
    },
  };
}
