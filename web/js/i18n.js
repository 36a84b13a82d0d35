// The message catalogues (web/i18n/xx.json, shared with the server) and t().

const STORAGE_KEY = "twinspace.language";
export const LANGUAGES = ["en", "it"];

let messages = {};
let current = "en";

/** The message for key, with {name} placeholders filled from params. */
export function t(key, params = {}) {
  const template = messages[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name) =>
    name in params ? String(params[name]) : match,
  );
}

export function language() {
  return current;
}

export async function useLanguage(code) {
  const response = await fetch(`/i18n/${code}.json`);
  if (!response.ok) throw new Error(`no catalogue for ${code}`);
  messages = await response.json();
  current = code;
  document.documentElement.lang = code;
}

/** The language for pages shown before login: the last choice, else the browser's. */
export function storedLanguage() {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (LANGUAGES.includes(saved)) return saved;
  const browser = (navigator.language || "en").slice(0, 2).toLowerCase();
  return LANGUAGES.includes(browser) ? browser : "en";
}

export function rememberLanguage(code) {
  localStorage.setItem(STORAGE_KEY, code);
}
