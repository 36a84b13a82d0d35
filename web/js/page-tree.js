// The pages' first screen: the space's pages as a tree of big links (a page
// inside another is shown under it), each with what state it is in (a
// draft, open to pupils, in the showcase); a link to the public showcase;
// and for those who manage pages, a form to make one. Read anew whenever a
// page is made, changed or published.

import { api } from "./api.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { choice, field, onSubmit, text } from "./forms.js";
import { freshReads } from "./fresh-reads.js";
import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { pageMarks } from "./page-marks.js";
import { can } from "./policy.js";
import { COMMANDS, EVENTS } from "./protocol.js";
import { go } from "./router.js";
import { tabHref } from "./space-nav.js";

// Events that change the tree or what its marks say.
const TREE_EVENTS = new Set([EVENTS.page.TREE, EVENTS.page.PUBLISHED]);

/** pages: what pages.js shares with its screens (space, live...). */
export function pageTree(pages) {
  const { space } = pages;
  const fb = feedback();
  const tree = h("div", { class: "page-tree" });
  const showcase = h("p", { class: "showcase-link", hidden: true });
  const creating = can(space, "page.manage") ? newPage(pages) : null;
  const reads = freshReads(
    async () => {
      const all = await api("GET", `/api/spaces/${space.id}/pages`);
      tree.replaceChildren(branch(space, all, null) ?? h("p", { class: "empty" }, t("pages.none")));
      showcase.hidden = !all.some((page) => page.showcase);
      creating?.setPages(all);
      return 0; // page events carry no tree of their own: every one reads it again
    },
    (frame) => {
      if (TREE_EVENTS.has(frame.kind)) reads.reread().catch((error) => fb.error(error));
    },
  );
  showcase.append(
    h(
      "a",
      { href: `#/showcase/${space.id}`, class: "button secondary" },
      icon("star"),
      t("pages.showcase_link"),
    ),
  );
  const element = h(
    "div",
    { class: "pages-home" },
    h("h2", { tabindex: -1 }, t("pages.title")),
    h("p", { class: "lead" }, t("pages.intro")),
    fb.element,
    tree,
    showcase,
    creating?.element,
  );
  return {
    element,
    ready: reads.reread().catch((error) => fb.error(error)),
    take: reads.take,
  };
}

/**
 * The pages under parentId, as a list (null when there are none). A page
 * whose parent the viewer cannot see (a draft) is shown at the top.
 */
function branch(space, all, parentId) {
  const seen = new Set(all.map((page) => page.id));
  const parentOf = (page) => (seen.has(page.parent_id) ? page.parent_id : null);
  const here = all.filter((page) => parentOf(page) === parentId);
  if (!here.length) return null;
  return h(
    "ul",
    { class: "page-branch" },
    here.map((page) =>
      h(
        "li",
        {},
        h(
          "a",
          { href: tabHref(space.id, "pages", page.id), class: "page-link" },
          icon("page"),
          h("span", { class: "page-link-title" }, page.title),
          pageMarks(page),
        ),
        branch(space, all, page.id),
      ),
    ),
  );
}

/** Make a page: its title and, if it goes inside another, which one. */
function newPage({ space, live }) {
  const fb = feedback();
  const inside = h("div", {});
  const form = h(
    "form",
    {},
    fb.element,
    field({ label: t("pages.name"), name: "title", maxlength: 200, required: true }),
    inside,
    h("button", { type: "submit", class: "primary" }, icon("plus"), t("pages.create")),
  );
  onSubmit(form, fb, async (data) => {
    const parent = text(data, "parent_id");
    const made = await live.command(
      COMMANDS.page.CREATE,
      { space_id: space.id, title: text(data, "title"), parent_id: parent ? Number(parent) : null },
      { retry: true },
    );
    go(tabHref(space.id, "pages", made.id));
  });
  return {
    element: h(
      "details",
      { class: "card new-page" },
      h("summary", {}, icon("plus"), t("pages.new")),
      form,
    ),
    setPages(all) {
      const chosen = form.elements.namedItem("parent_id")?.value ?? "";
      inside.replaceChildren(parentChoice(all, chosen));
    },
  };
}

/** Where a page goes: at the top, or inside one of the pages. */
export function parentChoice(all, value, except = null) {
  return choice({
    label: t("pages.inside"),
    name: "parent_id",
    value: value === null ? "" : String(value),
    options: [
      { value: "", label: t("pages.inside_none") },
      ...all
        .filter((page) => page.id !== except)
        .map((page) => ({ value: String(page.id), label: page.title })),
    ],
  });
}
