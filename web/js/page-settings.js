// Changing a page's place in the tree, for those who manage pages: its
// name, where it goes (at the top or inside another page, first or last
// there), or deleting it (its pages inside move up). Folded away under the
// page, since most visits are for reading and writing.

import { api } from "./api.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { field, onSubmit, perform, radios, text } from "./forms.js";
import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { parentChoice } from "./page-tree.js";
import { COMMANDS } from "./protocol.js";
import { go } from "./router.js";
import { tabHref } from "./space-nav.js";

// A page's position among its neighbours: they are ordered by it, lowest
// first, so 0 puts it first; the server takes at most 10,000.
const FIRST = 0;
const LAST = 10_000;

/** current() is the page as last read. */
export function pageSettings({ space, live }, current) {
  const page = current();
  const fb = feedback();
  const send = (type, payload) =>
    live.command(type, { page_id: page.id, ...payload }, { retry: true });

  const rename = h(
    "form",
    { class: "page-rename" },
    field({ label: t("pages.name"), name: "title", value: page.title, maxlength: 200 }),
    h("button", { type: "submit", class: "secondary" }, icon("pencil"), t("pages.rename")),
  );
  onSubmit(rename, fb, async (data) => {
    await send(COMMANDS.page.RENAME, { title: text(data, "title") });
    fb.success(t("pages.renamed"));
  });

  const inside = h("div", {});
  const move = h(
    "form",
    { class: "page-move" },
    inside,
    radios({
      legend: t("pages.place"),
      name: "place",
      value: "last",
      options: [
        { value: "first", label: t("pages.place_first") },
        { value: "last", label: t("pages.place_last") },
      ],
    }),
    h("button", { type: "submit", class: "secondary" }, icon("move"), t("pages.move")),
  );
  onSubmit(move, fb, async (data) => {
    const parent = text(data, "parent_id");
    await send(COMMANDS.page.MOVE, {
      parent_id: parent ? Number(parent) : null,
      position: text(data, "place") === "first" ? FIRST : LAST,
    });
    fb.success(t("pages.moved"));
  });

  const remove = h(
    "button",
    {
      type: "button",
      class: "danger",
      onclick: (event) => {
        if (!window.confirm(t("pages.delete_confirm", { title: current().title }))) return;
        perform(event.currentTarget, fb, async () => {
          await send(COMMANDS.page.DELETE, {});
          go(tabHref(space.id, "pages"));
        });
      },
    },
    icon("bin"),
    t("pages.delete"),
  );

  const details = h(
    "details",
    { class: "card page-settings" },
    h("summary", {}, icon("pencil"), t("pages.change")),
    fb.element,
    rename,
    move,
    h("p", { class: "actions" }, remove),
  );
  // The pages it may go into are read when the settings are opened.
  details.addEventListener("toggle", () => {
    if (!details.open) return;
    api("GET", `/api/spaces/${space.id}/pages`)
      .then((all) => inside.replaceChildren(parentChoice(all, current().parent_id, page.id)))
      .catch((error) => fb.error(error));
  });
  return details;
}
