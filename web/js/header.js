// The bar on every page: name of the app, navigation (with a teacher's link
// to the review queues), who is logged in, the language menu and logout.

import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { perform } from "./forms.js";
import { availableLanguages, language, t } from "./i18n.js";
import { languageName } from "./labels.js";
import { switchLanguage } from "./language.js";
import { reviewLink } from "./review-waiting.js";
import { home, refresh } from "./router.js";
import { isTeacher, logOut, user } from "./session.js";

// A click anywhere else closes the language menu, as a menu does.
document.addEventListener("click", (event) => {
  const menu = document.querySelector("details.language[open]");
  if (menu && !menu.contains(event.target)) menu.open = false;
});

export function renderHeader(hash) {
  const header = document.getElementById("app-header");
  const fb = feedback();
  header.replaceChildren(
    skipLink(),
    h(
      "div",
      { class: "app-header-inner" },
      h(
        "a",
        { href: home(), class: "brand" },
        h("img", { src: "/img/logo.svg", alt: "", width: 48, height: 30 }),
        h("span", { class: "brand-name" }, t("app.name")),
      ),
      user() && navigation(hash),
      h(
        "div",
        { class: "header-tools" },
        user() &&
          h("span", { class: "who" }, t("header.logged_in_as", { name: user().display_name })),
        languageMenu(fb),
        user() && logoutButton(fb),
      ),
    ),
    fb.element,
  );
}

/** Jumps to the main heading; a plain #main would be taken for a route. */
function skipLink() {
  const skip = (event) => {
    event.preventDefault();
    document.querySelector("#main h1")?.focus();
  };
  return h("a", { href: "#main", class: "skip-link", onclick: skip }, t("header.skip"));
}

function navigation(hash) {
  const links = [["#/spaces", t("nav.spaces")]];
  if (isTeacher()) links.push(["#/classes", t("nav.classes")]);
  return h(
    "nav",
    { "aria-label": t("nav.label") },
    h(
      "ul",
      {},
      links.map(([href, label]) =>
        h(
          "li",
          {},
          h("a", { href, "aria-current": hash.startsWith(href) ? "page" : false }, label),
        ),
      ),
      reviewLink(),
    ),
  );
}

/**
 * The language menu: the current language's name opens a list of every
 * language the server offers, each named in its own language. A menu
 * rather than a row of buttons, so six languages (and more) fit a phone.
 */
function languageMenu(fb) {
  const menu = h(
    "details",
    {
      class: "language",
      onkeydown: (event) => {
        if (event.key !== "Escape" || !menu.open) return;
        menu.open = false;
        menu.querySelector("summary").focus();
      },
    },
    h(
      "summary",
      {},
      h("span", { class: "visually-hidden" }, `${t("header.language")}: `),
      h("span", { lang: language() }, languageName(language())),
    ),
    h(
      "ul",
      { class: "language-choices" },
      availableLanguages().map((code) => {
        const button = h(
          "button",
          {
            type: "button",
            lang: code,
            class: "language-choice",
            "aria-current": code === language() ? "true" : false,
            onclick: () =>
              perform(button, fb, async () => {
                // The language already shown is a choice too (kept at login),
                // but the page is not drawn anew for it: what is typed stays.
                const changed = code !== language();
                await switchLanguage(code);
                if (changed) await refresh();
                else menu.open = false;
              }),
          },
          languageName(code),
        );
        return h("li", {}, button);
      }),
    ),
  );
  return menu;
}

function logoutButton(fb) {
  const button = h(
    "button",
    {
      type: "button",
      class: "secondary",
      onclick: () =>
        perform(button, fb, async () => {
          await logOut();
          // A full reload leaves nothing of this user in memory on a shared tablet.
          location.hash = "#/login";
          location.reload();
        }),
    },
    t("header.logout"),
  );
  return button;
}
