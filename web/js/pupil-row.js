// One pupil in a class table: a new password (shown once), suspend or reinstate.

import { api } from "./api.js";
import { h } from "./dom.js";
import { perform } from "./forms.js";
import { t } from "./i18n.js";
import { accountStatusLabel } from "./labels.js";
import { cell, rowHeader } from "./table.js";

export function pupilRow(pupil, headers, fb, page) {
  const status = cell(headers[2], accountStatusLabel(pupil.status));
  const actions = h(
    "div",
    { class: "actions" },
    passwordButton(pupil, fb, page),
    statusButton(pupil, status, fb),
  );
  return h(
    "tr",
    {},
    rowHeader(pupil.display_name),
    cell(headers[1], pupil.username, "login-text"),
    status,
    cell(headers[3], actions),
  );
}

function passwordButton(pupil, fb, page) {
  const button = h(
    "button",
    {
      type: "button",
      class: "secondary small",
      "aria-label": t("pupils.new_password_for", { name: pupil.display_name }),
      onclick: () => {
        if (!window.confirm(t("pupils.new_password_confirm", { name: pupil.display_name }))) return;
        perform(button, fb, async () => {
          const updated = await api("POST", `/api/pupils/${pupil.id}/password`);
          page.showLogins(t("credentials.new_password", { name: pupil.display_name }), [updated]);
        });
      },
    },
    t("pupils.new_password"),
  );
  return button;
}

/** One button that suspends or reinstates, updated in place so focus stays on it. */
function statusButton(pupil, statusCell, fb) {
  let current = pupil.status;
  const button = h("button", { type: "button", class: "secondary small" });
  const name = { name: pupil.display_name };
  const label = () => {
    const suspended = current === "suspended";
    button.textContent = suspended ? t("pupils.reinstate") : t("pupils.suspend");
    button.setAttribute(
      "aria-label",
      suspended ? t("pupils.reinstate_named", name) : t("pupils.suspend_named", name),
    );
    statusCell.textContent = accountStatusLabel(current);
  };
  button.addEventListener("click", () =>
    perform(button, fb, async () => {
      const action = current === "suspended" ? "reinstate" : "suspend";
      current = (await api("POST", `/api/pupils/${pupil.id}/${action}`)).status;
      label();
      fb.success(
        current === "suspended" ? t("pupils.suspended", name) : t("pupils.reinstated", name),
      );
    }),
  );
  label();
  return button;
}
