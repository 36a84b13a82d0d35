// A space's first tab, made to invite pupils in: what the space is about
// with a few small facts, the partner schools on the map of Europe, the
// newest postcards, the next live session, big doors to the space's tools
// (with what is new behind them), and for its teachers the invitation and the
// space's own settings. The three pictures of the space are read at once,
// each on its own: one that cannot be read says so and the others still show.

import { api } from "./api.js";
import { append, h } from "./dom.js";
import { feedback } from "./feedback.js";
import { locale, t } from "./i18n.js";
import { icon } from "./icons.js";
import { invitationSection } from "./invitation.js";
import { languageName, roleLabel, spaceStatusLabel } from "./labels.js";
import { mayEnter } from "./live-calendar.js";
import { sessionTime } from "./live-when.js";
import { can } from "./policy.js";
import { mapPicture } from "./postcard-map.js";
import { cardPicture } from "./postcard-view.js";
import { settingsSection } from "./space-settings.js";
import { tabHref } from "./space-nav.js";

// How many of the newest postcards the overview shows.
const NEWEST = 4;

/**
 * tools: the other tabs, as space-nav takes them ({ key, label, icon, badge? }).
 * Returns { element, refresh }: refresh() reads the partners, the postcards
 * and the live sessions again, all at once.
 */
export async function overviewPanel(space, tools) {
  const pieces = [
    can(space, "postcard.read") && partners(space),
    can(space, "postcard.read") && newestPostcards(space),
    can(space, "live.view") && nextSession(space),
  ].filter(Boolean);
  const element = append(
    h("div", { class: "overview" }),
    about(space),
    pieces.length > 0 && h("div", { class: "overview-pieces" }, pieces.map((piece) => piece.element)),
    h(
      "ul",
      { class: "doors", "aria-label": t("space.doors") },
      tools.map((tool) =>
        h(
          "li",
          {},
          h(
            "a",
            { href: tabHref(space.id, tool.key), class: "door" },
            icon(tool.icon),
            h("span", { class: "door-name" }, tool.label),
            tool.door && h("span", { class: "door-hint" }, tool.door),
          ),
        ),
      ),
    ),
    can(space, "invitation.view") && (await invitationSection(space)),
    settingsSection(space),
  );
  return {
    element,
    refresh: () => Promise.allSettled(pieces.map((piece) => piece.load())),
  };
}

function about(space) {
  const languages = space.languages.map(languageName).join(", ") || t("space.no_languages");
  const chip = (picture, label, value) =>
    h(
      "li",
      { class: "chip" },
      icon(picture),
      h("span", { class: "visually-hidden" }, `${label}: `),
      value,
    );
  return h(
    "section",
    { class: "card", "aria-labelledby": "about-heading" },
    h("h2", { id: "about-heading", tabindex: -1 }, t("space.about")),
    space.description && h("p", { class: "description" }, space.description),
    h(
      "ul",
      { class: "chips", "aria-label": t("space.facts") },
      chip("people", t("space.my_role"), roleLabel(space.my_role)),
      chip(space.status === "archived" ? "lock" : "star", t("space.status"), spaceStatusLabel(space.status)),
      chip("chat", t("space.languages"), languages),
    ),
  );
}

/** A card of the overview with a heading and a picture; load() fills it. */
function piece(className, picture, title, fill) {
  const fb = feedback();
  const body = h("div", { class: "overview-piece-body" });
  const id = `${className}-heading`;
  const element = h(
    "section",
    { class: `card overview-piece ${className}`, "aria-labelledby": id },
    h("h2", { id }, icon(picture), h("span", {}, title)),
    fb.element,
    body,
  );
  return {
    element,
    load: () =>
      fill(body).then(
        () => fb.clear(),
        (error) => {
          fb.error(error);
          throw error;
        },
      ),
  };
}

/** "🇵🇱" for "PL": the two letters as regional indicator symbols. */
function flag(country) {
  if (!/^[A-Z]{2}$/.test(country)) return "";
  return String.fromCodePoint(...[...country].map((letter) => 0x1f1a5 + letter.charCodeAt(0)));
}

function countryName(country) {
  try {
    return new Intl.DisplayNames([locale()], { type: "region" }).of(country) ?? country;
  } catch {
    return country;
  }
}

// The least part of the map's width the overview shows: a country or two.
const CLOSEST = 0.4;

