// One post of a topic: who wrote it and when, the post it quotes, its rich
// text (read through the schema of rich-text.js, never set as HTML), the
// mark of one's own post that waits for a teacher or was not published,
// the reactions, and what the viewer may do: reply quoting it, edit or
// delete their own, see earlier versions (teachers), report or remove.

import { api } from "./api.js";
import { append, h } from "./dom.js";
import { feedback } from "./feedback.js";
import { perform } from "./forms.js";
import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { formOpen, itemAction } from "./item-action.js";
import { can } from "./policy.js";
import { COMMANDS } from "./protocol.js";
import { richEditor } from "./rich-editor.js";
import { renderRich } from "./rich-text.js";
import { user } from "./session.js";
import { timeText } from "./when.js";

/** The server's reactions (twinspace/forums/schemas.py, REACTIONS), each
 * with a name for those who hear the page rather than see it. */
function reactionNames() {
  return [
    ["👍", t("forum.reaction_like")],
    ["❤️", t("forum.reaction_love")],
    ["😄", t("forum.reaction_funny")],
    ["😮", t("forum.reaction_wow")],
    ["🎉", t("forum.reaction_party")],
  ];
}

/**
 * page: { space, live, tools, canReply(), onQuote(post), onRemoved(id) }
 * from the topic's page; fb shows what the actions did.
 */
export function forumPost(post, page, fb) {
  const { space, live } = page;
  const mine = post.author.id === user().id;
  const author = h("strong", { class: "post-author" }, post.author.display_name);
  const when = h("span", { class: "post-when" });
  const quote = h("div", { class: "post-quote-holder" });
  const body = h("div", { class: "rich-text post-body" });
  const mark = h("p", { class: "post-mark" });
  const reactions = reactionButtons(post, page, fb);
  const quoteButton = itemAction(
    {
      label: t("forum.quote_reply"),
      className: "small secondary",
      run: () => page.onQuote(current),
    },
    fb,
  );
  const editButton =
    mine && can(space, "forum.reply") && itemAction({ label: t("chat.edit"), form: editor }, fb);
  const deleteButton =
    mine &&
    itemAction(
      {
        label: t("chat.delete"),
        confirm: t("forum.delete_confirm"),
        run: async () => {
          await live.command(COMMANDS.forum.DELETE, { post_id: current.id }, { retry: true });
          page.onRemoved(current.id);
        },
      },
      fb,
    );
  const historyButton =
    can(space, "forum.moderate") && itemAction({ label: t("forum.history"), form: history }, fb);
  const actions = h(
    "div",
    { class: "post-actions" },
    quoteButton,
    editButton,
    deleteButton,
    historyButton,
    mine
      ? []
      : page.tools(post, { fb, onRemoved: page.onRemoved }).map((tool) => itemAction(tool, fb)),
  );
  const element = h(
    "li",
    { class: mine ? "post mine" : "post", "data-id": post.id },
    h(
      "article",
      { "aria-label": t("forum.post_by", { name: post.author.display_name }) },
      h(
        "p",
        { class: "post-meta" },
        h("span", { class: "avatar", "aria-hidden": "true" }, initial(post)),
        author,
        when,
      ),
      quote,
      body,
      mark,
      reactions.element,
      actions,
    ),
  );
  let current = {};

  /** Shows the post; a part of one (an edit, a new status) updates what is shown. */
  function show(shown) {
    const bodyChanged = shown.body !== undefined && shown.body !== current.body;
    current = { ...current, ...shown };
    element.dataset.status = current.status;
    if (bodyChanged) body.replaceChildren(renderRich(current.body));
    when.replaceChildren();
    append(
      when,
      h("time", { datetime: current.created_at }, timeText(current.created_at)),
      current.edited_at && h("span", { class: "post-edited" }, t("chat.edited")),
    );
    quote.replaceChildren();
    if (current.quote) quote.append(quoteBlock(current.quote));
    mark.replaceChildren(...statusMark(current));
    mark.hidden = !mark.firstChild;
    const published = current.status === "visible";
    reactions.show(current, published);
    quoteButton.hidden = !published || !page.canReply();
    if (editButton) editButton.hidden = !published;
    if (historyButton) historyButton.hidden = !current.edited_at;
    for (const tool of actions.children) {
      if (![quoteButton, editButton, deleteButton, historyButton].includes(tool))
        tool.hidden = !published;
    }
    actions.hidden = formOpen(actions) || [...actions.children].every((button) => button.hidden);
  }

  function editor(close) {
    const editorFb = feedback();
    const edit = richEditor({
      label: t("forum.edit_label"),
      html: current.body,
      onSubmit: () => form.requestSubmit(),
    });
    const finish = () => {
      body.hidden = false;
      close();
    };
    const form = h(
      "form",
      { class: "post-editor", "aria-label": t("forum.edit_label") },
      editorFb.element,
      edit.element,
      h(
        "div",
        { class: "actions" },
        h("button", { type: "submit", class: "primary small" }, t("chat.save")),
        h(
          "button",
          { type: "button", class: "secondary small", onclick: finish },
          t("chat.cancel"),
        ),
      ),
    );
    form.addEventListener("keydown", (event) => {
      if (event.key === "Escape") finish();
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (edit.isEmpty()) return;
      perform(form, editorFb, async () => {
        const html = edit.html();
        if (html !== current.body) {
          show(
            await live.command(
              COMMANDS.forum.EDIT,
              { post_id: current.id, body: html },
              { retry: true },
            ),
          );
        }
        finish();
      });
    });
    body.hidden = true;
    queueMicrotask(() => edit.focus());
    return form;
  }

  /** What the post said before each edit, oldest first (teachers). */
  function history(close) {
    const historyFb = feedback();
    const list = h("ol", { class: "post-history" });
    const panel = h(
      "section",
      { class: "note-form", "aria-label": t("forum.history") },
      h("p", { class: "note-form-title" }, t("forum.history")),
      historyFb.element,
      list,
      h(
        "button",
        { type: "button", class: "secondary small", onclick: close },
        t("forum.history_close"),
      ),
    );
    perform(panel, historyFb, async () => {
      const found = await api("GET", `/api/forum/posts/${current.id}/history`);
      list.replaceChildren(
        ...found.earlier.map((version) =>
          h(
            "li",
            {},
            h(
              "p",
              { class: "post-meta" },
              t("forum.history_version", {
                when: timeText(version.written_at),
                name: version.replaced_by.display_name,
              }),
            ),
            h("div", { class: "rich-text" }, renderRich(version.body)),
          ),
        ),
      );
    });
    return panel;
  }

  show(post);
  return { element, show, reactions: reactions.update, post: () => current };
}

