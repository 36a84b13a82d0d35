// Hash routing (#/spaces/3): the server serves one page and needs no
// fallback routes. Each route says who may see it; a view builds its DOM
// in a fresh container that replaces the old one in one step, and focus
// moves to the new main heading. What a view opened (a live connection) it
// hands to onLeave, which closes it when the view is replaced or abandoned.
// A view may stay for the next hash of its own route (a space's tabs, with
// the one live connection the space page keeps): it returns { keep(...matches) },
// which shows that hash itself and returns true, or false to be rebuilt.

import { ApiError } from "./api.js";
import { append, h } from "./dom.js";
import { t } from "./i18n.js";
import { user } from "./session.js";

let routes = [];
let beforeRender = () => {};
let rendering = 0;
let nextAfterLogin = "";
const leaveHandlers = new WeakMap();
let shown = null; // { route, keep } of the view on the page

/**
 * routes: [{ pattern, view, access }] with access "guest" (logged out only),
 * "user" or "teacher"; view(container, ...matches) may be async.
 */
export function startRouter(table, { onRender }) {
  routes = table;
  beforeRender = onRender;
  window.addEventListener("hashchange", () => render());
  // A link to the page already shown reloads it, as a user expects.
  document.addEventListener("click", (event) => {
    const link = event.target.closest?.('a[href^="#/"]');
    if (link && link.getAttribute("href") === location.hash) {
      event.preventDefault();
      render();
    }
  });
  render();
}

export function go(hash) {
  if (location.hash === hash) render();
  else location.hash = hash;
}

/** Builds the view of the current hash anew (what the viewer may do has changed). */
export function refresh() {
  return render({ rebuild: true });
}

/** Runs handler once the view built in container leaves the page. */
export function onLeave(container, handler) {
  leaveHandlers.set(container, [...(leaveHandlers.get(container) ?? []), handler]);
}

function leave(container) {
  for (const handler of leaveHandlers.get(container) ?? []) handler();
  leaveHandlers.delete(container);
}

/** Where to go after login: the page that asked for it, else my spaces. */
export function takeNextAfterLogin() {
  const next = nextAfterLogin || "#/spaces";
  nextAfterLogin = "";
  return next;
}

/** The start page: my spaces, or the login page for a visitor. */
export function home() {
  return user() ? "#/spaces" : "#/login";
}

function find(hash) {
  for (const route of routes) {
    const match = route.pattern.exec(hash);
    if (match) return { route, params: match.slice(1) };
  }
  return null;
}

/** The hash to go to instead, when this user may not see the route. */
function redirectFor(route, hash) {
  if (route.access === "guest") return user() ? "#/spaces" : null;
  if (!user()) {
    nextAfterLogin = hash;
    return "#/login";
  }
  if (route.access === "teacher" && user().kind !== "teacher") return "#/spaces";
  return null;
}

async function render({ rebuild = false } = {}) {
  const hash = location.hash || "#/";
  const found = find(hash);
  const redirect = found ? redirectFor(found.route, hash) : null;
  if (hash === "#/" || redirect) {
    // replace(): the back button must not land on a page that sends it forward again.
    location.replace(redirect ?? home());
    return;
  }
  const ticket = ++rendering;
  if (!rebuild && found && shown?.route === found.route && shown.keep?.(...found.params)) {
    beforeRender(hash);
    return;
  }
  const main = document.getElementById("main");
  main.setAttribute("aria-busy", "true");
  const container = h("div", { class: "view" });
  let kept = null;
  try {
    if (found) kept = await found.route.view(container, ...found.params);
    else notFoundView(container, t("notfound.page"));
  } catch (error) {
    container.replaceChildren();
    failedView(container, error);
  }
  if (ticket !== rendering) {
    leave(container);
    return;
  }
  shown = { route: found?.route, keep: kept?.keep };
  beforeRender(hash);
  const previous = main.firstElementChild;
  main.replaceChildren(container);
  if (previous) leave(previous);
  main.removeAttribute("aria-busy");
  focusHeading(main);
}

function focusHeading(main) {
  const heading = main.querySelector("h1");
  document.title = heading ? `${heading.textContent} – ${t("app.name")}` : t("app.name");
  if (!heading) return;
  heading.setAttribute("tabindex", "-1");
  heading.focus();
}

function notFoundView(container, message) {
  append(
    container,
    h("h1", {}, t("notfound.title")),
    h("p", { class: "lead" }, message),
    h("p", {}, h("a", { href: home(), class: "button" }, t("notfound.back"))),
  );
}

function failedView(container, error) {
  if (error instanceof ApiError && error.code === "not_found") {
    notFoundView(container, error.message);
    return;
  }
  if (!(error instanceof ApiError)) console.error(error);
  append(
    container,
    h("h1", {}, t("failed.title")),
    h(
      "p",
      { role: "alert", class: "alert" },
      error instanceof ApiError ? error.message : t("error.unexpected"),
    ),
    h("p", {}, h("a", { href: home(), class: "button" }, t("notfound.back"))),
  );
}
