// #/spaces/ID and its tabs (#/spaces/ID/chat, /forum, /forum/12, /pages,
// /pages/4, /postcards, /postcards/map, /live, /live/5, /members, /review,
// /safety). What is shown follows the space's "can" list from the server,
// never role names. The page keeps one live connection while any of its tabs
// is open: the chat, the forums, the pages, the postcards, the live sessions
// and the review queue follow the space on it from the start (so a tab shows
// what is new, and teachers see how many items wait for review from every
// tab), and switching tabs only shows another panel. The connection closes
// when the space is left.

import { api } from "./api.js";
import { chatSection } from "./chat.js";
import { countBadge } from "./count-badge.js";
import { append, h } from "./dom.js";
import { feedback } from "./feedback.js";
import { forumSection } from "./forum.js";
import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { roleLabel } from "./labels.js";
import { liveSection } from "./live-section.js";
import { connectLive } from "./live.js";
import { membersSection } from "./members.js";
import { messageTools } from "./message-tools.js";
import { pagesSection } from "./pages.js";
import { can } from "./policy.js";
import { postcardsSection } from "./postcards.js";
import { CONTENT } from "./protocol.js";
import { reviewSection } from "./review-panel.js";
import { followQueue } from "./review-waiting.js";
import { onLeave, refresh } from "./router.js";
import { safetySection } from "./safety.js";
import { addClassSection } from "./space-classes.js";
import { followSpace } from "./space-feed.js";
import { spaceNav, tabHref } from "./space-nav.js";
import { overviewPanel } from "./space-overview.js";

export async function spaceView(container, id, path = "") {
  const space = await api("GET", `/api/spaces/${id}`);
  const members = can(space, "members.view") ? await membersSection(space) : null;
  const fb = feedback();
  const live = await liveSections(container, space, members, fb);
  const tabs = tabsOf(space, members, live);
  const nav = spaceNav(space, tabs);
  const panels = h("div", { class: "space-panels" });
  const built = new Map(); // tab key -> its panel, built on first visit and kept
  let ticket = 0;

  /** Shows the tab (and the page inside it) that path names. */
  async function show(shownPath, { focus }) {
    const mine = ++ticket;
    const [key, ...inside] = shownPath.split("/");
    const tab = tabs.find((candidate) => candidate.key === key) ?? missingTab();
    nav.select(tab.key);
    if (!built.has(tab.key)) {
      const panel = h("div", { class: "space-panel" });
      built.set(tab.key, panel);
      panels.append(panel);
      append(panel, await tab.build());
    }
    if (mine !== ticket) return; // another tab was chosen meanwhile
    for (const [key, panel] of built) panel.hidden = key !== tab.key;
    document.title = `${tab.label} – ${space.title} – ${t("app.name")}`;
    await tab.show?.(inside.join("/"));
    if (focus && mine === ticket) focusHeading(built.get(tab.key));
  }

  append(
    container,
    h("p", { class: "breadcrumb" }, h("a", { href: "#/spaces" }, t("space.back"))),
    h(
      "div",
      { class: "space-head" },
      h("h1", {}, space.title),
      h("span", { class: "badge" }, t("space.you_are", { role: roleLabel(space.my_role) })),
    ),
    space.status === "archived" && h("p", { class: "note" }, t("space.archived_note")),
    nav.element,
    fb.element,
    panels,
  );
  if (live.review) {
    onLeave(container, followQueue(space, live.review)); // its count, in the header
  }
  await show(path, { focus: false });
  return {
    keep(otherId, otherPath = "") {
      if (otherId !== id) return false;
      show(otherPath, { focus: true }).catch((error) => fb.error(error));
      return true;
    },
  };
}

/** Moves to the heading of the panel now shown, as a new page moves to its h1. */
function focusHeading(panel) {
  const heading = panel.querySelector("h2:not([hidden])");
  if (!heading) return;
  if (!heading.hasAttribute("tabindex")) heading.tabIndex = -1;
  heading.focus();
}

