// When a live session is, as each reader and each partner school sees it:
// in the reader's language and region (Intl.DateTimeFormat), in the reader's
// time zone, and in every partner school's own (its time zone comes from the
// server, worked out from the school's country and town).

import { locale } from "./i18n.js";

/** "Tuesday 3 March 2026, 10:00 – 11:00", in the reader's own time zone. */
export function sessionTime(session) {
  const format = new Intl.DateTimeFormat(locale(), { dateStyle: "full", timeStyle: "short" });
  return format.formatRange(new Date(session.starts_at), new Date(session.ends_at));
}

/** "Tue 10:00 – 11:00" where the school is: the day too, as it may differ. */
export function schoolTime(session, timezone) {
  const format = new Intl.DateTimeFormat(locale(), {
    weekday: "short",
    hour: "numeric",
    minute: "2-digit",
    timeZone: timezone,
  });
  return format.formatRange(new Date(session.starts_at), new Date(session.ends_at));
}

/** The reader's own time zone, as the browser knows it ("Europe/Rome"). */
export function ownTimezone() {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The partner schools of a session's classes, each once. */
export function schoolsOf(session) {
  const schools = new Map(session.classes.map((c) => [c.school.id, c.school]));
  return [...schools.values()];
}