/** The part of the map around the partner schools, in the whole map's shape. */
function closeIn(found) {
  const [x, y, width, height] = found.view_box.split(" ").map(Number);
  if (found.schools.length === 0) return found.view_box;
  const xs = found.schools.map((school) => school.x);
  const ys = found.schools.map((school) => school.y);
  // Room around the schools for their towns' names.
  const part = Math.min(1, Math.max(CLOSEST, spread(xs) / width + 0.2, spread(ys) / height + 0.25));
  const left = within(middle(xs), width * part, x, width);
  const top = within(middle(ys), height * part, y, height);
  return [left, top, width * part, height * part].map(Math.round).join(" ");
}

const spread = (values) => Math.max(...values) - Math.min(...values);
const middle = (values) => (Math.max(...values) + Math.min(...values)) / 2;

/** Where a window of size around centre starts, kept within start and start + whole. */
function within(centre, size, start, whole) {
  return Math.min(Math.max(centre - size / 2, start), start + whole - size);
}

function partners(space) {
  return piece("overview-partners", "map", t("space.partners"), async (body) => {
    const found = await api("GET", `/api/spaces/${space.id}/postcards/map`);
    const map = mapPicture(found, { label: t("space.partners_map"), shown: closeIn(found) });
    body.replaceChildren();
    append(
      body,
      h("figure", { class: "postcard-map overview-map" }, map),
      h(
        "ul",
        { class: "partner-schools", "aria-label": t("space.partner_schools") },
        found.schools.map((school) =>
          h(
            "li",
            { class: "partner-school" },
            h("span", { class: "partner-flag", "aria-hidden": "true" }, flag(school.country)),
            h(
              "span",
              {},
              h("strong", {}, school.name),
              h("span", { class: "partner-place" }, `${school.town}, ${countryName(school.country)}`),
            ),
          ),
        ),
      ),
      found.schools.length === 0 && h("p", { class: "empty" }, t("space.partners_none")),
    );
  });
}

function newestPostcards(space) {
  return piece("overview-postcards", "postcard", t("space.newest_postcards"), async (body) => {
    const found = await api("GET", `/api/spaces/${space.id}/postcards/gallery`);
    const cards = found.cards.slice(0, NEWEST);
    const write = can(space, "postcard.write");
    body.replaceChildren();
    if (cards.length === 0) {
      append(
        body,
        h("p", { class: "overview-empty" }, t("space.postcards_none")),
        write &&
          h(
            "a",
            { class: "button primary big", href: tabHref(space.id, "postcards", "write") },
            icon("pencil"),
            t("postcards.write"),
          ),
      );
      return;
    }
    append(
      body,
      h(
        "ul",
        { class: "postcard-thumbs", "aria-label": t("space.newest_postcards") },
        cards.map((card) =>
          h(
            "li",
            {},
            h(
              "a",
              { class: "postcard-thumb", href: tabHref(space.id, "postcards", "card", card.id) },
              cardPicture(card),
              h(
                "span",
                { class: "postcard-thumb-from" },
                h("span", { "aria-hidden": "true" }, `${flag(card.from_class.school.country)} `),
                card.from_class.school.town,
              ),
            ),
          ),
        ),
      ),
      h(
        "p",
        { class: "postcard-more" },
        h("a", { href: tabHref(space.id, "postcards", "gallery") }, t("postcards.all_cards")),
      ),
    );
  });
}

function nextSession(space) {
  return piece("overview-live", "live", t("space.next_session"), async (body) => {
    const found = await api("GET", `/api/spaces/${space.id}/live`);
    const next = found.sessions
      .filter((session) => session.state === "open" || session.state === "scheduled")
      .sort((a, b) => (a.starts_at < b.starts_at ? -1 : 1))[0];
    if (!next) {
      body.replaceChildren(h("p", { class: "overview-empty" }, t("space.no_next_session")));
      return;
    }
    const open = next.state === "open" && mayEnter(next);
    body.replaceChildren(
      h(
        "a",
        { class: "next-session", href: tabHref(space.id, "live", open ? next.id : "") },
        next.state === "open" && h("span", { class: "badge live-now" }, t("live.state_open")),
        h("strong", { class: "next-session-title" }, next.title),
        h("span", { class: "next-session-when" }, sessionTime(next)),
      ),
    );
  });
}
