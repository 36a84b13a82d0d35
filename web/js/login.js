// #/login: one form for everyone. Teachers type their e-mail, pupils the
// username their teacher gave them.

import { append, h } from "./dom.js";
import { feedback } from "./feedback.js";
import { field, onSubmit, text } from "./forms.js";
import { t } from "./i18n.js";
import { settleLanguage } from "./language.js";
import { takeNotice } from "./notice.js";
import { go, takeNextAfterLogin } from "./router.js";
import { logIn } from "./session.js";

// What is typed in the login box outlives a new drawing of the page (a switch
// of language), so a pupil who picks a language after typing keeps it.
let typedLogin = "";

/** Log in, take the account's language, go where the user was heading. */
export async function enter(login, password) {
  await logIn(login, password);
  await settleLanguage();
  go(takeNextAfterLogin());
}

export function loginView(container) {
  const fb = feedback();
  const notice = takeNotice();
  if (notice) fb.success(notice);
  const form = h(
    "form",
    { class: "card narrow" },
    fb.element,
    field({
      label: t("login.login"),
      hint: t("login.login_hint"),
      name: "login",
      autocomplete: "username",
      autocapitalize: "none",
      spellcheck: "false",
      required: true,
    }),
    field({
      label: t("login.password"),
      name: "password",
      type: "password",
      autocomplete: "current-password",
      required: true,
    }),
    h("button", { type: "submit", class: "primary" }, t("login.submit")),
  );
  const login = form.elements.namedItem("login");
  login.value = typedLogin;
  login.addEventListener("input", () => {
    typedLogin = login.value;
  });
  onSubmit(form, fb, (data) => enter(text(data, "login"), String(data.get("password"))));
  append(
    container,
    h("h1", {}, t("login.title")),
    h("p", { class: "lead" }, t("login.intro")),
    form,
    h(
      "p",
      { class: "narrow" },
      t("login.new_teacher"),
      " ",
      h("a", { href: "#/register" }, t("login.register_link")),
    ),
  );
}
