// New logins (username and password) are shown once: the server keeps only
// a hash. They stay on screen until the teacher says they have noted them,
// even across a language switch; logging out reloads the page and drops them.

import { h } from "./dom.js";
import { t } from "./i18n.js";

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
    h(
      "div",
      { class: "table-scroll" },
      h(
        "table",
        { class: "stack" },
        h("caption", { class: "visually-hidden" }, t("credentials.caption")),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            headers.map((c) => h("th", { scope: "col" }, c)),
          ),
        ),
        h(
          "tbody",
          {},
          shown.pupils.map((p) =>
            h(
              "tr",
              {},
              h("th", { scope: "row", "data-label": headers[0] }, p.display_name),
              h("td", { "data-label": headers[1], class: "login-text" }, p.username),
              h("td", { "data-label": headers[2], class: "login-text" }, p.password),
            ),
          ),
        ),
      ),
    ),
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
