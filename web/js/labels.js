// Words for the server's enumerations (roles, statuses, screening findings, audit actions).

import { t } from "./i18n.js";
import { CONTENT } from "./protocol.js";

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

/** A language's name in that language ("Polski"), from the browser's CLDR data. */
export function languageName(code) {
  const name = new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}

/** Why a pupil's message waits for a teacher: a screening finding's kind, or
 * the space's premoderation (every kind has its words in every catalogue). */
export function findingLabel(kind) {
  const labels = {
    email: t("finding.email"),
    phone: t("finding.phone"),
    address: t("finding.address"),
    social_handle: t("finding.social_handle"),
    contact_invitation: t("finding.contact_invitation"),
    external_link: t("finding.external_link"),
    abuse: t("finding.abuse"),
    rude: t("finding.rude"),
    profanity: t("finding.profanity"),
    meeting: t("finding.meeting"),
    photo_request: t("finding.photo_request"),
    private_contact: t("finding.private_contact"),
    gift_offer: t("finding.gift_offer"),
    personal_question: t("finding.personal_question"),
    secrecy: t("finding.secrecy"),
    isolation: t("finding.isolation"),
    self_harm: t("finding.self_harm"),
    disclosure: t("finding.disclosure"),
    violence: t("finding.violence"),
    premoderation: t("finding.premoderation"),
  };
  return labels[kind] ?? kind;
}

/** What an entry of the audit log records. */
export function auditActionLabel(action) {
  const labels = {
    "review.approve": t("audit.review_approve"),
    "review.reject": t("audit.review_reject"),
    "report.escalate": t("audit.report_escalate"),
    "report.resolve": t("audit.report_resolve"),
    "content.remove": t("audit.content_remove"),
    "chat.delete": t("audit.chat_delete"),
    "forum.delete": t("audit.forum_delete"),
    "forum.discussion_delete": t("audit.forum_discussion_delete"),
    "forum.pinned": t("audit.forum_pinned"),
    "forum.locked": t("audit.forum_locked"),
    "member.mute": t("audit.member_mute"),
    "member.unmute": t("audit.member_unmute"),
    "member.role": t("audit.member_role"),
    "member.remove": t("audit.member_remove"),
    "space.settings": t("audit.space_settings"),
    "safeguarding.concern": t("audit.safeguarding_concern"),
    "space.archive": t("audit.space_archive"),
    "space.reopen": t("audit.space_reopen"),
    "page.manage": t("audit.page_manage"),
    "page.open_to_pupils": t("audit.page_open_to_pupils"),
    "page.showcase": t("audit.page_showcase"),
    "live.clear": t("audit.live_clear"),
    "live.mute": t("audit.live_mute"),
    "live.unmute": t("audit.live_unmute"),
  };
  return labels[action] ?? action;
}

/** What kind of content a review item or a report is about. */
export function contentKindLabel(kind) {
  const labels = {
    [CONTENT.chat.MESSAGE]: t("content.chat_message"),
    [CONTENT.forum.POST]: t("content.forum_post"),
    [CONTENT.page.TEXT]: t("content.page_text"),
    [CONTENT.postcard.CARD]: t("content.postcard_card"),
    [CONTENT.live.MESSAGE]: t("content.live_message"),
    [CONTENT.live.QUESTION]: t("content.live_question"),
    [CONTENT.live.NOTE]: t("content.live_note"),
  };
  return labels[kind] ?? kind;
}

/** The button that takes content of this kind down for everyone. */
export function removeLabel(kind) {
  return kind === CONTENT.forum.POST ? t("forum.remove") : t("reports.remove");
}
