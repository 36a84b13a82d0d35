// The live editor of a shared page: the rich-text editor bound to the page's
// Yjs document (y-prosemirror; its root is the fragment "prosemirror", as the
// server reads it), kept in step over the space's connection (page-sync.js),
// with the other editors' cursors and names (page-awareness.js), whether
// everything is saved, and on request who wrote what (page-authors.js).

import { h } from "./dom.js";
import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { pageAwareness } from "./page-awareness.js";
import { authorColours, authorship, authorsOf, colourClass, showAuthors } from "./page-authors.js";
import { pageSync } from "./page-sync.js";
import { richEditor } from "./rich-editor.js";
import { pageSchema } from "./rich-text.js";
import { user } from "./session.js";
import { Doc, yCursorPlugin, yRedo, ySyncPlugin, yUndo, yUndoPlugin } from "./vendor/editor.js";

// The document's root, as y-prosemirror and the server name it.
const ROOT = "prosemirror";
// Saving states after which nothing more will be stored without a new edit.
const SETTLED = new Set(["saved", "failed"]);

/** What the page's saving status says, in words. */
function statusText(state) {
  const words = {
    opening: t("pages.status_opening"),
    saving: t("pages.status_saving"),
    saved: t("pages.status_saved"),
    offline: t("pages.status_offline"),
    failed: t("pages.status_failed"),
  };
  return words[state];
}

/**
 * page: the page as the server sent it; nameOf(userId) -> a member's name
 * or null; onError(error) hears what the server refused.
 * Returns { element, ready, take(frame), signal(frame), disconnected(),
 * followed(), whenSaved(), leave() }.
 */
export function pageEditor({ space, live, page, nameOf, onError }) {
  const me = user();
  const doc = new Doc();
  const colours = authorColours();
  const status = h(
    "p",
    { class: "save-status", role: "status", "data-state": "opening" },
    statusText("opening"),
  );
  const othersList = h("ul", { class: "co-editors", "aria-label": t("pages.editing_now") });
  const others = h(
    "div",
    { class: "co-editors-box", hidden: true },
    h("span", { "aria-hidden": "true" }, t("pages.editing_now")),
    othersList,
  );
  const legend = h("ul", {
    class: "author-legend",
    "aria-label": t("pages.authors"),
    hidden: true,
  });
  const toggle = h(
    "button",
    { type: "button", class: "secondary small toggle", "aria-pressed": "false", disabled: true },
    icon("palette"),
    t("pages.authors"),
  );
  const area = h("div", { class: "page-editor-area" });
  const element = h(
    "div",
    { class: "page-editor" },
    h("div", { class: "page-editor-bar" }, status, others, toggle),
    legend,
    area,
  );
  let editor = null;
  let left = false;
  const saved = []; // resolvers waiting for everything to be saved

  const presence = pageAwareness(live, {
    spaceId: space.id,
    pageId: page.id,
    doc,
    me,
    onChange: showOthers,
  });
  const sync = pageSync(live, {
    spaceId: space.id,
    pageId: page.id,
    doc,
    onStatus(state) {
      status.dataset.state = state;
      status.textContent = statusText(state);
      if (SETTLED.has(state)) saved.splice(0).forEach((resolve) => resolve());
    },
    onError,
  });

  /** A person's name: the server's name on their cursor, else the member list's. */
  function name(userId) {
    if (userId === me.id) return me.display_name;
    const editing = presence.others().find((person) => person.id === userId);
    return editing?.name ?? nameOf(userId) ?? t("pages.someone");
  }

  function showOthers() {
    const people = new Map(presence.others().map((person) => [person.id, person]));
    others.hidden = people.size === 0;
    othersList.replaceChildren(
      ...[...people.values()].map((person) =>
        h("li", { class: `co-editor ${colourClass(colours, person.id)}` }, person.name),
      ),
    );
  }

  function showLegend() {
    if (legend.hidden || !editor) return;
    legend.replaceChildren(
      ...authorsOf(editor.view.state.doc).map((id) =>
        h(
          "li",
          {},
          h("span", { class: `swatch ${colourClass(colours, id)}`, "aria-hidden": "true" }),
          name(id),
        ),
      ),
    );
  }

  toggle.addEventListener("click", () => {
    const on = toggle.getAttribute("aria-pressed") !== "true";
    toggle.setAttribute("aria-pressed", String(on));
    legend.hidden = !on;
    showAuthors(editor.view, on);
    showLegend();
  });

  /**
   * A co-editor's cursor: a line in their colour with their name above it.
   * The name is drawn by the stylesheet from data-name, so it is never part
   * of the page's text (copied, or read by the editor's own tests).
   */
  function cursor(_claimed, clientId) {
    const person = presence.person(clientId);
    const colour = person ? colourClass(colours, person.id) : "";
    return h("span", { class: `remote-cursor ${colour}`, "data-name": person?.name ?? "" });
  }

  function selection(_claimed, clientId) {
    const person = presence.person(clientId);
    return { class: `remote-selection ${person ? colourClass(colours, person.id) : ""}` };
  }

  /** The editor itself, once the document holds the page (an empty document
   * would show an empty page, and its first paragraph would be sent as new). */
  function build() {
    if (left || editor) return;
    editor = richEditor({
      label: t("pages.editor_label", { title: page.title }),
      placeholder: t("pages.editor_placeholder"),
      onInput: showLegend,
      shared: {
        schema: pageSchema,
        plugins: [
          ySyncPlugin(doc.getXmlFragment(ROOT)),
          yCursorPlugin(presence.awareness, { cursorBuilder: cursor, selectionBuilder: selection }),
          yUndoPlugin(),
          authorship(me.id, colours),
        ],
        undo: yUndo,
        redo: yRedo,
      },
    });
    area.replaceChildren(editor.element);
    toggle.disabled = false;
  }

  // Not connected yet: followed() opens the page once the space is followed.
  const ready = sync.open().then(build, (error) => {
    if (error.code !== "network") throw error;
  });

  return {
    element,
    ready,
    take: (frame) => sync.take(frame),
    signal: (frame) => presence.take(frame),
    disconnected: () => sync.disconnected(),
    /** The connection came back: open the page again (which sends what was typed meanwhile). */
    async followed() {
      await sync.open();
      build();
      presence.resend();
    },
    /** Resolves once every change made here is stored, or the server refused it. */
    whenSaved() {
      if (SETTLED.has(status.dataset.state)) return Promise.resolve();
      return new Promise((resolve) => saved.push(resolve));
    },
    leave() {
      left = true;
      presence.leave();
      sync.close();
      editor?.view.destroy();
      doc.destroy();
    },
  };
}
