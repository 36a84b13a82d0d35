// The message catalogues (web/i18n/xx.json, shared with the server) and t().
// A message that shows a number has one entry per plural category of the
// language ("review.count.one", "review.count.few", "review.count.other"):
// the count parameter picks one through Intl.PluralRules.

const STORAGE_KEY = "twinspace.language";

let languages = ["en"];
let messages = {};
let current = "en";
let plurals = new Intl.PluralRules("en");
let numbers = new Intl.NumberFormat("en");

/** The languages the server has catalogues for, read once at start-up. */
export async function loadLanguages() {
  const response = await fetch("/api/languages", { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error("the server did not list its languages");
  languages = await response.json();
}

export function availableLanguages() {
  return languages;
}

function template(key, params) {
  if (typeof params.count === "number" && `${key}.other` in messages) {
    return messages[`${key}.${plurals.select(params.count)}`] ?? messages[`${key}.other`];
  }
  return messages[key] ?? key;
}

/** The message for key, with {name} placeholders filled from params. */
export function t(key, params = {}) {
  return template(key, params).replace(/\{(\w+)\}/g, (match, name) => {
    if (!(name in params)) return match;
    const value = params[name];
    return typeof value === "number" ? numbers.format(value) : String(value);
  });
}

export function language() {
  return current;
}

/**
 * The locale for dates, times and numbers: the page's language, with the
 * reader's own region. A browser set to en-GB gives en-GB (24-hour times);
 * one set to it-IT reading the English page gives en-IT, Italian habits
 * in English words. Intl falls back to the bare language when it does not
 * know the pair.
 */
export function locale() {
  const own = navigator.languages.find((tag) => new Intl.Locale(tag).language === current);
  if (own) return own;
  const region = navigator.language && new Intl.Locale(navigator.language).region;
  return region ? `${current}-${region}` : current;
}

export async function useLanguage(code) {
  const response = await fetch(`/i18n/${code}.json`);
  if (!response.ok) throw new Error(`no catalogue for ${code}`);
  messages = await response.json();
  current = code;
  plurals = new Intl.PluralRules(code);
  numbers = new Intl.NumberFormat(locale());
  document.documentElement.lang = code;
}

/** The language for pages shown before login: the last choice, else the browser's. */
export function storedLanguage() {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (languages.includes(saved)) return saved;
  const browser = navigator.languages
    .map((tag) => new Intl.Locale(tag).language)
    .find((code) => languages.includes(code));
  return browser ?? "en";
}

export function rememberLanguage(code) {
  localStorage.setItem(STORAGE_KEY, code);
}
