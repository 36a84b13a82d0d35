// One discussion's topics: pinned ones first, then the latest active, each
// with its replies, its marks (pinned, closed, waiting for a teacher) and
// how many of its posts the reader has not read; and the form to start a
// topic, for those who may. Read anew when the discussion changes, so the
// unread counts are the server's own.

import { api } from "./api.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { field, perform, text } from "./forms.js";
import { freshReads } from "./fresh-reads.js";
import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { can } from "./policy.js";
import { COMMANDS, EVENTS } from "./protocol.js";
import { richEditor } from "./rich-editor.js";
import { go } from "./router.js";
import { tabHref } from "./space-nav.js";
import { timeText } from "./when.js";

// A reaction or an edit changes nothing in the list of topics.
const QUIET = new Set([EVENTS.forum.REACTIONS, EVENTS.forum.EDITED]);

/**
 * Whether the viewer may start a topic: "can" says so, with the space's forum
 * settings already counted (whether pupils may start topics).
 */
export function mayStartTopics(space) {
  return can(space, "forum.thread_create");
}

export function forumThreads(forum, discussionId) {
  const { space } = forum;
  const fb = feedback();
  const title = h("h2", { tabindex: -1 }, forum.discussion(discussionId)?.title ?? "");
  const description = h("p", { class: "description" });
  const list = h("ul", { class: "threads", "data-empty": t("forum.no_topics") });
  const starter = h("div", { class: "topic-starter" });
  const more = h(
    "button",
    {
      type: "button",
      class: "secondary",
      hidden: true,
      onclick: () =>
        perform(more, fb, async () => {
          pages += 1;
          await reads.reread();
        }),
    },
    t("forum.more_topics"),
  );
  let pages = 1;

  const reads = freshReads(
    async () => {
      let seq = 0;
      const threads = [];
      for (let page = 1; page <= pages; page += 1) {
        const found = await api("GET", `/api/forum/discussions/${discussionId}?page=${page}`);
        seq = Math.max(seq, found.seq);
        threads.push(...found.threads);
        title.textContent = found.discussion.title;
        description.textContent = found.discussion.description;
        more.hidden = !found.more;
      }
      list.replaceChildren(...threads.map((thread) => threadRow(space, thread)));
      return seq;
    },
    (frame) => {
      if (!QUIET.has(frame.kind)) reads.reread().catch((error) => fb.error(error));
    },
  );

  function showStarter() {
    starter.replaceChildren();
    if (mayStartTopics(space)) starter.append(topicStarter(forum, discussionId));
    else if (can(space, "forum.thread_create")) {
      starter.append(h("p", { class: "note" }, t("forum.pupils_may_not_start")));
    }
  }
  showStarter();

  const element = h(
    "div",
    { class: "forum-page" },
    h("p", { class: "breadcrumb" }, h("a", { href: tabHref(space.id, "forum") }, t("forum.back"))),
    title,
    description,
    fb.element,
    starter,
    list,
    more,
  );
  return {
    element,
    ready: reads.reread().catch((error) => fb.error(error)),
    take: reads.take,
    again() {
      showStarter();
      return reads.reread().catch((error) => fb.error(error));
    },
  };
}

function threadRow(space, thread) {
  return h(
    "li",
    { class: "thread-row", "data-status": thread.status },
    h(
      "a",
      { href: tabHref(space.id, "forum", thread.id), class: "thread-link" },
      h("span", { class: "thread-title" }, thread.title),
      h(
        "span",
        { class: "thread-marks" },
        thread.pinned && h("span", { class: "mark" }, icon("pin"), t("forum.pinned")),
        thread.locked && h("span", { class: "mark" }, icon("lock"), t("forum.locked")),
        thread.status === "held" && h("span", { class: "mark held" }, t("chat.held")),
        thread.unread > 0 &&
          h("span", { class: "badge unread" }, t("forum.unread", { count: thread.unread })),
      ),
      h(
        "span",
        { class: "thread-meta" },
        thread.author.display_name,
        " · ",
        t("forum.replies", { count: thread.replies }),
        " · ",
        h("time", { datetime: thread.last_post_at }, timeText(thread.last_post_at)),
      ),
    ),
  );
}

/** "Start a topic": a button that opens the form for a title and the first post. */
function topicStarter(forum, discussionId) {
  const { space, live } = forum;
  const fb = feedback();
  const opener = h(
    "button",
    { type: "button", class: "primary big", onclick: () => open() },
    icon("plus"),
    t("forum.topic_new"),
  );
  const holder = h("div", {}, opener);

  function open() {
    const editor = richEditor({
      label: t("forum.topic_body"),
      placeholder: t("forum.topic_placeholder"),
      onSubmit: () => form.requestSubmit(),
    });
    const titleField = field({ label: t("forum.topic_title"), name: "title", maxlength: 200 });
    const form = h(
      "form",
      { class: "card topic-form", "aria-label": t("forum.topic_new") },
      fb.element,
      titleField,
      editor.element,
      h(
        "div",
        { class: "actions" },
        h("button", { type: "submit", class: "primary" }, t("forum.topic_submit")),
        h("button", { type: "button", class: "secondary", onclick: close }, t("chat.cancel")),
      ),
    );
    form.noValidate = true;
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const title = text(new FormData(form), "title");
      if (!title || editor.isEmpty()) {
        fb.warn(t("forum.topic_incomplete"));
        (title ? editor : titleField.querySelector("input")).focus();
        return;
      }
      perform(form, fb, async () => {
        const made = await live.command(
          COMMANDS.forum.THREAD_CREATE,
          { discussion_id: discussionId, title, body: editor.html() },
          { retry: true },
        );
        go(tabHref(space.id, "forum", made.thread.id));
      });
    });
    function close() {
      holder.replaceChildren(opener);
      opener.focus();
    }
    holder.replaceChildren(form);
    titleField.querySelector("input").focus();
  }

  return holder;
}
