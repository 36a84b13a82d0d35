// Where a form or section reports back: errors in role="alert", success in
// role="status". Both regions exist before any message, so screen readers
// announce what is put in them.

import { ApiError } from "./api.js";
import { h } from "./dom.js";
import { t } from "./i18n.js";

export function feedback() {
  const alert = h("div", { role: "alert", class: "alert" });
  const status = h("div", { role: "status", class: "status" });
  return {
    element: h("div", { class: "feedback" }, alert, status),
    /** Shows an error: the server's own message, or a general one for a bug. */
    error(error) {
      if (!(error instanceof ApiError)) console.error(error);
      this.warn(error instanceof ApiError ? error.message : t("error.unexpected"));
    },
    warn(message) {
      status.textContent = "";
      alert.textContent = message;
    },
    success(message) {
      alert.textContent = "";
      status.textContent = message;
    },
    clear() {
      alert.textContent = "";
      status.textContent = "";
    },
  };
}
