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
  const settings = space.moderation;
  const fb = feedback();
  const hours = hoursFields(settings);
  const form = h(
    "form",
    { class: "safety-form" },
    fb.element,
    radios({
      legend: t("safety.level"),
      hint: t("safety.level_hint"),
      name: "screening_level",
      value: settings.screening_level,
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
        name: "premoderated",
        value: "chat",
        checked: settings.premoderated.includes("chat"),
      }),
    ),
    field({
      label: t("safety.domains"),
      hint: t("safety.domains_hint"),
      name: "allowed_domains",
      multiline: true,
      rows: 3,
      value: settings.allowed_domains.join("\n"),
      autocapitalize: "none",
      spellcheck: "false",
    }),
    radios({
      legend: t("safety.policy"),
      name: "chat_policy",
      value: settings.chat_policy,
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
    hours.hidden = form.elements.namedItem("chat_policy").value !== "hours";
  };
  form.addEventListener("change", showHours);
  showHours();
  onSubmit(form, fb, async (data) => {
    const input = safetyInput(data);
    checkHours(input.chat_hours);
    await api("PATCH", `/api/spaces/${space.id}/moderation`, input);
    fb.success(t("safety.saved"));
  });
  return form;
}

/** The days and hours pupils may chat, in the space's time zone. */
function hoursFields(settings) {
  const hours = { ...DEFAULT_HOURS, ...settings.chat_hours };
  const zones = Intl.supportedValuesOf("timeZone");
  if (!zones.includes(settings.timezone)) zones.unshift(settings.timezone);
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
          name: "chat_hours.days",
          value: day,
          checked: hours.days.includes(day),
        }),
      ),
    ),
    h(
      "div",
      { class: "input-row" },
      field({ label: t("safety.start"), name: "chat_hours.start", type: "time", value: hours.start }),
      field({ label: t("safety.end"), name: "chat_hours.end", type: "time", value: hours.end }),
    ),
    choice({
      label: t("safety.timezone"),
      name: "timezone",
      value: settings.timezone,
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

/** The request body; hours only when pupils chat at set hours. */
function safetyInput(data) {
  const input = {
    screening_level: data.get("screening_level"),
    premoderated: data.getAll("premoderated"),
    allowed_domains: text(data, "allowed_domains")
      .split(/[\s,;]+/)
      .map((domain) => domain.toLowerCase())
      .filter(Boolean),
    chat_policy: data.get("chat_policy"),
    timezone: data.get("timezone"),
  };
  if (input.chat_policy === "hours") {
    input.chat_hours = {
      days: data.getAll("chat_hours.days").map(Number),
      start: data.get("chat_hours.start"),
      end: data.get("chat_hours.end"),
    };
  }
  return input;
}

/** Hours the chat could never be open in, said before the server refuses them. */
function checkHours(hours) {
  if (!hours) return;
  if (!hours.days.length) throw invalid("chat_hours.days", t("safety.no_days"));
  if (hours.end <= hours.start) throw invalid("chat_hours.end", t("safety.bad_hours"));
}

function invalid(field, message) {
  return new ApiError(0, { code: "invalid", message, fields: [{ field }] });
}