function initial(post) {
  return [...post.author.display_name][0]?.toUpperCase() ?? "?";
}

/** The start of the post a reply quotes, and who wrote it. */
export function quoteBlock(quoted) {
  return h(
    "blockquote",
    { class: "post-quote" },
    h(
      "p",
      { class: "post-quote-author" },
      icon("quote"),
      t("forum.quote_wrote", { name: quoted.author.display_name }),
    ),
    h("p", {}, quoted.excerpt),
  );
}

/** "Waiting for a teacher", or "Not published" with the teacher's note (as in chat). */
function statusMark(post) {
  if (post.status === "held") {
    return [h("strong", {}, t("chat.held")), " ", h("span", {}, t("chat.held_hint"))];
  }
  if (post.status === "rejected") {
    return [
      h("strong", {}, t("chat.rejected")),
      post.note ? [" ", h("span", {}, t("chat.rejected_note", { note: post.note }))] : [],
    ].flat();
  }
  return [];
}

/** The reactions under a post: one button each, pressed when it is the reader's own. */
function reactionButtons(post, page, fb) {
  let counts = {};
  let mine = new Set();
  let published = false;
  const buttons = reactionNames().map(([emoji, name]) => {
    const button = h("button", {
      type: "button",
      class: "reaction",
      onclick: () =>
        perform(button, fb, async () => {
          const on = !mine.has(emoji);
          const result = await page.live.command(
            COMMANDS.forum.REACT,
            { post_id: post.id, reaction: emoji, on },
            { retry: true },
          );
          update(result);
        }),
    });
    return { emoji, name, button };
  });
  const element = h(
    "div",
    { class: "reactions", role: "group", "aria-label": t("forum.reactions") },
    buttons.map((entry) => entry.button),
  );

  function render() {
    const may = published && can(page.space, "forum.react");
    for (const { emoji, name, button } of buttons) {
      const count = counts[emoji] ?? 0;
      button.replaceChildren(h("span", { "aria-hidden": "true" }, emoji), count ? ` ${count}` : "");
      button.setAttribute("aria-label", t("forum.reaction", { name, count }));
      button.setAttribute("aria-pressed", String(mine.has(emoji)));
      button.disabled = !may;
      button.hidden = !may && !count;
    }
    element.hidden = buttons.every((entry) => entry.button.hidden);
  }

  /** A forum.reactions event or the answer to one's own: new counts, maybe one's own change. */
  function update(data) {
    counts = data.reactions;
    if (data.user_id === user().id) {
      if (data.on) mine.add(data.reaction);
      else mine.delete(data.reaction);
    }
    render();
  }

  return {
    element,
    update,
    show(shown, isPublished) {
      counts = shown.reactions ?? counts;
      if (shown.mine) mine = new Set(shown.mine);
      published = isPublished;
      render();
    },
  };
}
