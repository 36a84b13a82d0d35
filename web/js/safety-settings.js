// A teacher administrator sets how the space keeps its pupils safe: how
// strictly their words are screened and the websites they may link to, and,
// per feature, whether a teacher checks each message or post first, when
// pupils may chat, and whether they may start forum topics.

import { ApiError } from "./api.js";
import { h } from "./dom.js";
import { forumSettings } from "./forum-settings.js";
import { choice, field, radios, text, tick } from "./forms.js";
import { language, t } from "./i18n.js";
import { settingsForm } from "./settings-form.js";

// A school week's lessons, when the space has no hours yet.
const DEFAULT_HOURS = { days: [1, 2, 3, 4, 5], start: "08:00", end: "16:00" };

export function safetySettings(space) {
  return settingsForm(
    space,
    [moderationPart(space.settings), chatPart(space.settings), forumSettings(space.settings)],
    { className: "safety-form", save: t("safety.save"), saved: t("safety.saved") },
  );
}

/** How pupils' words are checked, in every kind of content. */
function moderationPart({ moderation }) {
  return {
    name: "moderation",
    legend: t("safety.moderation"),
    controls: [
      radios({
        legend: t("safety.level"),
        hint: t("safety.level_hint"),
        name: "moderation.screening_level",
        value: moderation.screening_level,
        options: [
          { value: "relaxed", label: t("safety.level_relaxed") },
          { value: "standard", label: t("safety.level_standard") },
          { value: "strict", label: t("safety.level_strict") },
        ],
      }),
      field({
        label: t("safety.domains"),
        hint: t("safety.domains_hint"),
        name: "moderation.allowed_domains",
        multiline: true,
        rows: 3,
        value: moderation.allowed_domains.join("\n"),
        autocapitalize: "none",
        spellcheck: "false",
      }),
    ],
    values: (data) => ({
      screening_level: data.get("moderation.screening_level"),
      allowed_domains: text(data, "moderation.allowed_domains")
        .split(/[\s,;]+/)
        .map((domain) => domain.toLowerCase())
        .filter(Boolean),
    }),
  };
}

/** Whether a teacher checks every chat line first, and when pupils may chat. */
function chatPart({ chat }) {
  const hours = hoursFields(chat);
  return {
    name: "chat",
    legend: t("chat.title"),
    controls: [
      h(
        "div",
        { class: "field" },
        tick({
          label: t("safety.premoderate"),
          name: "chat.premoderated",
          value: "yes",
          checked: chat.premoderated,
        }),
      ),
      radios({
        legend: t("safety.policy"),
        name: "chat.policy",
        value: chat.policy,
        options: [
          { value: "always", label: t("safety.policy_always") },
          { value: "teacher_online", label: t("safety.policy_teacher_online") },
          { value: "hours", label: t("safety.policy_hours") },
        ],
      }),
      hours,
    ],
    onChange(form) {
      hours.hidden = form.elements.namedItem("chat.policy").value !== "hours";
    },
    values: chatValues,
    check: (values) => checkHours(values.hours),
  };
}

/** The days and hours pupils may chat, in the chat's time zone. */
function hoursFields(chat) {
  const hours = { ...DEFAULT_HOURS, ...chat.hours };
  const zones = Intl.supportedValuesOf("timeZone");
  if (!zones.includes(chat.timezone)) zones.unshift(chat.timezone);
  return h(
    "fieldset",
    { class: "subfields" },
    h("legend", {}, t("safety.hours")),
    h(
      "div",
      { class: "choices days" },
      [1, 2, 3, 4, 5, 6, 7].map((day) =>
        tick({
          label: weekday(day),
          name: "chat.hours.days",
          value: day,
          checked: hours.days.includes(day),
        }),
      ),
    ),
    h(
      "div",
      { class: "input-row" },
      field({
        label: t("safety.start"),
        name: "chat.hours.start",
        type: "time",
        value: hours.start,
      }),
      field({ label: t("safety.end"), name: "chat.hours.end", type: "time", value: hours.end }),
    ),
    choice({
      label: t("safety.timezone"),
      name: "chat.timezone",
      value: chat.timezone,
      options: zones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") })),
    }),
  );
}

/** The name of an ISO weekday (1 is Monday) in the page's language. */
function weekday(day) {
  const monday = new Date(Date.UTC(2024, 0, 1)); // 1 January 2024 was a Monday
  monday.setUTCDate(day);
  return new Intl.DateTimeFormat(language(), { weekday: "long", timeZone: "UTC" }).format(monday);
}

/** The chat's settings; hours only when pupils chat at set hours. */
function chatValues(data) {
  const chat = {
    premoderated: data.has("chat.premoderated"),
    policy: data.get("chat.policy"),
    timezone: data.get("chat.timezone"),
  };
  if (chat.policy === "hours") {
    chat.hours = {
      days: data.getAll("chat.hours.days").map(Number),
      start: data.get("chat.hours.start"),
      end: data.get("chat.hours.end"),
    };
  }
  return chat;
}

/** Hours the chat could never be open in, said before the server refuses them. */
function checkHours(hours) {
  if (!hours) return;
  if (!hours.days.length) throw invalid("chat.hours.days", t("safety.no_days"));
  if (hours.end <= hours.start) throw invalid("chat.hours.end", t("safety.bad_hours"));
}

function invalid(field, message) {
  return new ApiError(0, { code: "invalid", message, fields: [{ field }] });
}
