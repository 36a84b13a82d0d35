// New logins (username and password) are shown once: the server keeps only
// a hash. They stay on screen until the teacher says they have noted them,
// even across a language switch; logging out reloads the page and drops them.

import { h } from "./dom.js";
import { t } from "./i18n.js";
import { cell, dataTable, rowHeader } from "./table.js";

let shown = null;

export function showCredentials(title, pupils) {
  shown = { title, pupils };
}

/** The panel for the logins being shown, or null; onDone runs after dismissal. */
export function credentialsPanel(onDone) {
  if (!shown) return null;
  const headers = [t("credentials.name"), t("credentials.username"), t("credentials.password")];
  return h(
    "section",
    { class: "card credentials", "aria-labelledby": "credentials-heading" },
    h("h2", { id: "credentials-heading", tabindex: "-1" }, shown.title),
    h("p", { class: "note" }, h("strong", {}, t("credentials.once"))),
    dataTable({
      caption: t("credentials.caption"),
      headers,
      rows: shown.pupils.map((p) =>
        h(
          "tr",
          {},
          rowHeader(p.display_name),
          cell(headers[1], p.username, "login-text"),
          cell(headers[2], p.password, "login-text"),
        ),
      ),
    }),
    h(
      "div",
      { class: "actions no-print" },
      h(
        "button",
        { type: "button", class: "primary", onclick: () => window.print() },
        t("credentials.print"),
      ),
      h(
        "button",
        {
          type: "button",
          class: "secondary",
          onclick: () => {
            shown = null;
            onDone();
          },
        },
        t("credentials.done"),
      ),
    ),
  );
}
