// #/spaces/ID: a space's home. What is shown follows the space's "can"
// list from the server, never role names. The chat and, for teachers, the
// review panel follow the space live on one connection, which closes when
// the page is left.

import { api } from "./api.js";
import { chatSection } from "./chat.js";
import { append, h } from "./dom.js";
import { t } from "./i18n.js";
import { invitationSection } from "./invitation.js";
import { roleLabel, spaceStatusLabel } from "./labels.js";
import { connectLive } from "./live.js";
import { membersSection } from "./members.js";
import { can } from "./policy.js";
import { reviewSection } from "./review-panel.js";
import { onLeave, refresh } from "./router.js";
import { safetySection } from "./safety.js";
import { addClassSection } from "./space-classes.js";
import { followSpace } from "./space-feed.js";
import { settingsSection } from "./space-settings.js";

export async function spaceView(container, id) {
  const space = await api("GET", `/api/spaces/${id}`);
  const members = can(space, "members.view") ? await membersSection(space) : null;
  const { chat, review } = can(space, "chat.read")
    ? await liveSections(container, space, members)
    : {};
  append(
    container,
    h("p", { class: "breadcrumb" }, h("a", { href: "#/spaces" }, t("space.back"))),
    h("h1", {}, space.title),
    summary(space),
    space.status === "archived" && h("p", { class: "note" }, t("space.archived_note")),
    chat?.element,
    review?.element,
    h(
      "div",
      { class: "tools" },
      can(space, "invitation.view") && (await invitationSection(space)),
      can(space, "class.add") && (await addClassSection(space, members)),
    ),
    members?.element,
    settingsSection(space),
    safetySection(space, members),
  );
}

async function liveSections(container, space, members) {
  const live = connectLive();
  onLeave(container, live.close);
  // What the viewer may do here has changed: show the space anew.
  live.on("membership", refresh);
  const chat = chatSection(space, live, members);
  const review = can(space, "review.view")
    ? reviewSection(space, live, { message: chat.message, members })
    : null;
  try {
    await followSpace(live, space.id, [chat, review].filter(Boolean), chat.showError);
  } catch (error) {
    live.close(); // the page will say it could not be opened
    throw error;
  }
  return { chat, review };
}

function languageList(codes) {
  return codes.map((code) => code.toUpperCase()).join(", ") || t("space.no_languages");
}

function summary(space) {
  const facts = [
    [t("space.my_role"), roleLabel(space.my_role)],
    [t("space.status"), spaceStatusLabel(space.status)],
    [t("space.languages"), languageList(space.languages)],
  ];
  return h(
    "section",
    { class: "card", "aria-label": t("space.about") },
    space.description && h("p", { class: "description" }, space.description),
    h(
      "dl",
      { class: "facts" },
      facts.map(([term, value]) => [h("dt", {}, term), h("dd", {}, value)]),
    ),
  );
}
