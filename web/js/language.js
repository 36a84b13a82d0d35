// Switching the language: saved on the account when logged in, in this
// browser before login. A choice made on the login page carries over into
// the account; otherwise the account's own language wins after login.

import { api } from "./api.js";
import { rememberLanguage, useLanguage } from "./i18n.js";
import { setUser, user } from "./session.js";

let choiceBeforeLogin = null;

export async function switchLanguage(code) {
  if (user()) {
    setUser(await api("PUT", "/api/me/language", { language: code }));
  } else {
    choiceBeforeLogin = code;
  }
  rememberLanguage(code);
  await useLanguage(code);
}

/** After login: keep the language just chosen, else take the account's. */
export async function settleLanguage() {
  if (choiceBeforeLogin && choiceBeforeLogin !== user().language) {
    setUser(await api("PUT", "/api/me/language", { language: choiceBeforeLogin }));
  }
  choiceBeforeLogin = null;
  rememberLanguage(user().language);
  await useLanguage(user().language);
}
