// One shared page. Who may write it gets the live editor (page-editor.js);
// everyone else reads its latest publication, rendered from the server's
// sanitised HTML through the rich-text schema (never as raw HTML). Above it:
// the page's state, Publish and History, and for teachers whether pupils may
// write it and whether it is in the public showcase; for those who manage
// pages, renaming, moving and deleting it (page-settings.js). A pupil whose
// words were taken out for a teacher to look at is told so kindly.

import { api } from "./api.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { perform } from "./forms.js";
import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { pageEditor } from "./page-editor.js";
import { pageMarks } from "./page-marks.js";
import { pageSettings } from "./page-settings.js";
import { can } from "./policy.js";
import { COMMANDS, EVENTS } from "./protocol.js";
import { renderRich } from "./rich-text.js";
import { tabHref } from "./space-nav.js";

/** pages: what pages.js shares with its screens (space, live, nameOf). */
export function pageScreen(pages, pageId) {
  const { space, live } = pages;
  const fb = feedback();
  const title = h("h2", { tabindex: -1, class: "page-title" });
  const marks = h("div", { class: "page-state" });
  const tools = h("div", { class: "page-tools" });
  const settings = h("div", {});
  const body = h("div", { class: "page-body" });
  const element = h(
    "article",
    { class: "page-screen" },
    h(
      "p",
      { class: "breadcrumb" },
      h("a", { href: tabHref(space.id, "pages") }, t("pages.all")),
    ),
    title,
    marks,
    tools,
    fb.element,
    body,
    settings,
  );
  let page = null;
  let editor = null;
  let toggles = null;

  /** Reads the page and shows it; the body is built again only when it must be. */
  async function load() {
    let fresh;
    try {
      fresh = await api("GET", `/api/pages/${pageId}`);
    } catch (error) {
      if (error.code !== "not_found" || !page) throw error;
      gone();
      return;
    }
    const rebuild =
      !page ||
      fresh.can_edit !== page.can_edit ||
      (!fresh.can_edit && fresh.published_revision !== page.published_revision);
    page = fresh;
    showHead();
    if (rebuild) await showBody();
  }

  function showHead() {
    title.textContent = page.title;
    marks.replaceChildren(pageMarks(page));
    toggles ??= buildTools();
    toggles.pupils?.setAttribute("aria-pressed", String(page.open_to_pupils));
    toggles.showcase?.setAttribute("aria-pressed", String(page.showcase));
    if (can(space, "page.manage") && !settings.firstChild) {
      settings.append(pageSettings(pages, () => page)); // built once: it may be open
    }
  }

  function buildTools() {
    const made = {};
    // A switch of the page's: the event that follows shows its new state.
    const command = (type, payload) => (event) =>
      perform(event.currentTarget, fb, () =>
        live
          .command(type, { page_id: pageId, ...payload() }, { retry: true })
          .catch((error) => refused(error)),
      );
    if (can(space, "page.manage")) {
      tools.append(
        h(
          "button",
          {
            type: "button",
            class: "primary",
            onclick: (event) =>
              perform(event.currentTarget, fb, async () => {
                await editor?.whenSaved(); // what was just typed is in it too
                await live.command(COMMANDS.page.PUBLISH, { page_id: pageId }, { retry: true });
                fb.success(t("pages.published"));
              }),
          },
          icon("send"),
          t("pages.publish"),
        ),
      );
    }
    tools.append(
      h(
        "a",
        { href: tabHref(space.id, "pages", pageId, "history"), class: "button secondary" },
        icon("history"),
        t("pages.history"),
      ),
    );
    if (can(space, "page.open_to_pupils")) {
      made.pupils = h(
        "button",
        {
          type: "button",
          class: "secondary toggle",
          onclick: command(COMMANDS.page.OPEN_TO_PUPILS, () => ({ on: !page.open_to_pupils })),
        },
        icon("people"),
        t("pages.let_pupils_write"),
      );
      tools.append(made.pupils);
    }
    if (can(space, "page.showcase")) {
      made.showcase = h(
        "button",
        {
          type: "button",
          class: "secondary toggle",
          onclick: command(COMMANDS.page.SHOWCASE, () => ({ on: !page.showcase })),
        },
        icon("star"),
        t("pages.put_in_showcase"),
      );
      tools.append(made.showcase);
    }
    return made;
  }

  async function showBody() {
    editor?.leave();
    editor = null;
    if (page.can_edit) {
      editor = pageEditor({
        space,
        live,
        page,
        nameOf: pages.nameOf,
        onError: refused,
      });
      body.replaceChildren(editor.element);
      await editor.ready;
    } else if (page.html) {
      body.replaceChildren(h("div", { class: "rich-text page-text" }, renderRich(page.html)));
    } else {
      body.replaceChildren(h("p", { class: "empty" }, t("pages.nothing_yet")));
    }
  }

  /** A refusal with its reason (a catalogue key), told in its words. */
  function refused(error) {
    if (error.details?.reason) fb.warn(t(error.details.reason));
    else fb.error(error);
  }

  function gone() {
    editor?.leave();
    editor = null;
    tools.replaceChildren();
    settings.replaceChildren();
    body.replaceChildren(h("p", { class: "note" }, t("pages.deleted")));
  }

  /** Words of a pupil's that a teacher will look at, or that a teacher refused. */
  function tell(frame) {
    const { text, reason, note } = frame.data;
    if (frame.kind === EVENTS.page.HELD) {
      fb.warn(`${t("pages.held", { text })} ${t(reason)}`);
    } else {
      fb.warn(note ? t("pages.refused_note", { text, note }) : t("pages.refused", { text }));
    }
  }

  /** The first reading: a page that is not there is said so in the tab. */
  async function first() {
    try {
      await load();
    } catch (error) {
      if (error.code !== "not_found") throw error;
      title.textContent = t("notfound.title");
      body.replaceChildren(h("p", {}, t("notfound.page")));
    }
  }

  return {
    element,
    ready: first().catch((error) => fb.error(error)),
    take(frame) {
      const about = frame.data.page_id ?? frame.data.id;
      if (about !== pageId) return;
      if (frame.kind === EVENTS.page.UPDATE) editor?.take(frame);
      else if (frame.kind === EVENTS.page.HELD || frame.kind === EVENTS.page.REFUSED) tell(frame);
      else load().catch((error) => fb.error(error));
    },
    signal: (frame) => editor?.signal(frame),
    disconnected: () => editor?.disconnected(),
    followed: () =>
      editor?.followed().catch((error) => {
        if (error.code !== "network") refused(error); // else: the next reconnect tries again
      }),
    leave: () => editor?.leave(),
  };
}
