// Who is logged in: the user from GET/POST /api/session and its CSRF token.

import { api, setCsrfToken } from "./api.js";

let current = null;

export function user() {
  return current;
}

export function isTeacher() {
  return current?.kind === "teacher";
}

export function setUser(updated) {
  current = updated;
}

function start(session) {
  current = session.user;
  setCsrfToken(session.csrf_token);
}

/** Pick up an existing session cookie, if any: a visitor gets { user: null }. */
export async function restore() {
  const session = await api("GET", "/api/session");
  if (session.user) start(session);
}

export async function logIn(login, password) {
  start(await api("POST", "/api/session", { login, password }));
}

export async function logOut() {
  await api("DELETE", "/api/session");
  forget();
}

export function forget() {
  current = null;
  setCsrfToken("");
}
