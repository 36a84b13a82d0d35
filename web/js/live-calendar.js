// The live tab's first page: the space's sessions (happening now, coming up,
// past) at the reader's hour and each partner school's, and for teachers a
// form to schedule one and buttons to open or cancel it.

import { append, h } from "./dom.js";
import { feedback } from "./feedback.js";
import { field, onSubmit, perform, text, tick } from "./forms.js";
import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { ownTimezone, schoolTime, schoolsOf, sessionTime } from "./live-when.js";
import { can } from "./policy.js";
import { COMMANDS } from "./protocol.js";
import { go } from "./router.js";
import { user } from "./session.js";
import { tabHref } from "./space-nav.js";

// A session's usual length, for the form's first guess at its end.
const LESSON_MINUTES = 60;
// When a lesson offered late in the evening moves to the next morning.
const FIRST_LESSON_HOUR = 9;

/** May the viewer come into the room: teachers always, pupils when their class is invited. */
export function mayEnter(session) {
  return user().kind !== "pupil" || session.classes.some((c) => c.id === user().class_id);
}

export function liveCalendar(ctx) {
  const { space } = ctx;
  const fb = feedback();
  const groups = h("div", { class: "live-calendar" });
  const element = h(
    "div",
    {},
    h("h2", { tabindex: -1 }, t("live.title")),
    fb.element,
    can(space, "live.schedule") && scheduleForm(ctx, fb),
    groups,
  );

  function render() {
    const sessions = [...ctx.calendar.sessions].sort((a, b) =>
      a.starts_at < b.starts_at ? -1 : 1,
    );
    const now = sessions.filter((s) => s.state === "open");
    const coming = sessions.filter((s) => s.state === "scheduled");
    const past = sessions.filter((s) => s.state === "ended" || s.state === "cancelled").reverse();
    groups.replaceChildren();
    append(
      groups,
      sessions.length === 0 && h("p", { class: "empty" }, t("live.none")),
      group(t("live.calendar_now"), now),
      group(t("live.calendar_coming"), coming),
      group(t("live.calendar_past"), past),
    );
  }

  function group(title, sessions) {
    if (sessions.length === 0) return null;
    return h(
      "section",
      { class: "live-group" },
      h("h3", {}, title),
      h(
        "ul",
        { class: "live-sessions", "aria-label": title },
        sessions.map((session) => sessionCard(ctx, session, fb)),
      ),
    );
  }

  render();
  return { element, ready: Promise.resolve(), take: () => {}, calendarChanged: render };
}

function stateLabel(state) {
  const labels = {
    scheduled: t("live.state_scheduled"),
    open: t("live.state_open"),
    ended: t("live.state_ended"),
    cancelled: t("live.state_cancelled"),
  };
  return labels[state] ?? state;
}

function sessionCard(ctx, session, fb) {
  const { space, live } = ctx;
  const teacher = can(space, "live.schedule");
  const ref = { session_id: session.id };
  const run = (command, then) => (event) =>
    perform(event.currentTarget, fb, async () => {
      await live.command(command, ref, { retry: true });
      then?.();
    });
  const roomHref = tabHref(space.id, "live", session.id);
  return h(
    "li",
    { class: "card live-session", "data-state": session.state },
    h(
      "div",
      { class: "live-session-head" },
      h("h4", {}, session.title),
      h("span", { class: "badge" }, stateLabel(session.state)),
    ),
    h("p", { class: "live-when" }, sessionTime(session)),
    h(
      "ul",
      { class: "live-hours", "aria-label": t("live.school_hours") },
      schoolsOf(session).map((school) =>
        h(
          "li",
          {},
          t("live.at_school", { town: school.town, time: schoolTime(session, school.timezone) }),
        ),
      ),
    ),
    h(
      "p",
      { class: "live-classes" },
      t("live.invited", {
        classes: session.classes.map((c) => `${c.name} (${c.school.name})`).join(", "),
      }),
    ),
    h(
      "div",
      { class: "actions" },
      session.state === "open" &&
        mayEnter(session) &&
        h("a", { class: "button primary", href: roomHref }, icon("live"), t("live.enter")),
      session.state === "ended" &&
        h("a", { class: "button secondary", href: roomHref }, t("live.read_record")),
      teacher &&
        session.state === "scheduled" && [
          h(
            "button",
            {
              type: "button",
              class: "button primary",
              onclick: run(COMMANDS.live.OPEN, () => go(roomHref)),
            },
            t("live.open"),
          ),
          h(
            "button",
            { type: "button", class: "button danger", onclick: run(COMMANDS.live.CANCEL) },
            t("live.cancel"),
          ),
        ],
    ),
  );
}

/** The day and the next full hour, as the form's inputs write them. A lesson
 * that would end after midnight is offered the next morning instead: the form's
 * one day holds both its hours. */
function nextHour() {
  const start = new Date();
  start.setHours(start.getHours() + 1, 0, 0, 0);
  let end = new Date(start.getTime() + LESSON_MINUTES * 60_000);
  if (end.getDate() !== start.getDate()) {
    start.setDate(start.getDate() + 1);
    start.setHours(FIRST_LESSON_HOUR, 0, 0, 0);
    end = new Date(start.getTime() + LESSON_MINUTES * 60_000);
  }
  const pad = (n) => String(n).padStart(2, "0");
  const day = `${start.getFullYear()}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`;
  const time = (d) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return { day, start: time(start), end: time(end) };
}

function scheduleForm(ctx, fb) {
  const { space, live, calendar } = ctx;
  const guess = nextHour();
  const formFb = feedback();
  const classes = h(
    "fieldset",
    {},
    h("legend", {}, t("live.field_classes")),
    h(
      "div",
      { class: "choices" },
      calendar.classes.map((c) =>
        tick({
          label: t("live.class_option", { name: c.name, school: c.school.name }),
          name: "class_ids",
          value: c.id,
          checked: true,
        }),
      ),
    ),
  );
  const form = h(
    "form",
    { class: "live-schedule" },
    formFb.element,
    field({ label: t("live.field_title"), name: "title", maxlength: 200 }),
    h(
      "div",
      { class: "live-schedule-times" },
      field({ label: t("live.field_day"), name: "day", type: "date", value: guess.day }),
      field({ label: t("live.field_start"), name: "starts_at", type: "time", value: guess.start }),
      field({ label: t("live.field_end"), name: "ends_at", type: "time", value: guess.end }),
    ),
    h("p", { class: "hint" }, t("live.your_timezone", { timezone: ownTimezone() })),
    classes,
    h("button", { type: "submit", class: "button primary" }, t("live.schedule_submit")),
  );
  onSubmit(form, formFb, async (data) => {
    const day = text(data, "day");
    // The day and hours are the teacher's own: the browser knows their time zone.
    const at = (name) => new Date(`${day}T${text(data, name)}`);
    const starts = at("starts_at");
    const ends = at("ends_at");
    await live.command(
      COMMANDS.live.SCHEDULE,
      {
        space_id: space.id,
        title: text(data, "title"),
        starts_at: Number.isNaN(starts.getTime()) ? "" : starts.toISOString(),
        ends_at: Number.isNaN(ends.getTime()) ? "" : ends.toISOString(),
        class_ids: data.getAll("class_ids").map(Number),
      },
      { retry: true },
    );
    form.querySelector("[name=title]").value = "";
    fb.success(t("live.scheduled"));
  });
  return h(
    "details",
    { class: "card live-schedule-card" },
    h("summary", {}, t("live.schedule_title")),
    calendar.classes.length ? form : h("p", { class: "empty" }, t("live.no_classes")),
  );
}
