// What a member may do about someone else's chat message or forum post:
// report it to the teachers. Teachers also remove it for everyone, and mute
// its author (a pupil or a visitor; teachers are never muted) for a while.

import { t } from "./i18n.js";
import { noteForm } from "./note-form.js";
import { can } from "./policy.js";
import { COMMANDS, CONTENT } from "./protocol.js";
import { removal } from "./removal.js";
import { timeText } from "./when.js";

const MUTABLE_ROLES = new Set(["pupil_admin", "pupil", "visitor"]);

/**
 * (message, { fb, onRemoved }) -> the actions on that message (of content
 * kind, CONTENT.x.Y), as itemAction() takes them; members (may be null)
 * knows the authors' roles.
 */
export function messageTools(space, live, members, kind = CONTENT.chat.MESSAGE) {
  return (message, { fb, onRemoved }) =>
    [
      can(space, "report.create") && report(message, kind, live, fb),
      can(space, "content.remove") &&
        removal({
          live,
          kind,
          id: message.id,
          label: t("chat.remove"),
          name: t("chat.remove_named", whose(message)),
          onRemoved: () => {
            onRemoved(message.id);
            fb.success(t("removal.done"));
          },
        }),
      can(space, "member.mute") &&
        MUTABLE_ROLES.has(members?.member(message.author.id)?.role) &&
        mute(space, message, live, fb),
    ].filter(Boolean);
}

/** Who wrote the message and when, as its buttons name it for a screen reader. */
function whose(message) {
  return { name: message.author.display_name, time: timeText(message.created_at) };
}

function report(message, kind, live, fb) {
  return {
    label: t("chat.report"),
    name: t("chat.report_named", whose(message)),
    form: (close) =>
      noteForm({
        title: t("report.title"),
        label: t("report.reason"),
        required: true,
        submits: [{ label: t("report.submit") }],
        onSubmit: async (reason) => {
          await live.command(
            COMMANDS.report.CREATE,
            { content_kind: kind, content_id: message.id, reason },
            { retry: true },
          );
          close();
          fb.success(t("report.sent"));
        },
        close,
      }),
  };
}

function mute(space, message, live, fb) {
  const author = message.author;
  const name = author.display_name;
  return {
    label: t("chat.mute"),
    name: t("chat.mute_named", whose(message)),
    form: (close) =>
      noteForm({
        title: t("mute.title", { name }),
        label: t("moderation.reason"),
        submits: [
          { label: t("mute.minutes_10"), value: 10 },
          { label: t("mute.hour"), value: 60 },
          { label: t("mute.day"), value: 24 * 60 },
          { label: t("mute.lift"), value: 0, className: "secondary" },
        ],
        onSubmit: async (reason, value) => {
          const minutes = Number(value);
          const result = await live.command(
            COMMANDS.member.MUTE,
            { space_id: space.id, user_id: author.id, minutes, reason },
            { retry: true },
          );
          close();
          fb.success(
            minutes
              ? t("mute.done", { name, until: timeText(result.until) })
              : t("mute.lifted", { name }),
          );
        },
        close,
      }),
  };
}
