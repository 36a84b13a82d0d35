// A teacher administrator sets how the space keeps its pupils safe: how
// strictly their messages are screened, whether a teacher checks each one
// first, the websites they may link to, and when they may chat.

import { ApiError, api } from "./api.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { choice, field, onSubmit, radios, text, tick } from "./forms.js";
import { language, t } from "./i18n.js";

// A school week's lessons, when the space has no hours yet.
const DEFAULT_HOURS = { days: [1, 2, 3, 4, 5], start: "08:00", end: "16:00" };

export function safetySettings(space) {
  const { moderation, chat } = space.settings;
  const fb = feedback();
  const hours = hoursFields(chat);
  const form = h(
    "form",
    { class: "safety-form" },
    fb.element,
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
    h("button", { type: "submit", class: "primary" }, t("safety.save")),
  );
  const showHours = () => {
    hours.hidden = form.elements.namedItem("chat.policy").value !== "hours";
  };
  form.addEventListener("change", showHours);
  showHours();
  onSubmit(form, fb, async (data) => {
    const input = safetyInput(data);
    checkHours(input.chat.hours);
    await api("PATCH", `/api/spaces/${space.id}/settings`, input);
    fb.success(t("safety.saved"));
  });
  return form;
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
      field({ label: t("safety.start"), name: "chat.hours.start", type: "time", value: hours.start }),
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

/** The request body, a section per feature; hours only when pupils chat at set hours. */
function safetyInput(data) {
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
  const moderation = {
    screening_level: data.get("moderation.screening_level"),
    allowed_domains: text(data, "moderation.allowed_domains")
      .split(/[\s,;]+/)
      .map((domain) => domain.toLowerCase())
      .filter(Boolean),
  };
  return { moderation, chat };
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
