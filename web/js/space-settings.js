// A teacher administrator edits a space's details, archives or reopens it.

import { api } from "./api.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { onSubmit, perform } from "./forms.js";
import { t } from "./i18n.js";
import { can } from "./policy.js";
import { refresh } from "./router.js";
import { spaceFields, spaceInput } from "./space-form.js";

export function settingsSection(space) {
  const fb = feedback();
  const edit = can(space, "space.edit") && editForm(space);
  const status = statusControl(space, fb);
  if (!edit && !status) return null;
  return h(
    "section",
    { class: "card", "aria-labelledby": "settings-heading" },
    h("h2", { id: "settings-heading" }, t("settings.title")),
    fb.element,
    edit,
    status,
  );
}

function editForm(space) {
  const fb = feedback();
  const form = h(
    "form",
    {},
    fb.element,
    spaceFields(space),
    h("button", { type: "submit", class: "primary" }, t("settings.save")),
  );
  onSubmit(form, fb, async (data) => {
    await api("PATCH", `/api/spaces/${space.id}`, spaceInput(data));
    await refresh();
  });
  return h("details", {}, h("summary", {}, t("settings.edit")), form);
}

/** Archive (read-only from then on) or reopen, whichever the viewer may do. */
function statusControl(space, fb) {
  const action = ["space.archive", "space.reopen"].find((a) => can(space, a));
  if (!action) return null;
  const archive = action === "space.archive";
  const button = h(
    "button",
    {
      type: "button",
      class: archive ? "danger" : "primary",
      onclick: () => {
        if (archive && !window.confirm(t("settings.archive_confirm"))) return;
        perform(button, fb, async () => {
          await api("POST", `/api/spaces/${space.id}/${archive ? "archive" : "reopen"}`);
          await refresh();
        });
      },
    },
    archive ? t("settings.archive") : t("settings.reopen"),
  );
  const hint = archive ? t("settings.archive_hint") : t("settings.reopen_hint");
  return h("div", { class: "actions" }, h("p", { class: "hint" }, hint), button);
}
