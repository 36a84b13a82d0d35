// Joining a partner's space with its invitation code: the form on "my
// spaces" and the #/join/CODE page an invitation link opens.

import { api } from "./api.js";
import { append, h } from "./dom.js";
import { feedback } from "./feedback.js";
import { field, onSubmit, text } from "./forms.js";
import { t } from "./i18n.js";
import { go } from "./router.js";

export function joinForm(code = "") {
  const fb = feedback();
  const form = h(
    "form",
    { class: "card" },
    h("h2", {}, t("join.title")),
    h("p", {}, t("join.intro")),
    fb.element,
    field({
      label: t("join.code"),
      name: "code",
      value: code,
      autocomplete: "off",
      autocapitalize: "characters",
      spellcheck: "false",
      maxlength: 32,
      class: "code",
      required: true,
    }),
    h("button", { type: "submit", class: "primary" }, t("join.submit")),
  );
  onSubmit(form, fb, async (data) => {
    const space = await api("POST", "/api/spaces/join", { code: text(data, "code") });
    go(`#/spaces/${space.id}`);
  });
  return form;
}

export function joinView(container, code) {
  append(
    container,
    h("h1", {}, t("join.page_title")),
    h("p", { class: "lead" }, t("join.invited", { code })),
    h("div", { class: "narrow" }, joinForm(code)),
  );
}
