// fetch() for the JSON API: language and CSRF headers, one error type.

import { language, t } from "./i18n.js";

const SAFE_METHODS = new Set(["GET", "HEAD"]);

let csrfToken = "";
let unauthenticatedHandler = () => {};

/** An error the server explained: code, translated message, invalid fields. */
export class ApiError extends Error {
  constructor(status, error) {
    super(error.message);
    this.status = status;
    this.code = error.code;
    this.fields = error.fields ?? [];
    // The error as the server sent it, with what else it said (a mute's "until").
    this.details = error;
  }
}

export function setCsrfToken(token) {
  csrfToken = token;
}

/** Called when the server says the session is gone (expired, suspended). */
export function onUnauthenticated(handler) {
  unauthenticatedHandler = handler;
}

/** The server said so outside fetch() too (the live connection's close code). */
export function reportUnauthenticated() {
  unauthenticatedHandler();
}

export async function api(method, path, body) {
  const headers = body === undefined ? {} : { "Content-Type": "application/json" };
  return request(method, path, body === undefined ? undefined : JSON.stringify(body), headers);
}

/** Sends one file as a multipart form (its one field is "file"); the browser sets the boundary. */
export async function upload(path, file, name = "upload") {
  const form = new FormData();
  form.append("file", file, name);
  return request("POST", path, form, {});
}

// A "busy" answer means nothing was done (the database could not be had in
// time): the request goes again after the Retry-After the server gave, stretched
// by up to as much again so that a whole school does not come back at one moment.
const BUSY_TRIES = 4;

async function request(method, path, body, extraHeaders) {
  for (let tried = 1; ; tried++) {
    const answer = await send(method, path, body, extraHeaders);
    if (!(answer instanceof ApiError)) return answer;
    if (answer.code !== "busy" || tried === BUSY_TRIES) {
      if (answer.code === "unauthenticated") reportUnauthenticated();
      throw answer;
    }
    const seconds = Number(answer.details.retry_after ?? 1);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000 * (1 + Math.random())));
  }
}

/** One fetch: the answer's data, or the ApiError that explains it. */
async function send(method, path, body, extraHeaders) {
  const headers = { Accept: "application/json", "Accept-Language": language(), ...extraHeaders };
  if (!SAFE_METHODS.has(method)) headers["X-CSRF-Token"] = csrfToken;
  let response;
  try {
    response = await fetch(path, { method, headers, body, credentials: "same-origin" });
  } catch {
    throw new ApiError(0, { code: "network", message: t("error.network") });
  }
  const data = await response.json().catch(() => null);
  if (response.ok) return data;
  return new ApiError(
    response.status,
    data?.error ?? { code: "internal", message: t("error.internal") },
  );
}
