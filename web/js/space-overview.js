// A space's first tab: what it is about, big doors to its tools (with what
// is new behind them), and for its teachers the invitation and the space's
// own settings.

import { append, h } from "./dom.js";
import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { invitationSection } from "./invitation.js";
import { roleLabel, spaceStatusLabel } from "./labels.js";
import { can } from "./policy.js";
import { settingsSection } from "./space-settings.js";
import { tabHref } from "./space-nav.js";

/** tools: the other tabs, as space-nav takes them ({ key, label, icon, badge? }). */
export async function overviewPanel(space, tools) {
  return append(
    h("div", { class: "overview" }),
    about(space),
    h(
      "ul",
      { class: "doors", "aria-label": t("space.doors") },
      tools.map((tool) =>
        h(
          "li",
          {},
          h(
            "a",
            { href: tabHref(space.id, tool.key), class: "door" },
            icon(tool.icon),
            h("span", { class: "door-name" }, tool.label),
            tool.door && h("span", { class: "door-hint" }, tool.door),
          ),
        ),
      ),
    ),
    can(space, "invitation.view") && (await invitationSection(space)),
    settingsSection(space),
  );
}

function languageList(codes) {
  return codes.map((code) => code.toUpperCase()).join(", ") || t("space.no_languages");
}

function about(space) {
  const facts = [
    [t("space.my_role"), roleLabel(space.my_role)],
    [t("space.status"), spaceStatusLabel(space.status)],
    [t("space.languages"), languageList(space.languages)],
  ];
  return h(
    "section",
    { class: "card", "aria-labelledby": "about-heading" },
    h("h2", { id: "about-heading", tabindex: -1 }, t("space.about")),
    space.description && h("p", { class: "description" }, space.description),
    h(
      "dl",
      { class: "facts" },
      facts.map(([term, value]) => [h("dt", {}, term), h("dd", {}, value)]),
    ),
  );
}