/** The tabs this viewer may open, each with how its panel is built. */
function tabsOf(space, members, { chat, forum, pages, postcards, sessions, review }) {
  const tools = [
    chat && {
      key: "chat",
      icon: "chat",
      label: t("space.tab_chat"),
      door: t("space.door_chat"),
      build: () => chat.element,
    },
    forum && {
      key: "forum",
      icon: "forum",
      label: t("space.tab_forum"),
      door: t("space.door_forum"),
      badge: forum.badge,
      build: () => forum.element,
      show: (inside) => forum.show(inside),
    },
    pages && {
      key: "pages",
      icon: "page",
      label: t("space.tab_pages"),
      door: t("space.door_pages"),
      build: () => pages.element,
      show: (inside) => pages.show(inside),
    },
    postcards && {
      key: "postcards",
      icon: "postcard",
      label: t("space.tab_postcards"),
      door: t("space.door_postcards"),
      badge: postcards.badge,
      build: () => postcards.element,
      show: (inside) => postcards.show(inside),
    },
    sessions && {
      key: "live",
      icon: "live",
      label: t("space.tab_live"),
      door: t("space.door_live"),
      build: () => sessions.element,
      show: (inside) => sessions.show(inside),
    },
    members && {
      key: "members",
      icon: "people",
      label: t("space.tab_members"),
      door: t("space.door_members"),
      build: async () => [
        can(space, "class.add") && (await addClassSection(space, members)),
        members.element,
      ],
    },
    review && {
      key: "review",
      icon: "review",
      label: t("review.title"),
      badge: review.badge,
      build: () => review.element,
    },
    (can(space, "space.settings") || can(space, "audit.view")) && {
      key: "safety",
      icon: "shield",
      label: t("safety.title"),
      build: () => safetySection(space, members),
    },
  ].filter(Boolean);
  let panel = null;
  const overview = {
    key: "",
    icon: "home",
    label: t("space.tab_overview"),
    build: async () => {
      panel = await overviewPanel(
        space,
        tools.filter((tool) => tool.door),
      );
      return panel.element;
    },
    // Each visit reads the partners, the newest postcards and the next session anew.
    show: () => panel.refresh(),
  };
  return [overview, ...tools];
}

/** A tab address that names no tab of this space, for this viewer. */
function missingTab() {
  return {
    key: null,
    label: t("notfound.title"),
    build: () => [h("h2", { tabindex: -1 }, t("notfound.title")), h("p", {}, t("notfound.page"))],
  };
}

/** The chat, the forums, the pages, the postcards, the live sessions and the review
    queue, following the space on one connection. */
async function liveSections(container, space, members, fb) {
  const sections = {};
  const followers = [
    "chat.read",
    "forum.read",
    "page.read",
    "postcard.read",
    "live.view",
    "review.view",
  ];
  if (!followers.some((action) => can(space, action))) {
    return sections;
  }
  const live = connectLive();
  onLeave(container, () => {
    // What a section has open on the connection (a page's editor, its
    // cursor) says goodbye first.
    for (const section of Object.values(sections)) section.leave?.();
    live.close();
  });
  // What the viewer may do here has changed: show the space anew.
  live.on("membership", refresh);
  if (can(space, "chat.read")) sections.chat = chatSection(space, live, members);
  if (can(space, "forum.read")) {
    const badge = countBadge((count) => t("forum.unread", { count }));
    const tools = messageTools(space, live, members, CONTENT.forum.POST);
    sections.forum = { ...forumSection(space, live, tools, badge.set), badge };
  }
  if (can(space, "page.read")) {
    sections.pages = pagesSection(space, live, members);
  }
  if (can(space, "postcard.read")) {
    const badge = countBadge((count) => t("postcards.arrived", { count }));
    sections.postcards = { ...postcardsSection(space, badge.set), badge };
  }
  if (can(space, "live.view")) sections.sessions = liveSection(space, live);
  if (can(space, "review.view")) {
    const badge = countBadge((count) => t("review.count", { count }));
    sections.review = { ...reviewSection(space, live, members), badge };
    sections.review.onCount(badge.set);
  }
  try {
    await followSpace(live, space.id, Object.values(sections), (error) => fb.error(error));
  } catch (error) {
    live.close(); // the page will say it could not be opened
    throw error;
  }
  return sections;
}
