// The space's safety, for its teacher administrators: the settings that
// decide what waits for a teacher and when pupils may chat, and the audit
// log of what teachers did.

import { auditLog } from "./audit-log.js";
import { h } from "./dom.js";
import { t } from "./i18n.js";
import { can } from "./policy.js";
import { safetySettings } from "./safety-settings.js";

/** The section, or null when the viewer may do neither. */
export function safetySection(space, members) {
  const settings =
    can(space, "space.settings") &&
    h("details", {}, h("summary", {}, t("safety.settings")), safetySettings(space));
  const audit = can(space, "audit.view") && auditLog(space, members);
  if (!settings && !audit) return null;
  return h(
    "section",
    { class: "card", "aria-labelledby": "safety-heading" },
    h("h2", { id: "safety-heading" }, t("safety.title")),
    h("p", { class: "hint" }, t("safety.intro")),
    settings,
    audit,
  );
}
