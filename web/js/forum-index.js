// The forums' first page: the space's discussions as big cards, each with
// its number of topics and of posts the reader has not read; a search box;
// and for teachers, a form to add a discussion. The list is read anew when
// the forums change, so its counts are the server's own.

import { api } from "./api.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { field, onSubmit, perform, text } from "./forms.js";
import { freshReads } from "./fresh-reads.js";
import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { can } from "./policy.js";
import { COMMANDS, EVENTS } from "./protocol.js";
import { go } from "./router.js";
import { tabHref } from "./space-nav.js";

// A reaction or an edit changes no count on this page.
const QUIET = new Set([EVENTS.forum.REACTIONS, EVENTS.forum.EDITED, EVENTS.forum.REJECTED]);

/** forum: what forum.js shares with its pages (space, live, discussions...). */
export function forumIndex(forum) {
  const { space, live } = forum;
  const fb = feedback();
  const list = h("ul", { class: "discussions", "data-empty": t("forum.no_discussions") });
  const reads = freshReads(
    async () => {
      const index = await api("GET", `/api/spaces/${space.id}/forum`);
      list.replaceChildren(...index.discussions.map((d) => discussionCard(forum, d, fb)));
      return index.seq;
    },
    (frame) => {
      if (!QUIET.has(frame.kind)) reads.reread().catch((error) => fb.error(error));
    },
  );
  const element = h(
    "div",
    { class: "forum-page" },
    h(
      "div",
      { class: "forum-head" },
      h("h2", { tabindex: -1 }, t("forum.title")),
      searchForm(space),
    ),
    h("p", { class: "lead" }, t("forum.intro")),
    fb.element,
    list,
    can(space, "forum.discussion_manage") && newDiscussion(space, live),
  );
  return {
    element,
    ready: reads.reread().catch((error) => fb.error(error)),
    take: reads.take,
    again: () => reads.reread().catch((error) => fb.error(error)),
  };
}

function discussionCard(forum, discussion, fb) {
  const { space, live } = forum;
  const remove =
    can(space, "forum.discussion_manage") &&
    h(
      "button",
      {
        type: "button",
        class: "danger small",
        "aria-label": t("forum.discussion_delete_named", { title: discussion.title }),
        onclick: (event) => {
          if (!window.confirm(t("forum.discussion_delete_confirm", { title: discussion.title })))
            return;
          perform(event.currentTarget, fb, () =>
            live.command(
              COMMANDS.forum.DISCUSSION_DELETE,
              { discussion_id: discussion.id },
              { retry: true },
            ),
          );
        },
      },
      t("forum.discussion_delete"),
    );
  return h(
    "li",
    { class: "card discussion" },
    h(
      "h3",
      {},
      h(
        "a",
        { href: tabHref(space.id, "forum", "discussions", discussion.id) },
        icon("forum"),
        discussion.title,
      ),
    ),
    discussion.description && h("p", { class: "description" }, discussion.description),
    h(
      "p",
      { class: "meta" },
      h("span", { class: "badge muted" }, t("forum.topics", { count: discussion.threads })),
      discussion.unread > 0 &&
        h("span", { class: "badge unread" }, t("forum.unread", { count: discussion.unread })),
      remove,
    ),
  );
}

/** Search in the space's forums; the results have their own address, for the back button. */
function searchForm(space) {
  const id = `forum-search-${space.id}`;
  const input = h("input", {
    id,
    type: "search",
    name: "q",
    enterkeyhint: "search",
    placeholder: t("forum.search_label"),
  });
  const form = h(
    "form",
    { role: "search", class: "forum-search", "aria-label": t("forum.search") },
    h("label", { for: id, class: "visually-hidden" }, t("forum.search_label")),
    input,
    h("button", { type: "submit", class: "secondary" }, icon("search"), t("forum.search_button")),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const words = input.value.trim();
    if (words) go(tabHref(space.id, "forum", "search", encodeURIComponent(words)));
  });
  return form;
}

/** Teachers add a discussion: a title and a few words about it. */
function newDiscussion(space, live) {
  const fb = feedback();
  const form = h(
    "form",
    {},
    fb.element,
    field({ label: t("forum.discussion_title"), name: "title", maxlength: 200 }),
    field({
      label: t("forum.discussion_description"),
      name: "description",
      multiline: true,
      rows: 2,
      maxlength: 2000,
    }),
    h("button", { type: "submit", class: "primary" }, icon("plus"), t("forum.discussion_create")),
  );
  onSubmit(form, fb, async (data) => {
    await live.command(
      COMMANDS.forum.DISCUSSION_CREATE,
      { space_id: space.id, title: text(data, "title"), description: text(data, "description") },
      { retry: true },
    );
    form.reset();
    fb.success(t("forum.discussion_created"));
  });
  return h(
    "details",
    { class: "card new-discussion" },
    h("summary", {}, t("forum.discussion_new")),
    form,
  );
}
