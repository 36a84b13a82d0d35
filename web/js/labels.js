// Words for the server's enumerations (space roles, statuses).

import { t } from "./i18n.js";

export function roleLabel(role) {
  const labels = {
    teacher_admin: t("role.teacher_admin"),
    teacher: t("role.teacher"),
    pupil_admin: t("role.pupil_admin"),
    pupil: t("role.pupil"),
    visitor: t("role.visitor"),
  };
  return labels[role] ?? role;
}

export function spaceStatusLabel(status) {
  const labels = { open: t("space.status_open"), archived: t("space.status_archived") };
  return labels[status] ?? status;
}

export function accountStatusLabel(status) {
  const labels = { active: t("pupils.status_active"), suspended: t("pupils.status_suspended") };
  return labels[status] ?? status;
}

/** The roles an account of this kind may hold in a space. */
export function rolesFor(kind) {
  return kind === "pupil"
    ? ["pupil_admin", "pupil", "visitor"]
    : ["teacher_admin", "teacher", "visitor"];
}

/** A language's name in that language, as the switch shows it. */
export function languageName(code) {
  const names = { en: t("language.en"), it: t("language.it") };
  return names[code] ?? code;
}
