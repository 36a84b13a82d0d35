// Switching the language: saved on the account when logged in, in this
// browser before login. The rule at login: a language the person chose on
// the login page (on this device, since they last logged in) is kept and
// saved on their account; without such a choice the account's own language
// is used. The choice outlives a reload, so the login page never shows one
// language and the account another without the person asking for it.

import { api } from "./api.js";
import { rememberLanguage, useLanguage } from "./i18n.js";
import { setUser, user } from "./session.js";

const CHOICE_KEY = "twinspace.language.chosen";

export async function switchLanguage(code) {
  if (user()) {
    setUser(await api("PUT", "/api/me/language", { language: code }));
  } else {
    localStorage.setItem(CHOICE_KEY, code);
  }
  rememberLanguage(code);
  await useLanguage(code);
}

/** After login: keep the language chosen on the login page, else take the account's. */
export async function settleLanguage() {
  const chosen = localStorage.getItem(CHOICE_KEY);
  localStorage.removeItem(CHOICE_KEY);
  if (chosen && chosen !== user().language) {
    setUser(await api("PUT", "/api/me/language", { language: chosen }));
  }
  rememberLanguage(user().language);
  await useLanguage(user().language);
}
