// Taking a message down for everyone (teachers, platform moderators): a
// reason for the audit log, then the server removes it, resolves its open
// reports and tells every page showing it.

import { t } from "./i18n.js";
import { noteForm } from "./note-form.js";

/** The item action (see item-action.js) that removes chat message id. */
export function removal({ live, id, label, name, onRemoved }) {
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
            "content.remove",
            { content_kind: "chat.message", content_id: id, reason },
            { retry: true },
          );
          close();
          onRemoved();
        },
        close,
      }),
  };
}
