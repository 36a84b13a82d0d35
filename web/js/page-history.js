// A page's history: each publication (a version) with when it was made, who
// published it and who wrote its text; what changed between any two, line by
// line (added lines and taken-out lines marked with a sign and a word, not
// by colour alone); each version to read, and for those who manage pages, a
// way back to it (which makes a new version: nothing is erased).

import { api } from "./api.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { choice, onSubmit, perform, text } from "./forms.js";
import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { can } from "./policy.js";
import { COMMANDS, EVENTS } from "./protocol.js";
import { renderRich } from "./rich-text.js";
import { tabHref } from "./space-nav.js";
import { timeText } from "./when.js";

/** pages: what pages.js shares with its screens (space, live...). */
export function pageHistory(pages, pageId) {
  const { space } = pages;
  const fb = feedback();
  const title = h("h2", { tabindex: -1 });
  const compare = h("div", {});
  const list = h("ol", { class: "revisions", "aria-label": t("pages.versions") });
  const element = h(
    "div",
    { class: "page-history" },
    h(
      "p",
      { class: "breadcrumb" },
      h("a", { href: tabHref(space.id, "pages", pageId) }, t("pages.back_to_page")),
    ),
    title,
    fb.element,
    compare,
    list,
  );

  async function load() {
    const [page, revisions] = await Promise.all([
      api("GET", `/api/pages/${pageId}`),
      api("GET", `/api/pages/${pageId}/revisions`),
    ]);
    title.textContent = t("pages.history_of", { title: page.title });
    compare.replaceChildren(revisions.length > 1 ? comparison(pageId, revisions) : []);
    list.replaceChildren(
      ...(revisions.length
        ? revisions.map((revision) => version(pages, page, revision, fb))
        : [h("li", { class: "empty" }, t("pages.never_published"))]),
    );
  }

  return {
    element,
    ready: load().catch((error) => fb.error(error)),
    take(frame) {
      if (frame.kind === EVENTS.page.PUBLISHED && frame.data.page_id === pageId) {
        load().catch((error) => fb.error(error));
      }
    },
  };
}

/** One version: when, by whom, to read, and the way back to it. */
function version({ space, live }, page, revision, fb) {
  const reading = h("div", { class: "rich-text page-text" });
  const read = h(
    "details",
    { class: "revision-text" },
    h("summary", {}, t("pages.read_version", { number: revision.number })),
    reading,
  );
  read.addEventListener("toggle", () => {
    if (!read.open || reading.firstChild) return;
    api("GET", `/api/pages/${page.id}/revisions/${revision.number}`)
      .then((found) => reading.replaceChildren(renderRich(found.html)))
      .catch((error) => fb.error(error));
  });
  const back =
    can(space, "page.manage") &&
    page.can_edit &&
    revision.number !== page.published_revision &&
    h(
      "button",
      {
        type: "button",
        class: "secondary small",
        onclick: (event) => {
          if (!window.confirm(t("pages.revert_confirm", { number: revision.number }))) return;
          perform(event.currentTarget, fb, async () => {
            await live.command(
              COMMANDS.page.REVERT,
              { page_id: page.id, number: revision.number },
              { retry: true },
            );
            fb.success(t("pages.reverted", { number: revision.number }));
          });
        },
      },
      icon("history"),
      t("pages.revert", { number: revision.number }),
    );
  const authors = revision.authors.map((author) => author.display_name).join(", ");
  return h(
    "li",
    { class: "card revision" },
    h("h3", {}, t("pages.version", { number: revision.number })),
    h(
      "p",
      { class: "meta" },
      h("time", { datetime: revision.created_at }, timeText(revision.created_at)),
      " · ",
      t("pages.published_by", { name: revision.published_by.display_name }),
    ),
    h("p", { class: "revision-authors" }, t("pages.written_by", { names: authors || "–" })),
    read,
    back,
  );
}

/** Two versions chosen, what changed between them. */
function comparison(pageId, revisions) {
  const fb = feedback();
  const changes = h("ol", { class: "diff", "aria-label": t("pages.changes") });
  const options = revisions.map((r) => ({
    value: String(r.number),
    label: t("pages.version", { number: r.number }),
  }));
  const form = h(
    "form",
    { class: "compare" },
    h(
      "div",
      { class: "input-row" },
      choice({
        label: t("pages.compare_from"),
        name: "from",
        options,
        value: options[1].value,
      }),
      choice({ label: t("pages.compare_to"), name: "to", options, value: options[0].value }),
    ),
    h("button", { type: "submit", class: "secondary" }, t("pages.compare")),
  );
  onSubmit(form, fb, async (data) => {
    const query = new URLSearchParams({ from: text(data, "from"), to: text(data, "to") });
    const diff = await api("GET", `/api/pages/${pageId}/diff?${query}`);
    changes.replaceChildren(
      ...(diff.changes.length
        ? diff.changes.map(change)
        : [h("li", { class: "empty" }, t("pages.no_changes"))]),
    );
  });
  return h(
    "section",
    { class: "card", "aria-label": t("pages.compare_title") },
    h("h3", {}, t("pages.compare_title")),
    form,
    fb.element,
    changes,
  );
}

/** A line of a diff: a sign and a word say what happened to it, colour only helps. */
function change({ op, text: line }) {
  const signs = {
    added: ["+", t("pages.line_added")],
    removed: ["−", t("pages.line_removed")],
    same: ["", ""],
  };
  const [sign, word] = signs[op];
  return h(
    "li",
    { class: `diff-line ${op}` },
    h("span", { class: "diff-sign", "aria-hidden": "true" }, sign),
    word && h("span", { class: "visually-hidden" }, `${word}: `),
    line,
  );
}
