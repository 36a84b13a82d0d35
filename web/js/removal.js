// Taking a message or a post down for everyone (teachers, platform
// moderators): a reason for the audit log, then the server removes it,
// resolves its open reports and tells every page showing it.

import { t } from "./i18n.js";
import { noteForm } from "./note-form.js";
import { COMMANDS } from "./protocol.js";

/**
 * The item action (see item-action.js) that removes the content of kind
 * (CONTENT.x.Y) id; name says which for a screen reader.
 */
export function removal({ live, kind, id, label, name, onRemoved }) {
  return {
    label,
    name,
    className: "danger small",
    form: (close) =>
      noteForm({
        title: t("removal.title"),
        label: t("moderation.reason"),
        submits: [{ label: t("removal.submit"), className: "danger" }],
        onSubmit: async (reason) => {
          await live.command(
            COMMANDS.content.REMOVE,
            { content_kind: kind, content_id: id, reason },
            { retry: true },
          );
          close();
          onRemoved();
        },
        close,
      }),
  };
}
