// Points in time as a reader of this page expects them: in their own
// language and time zone.

import { language } from "./i18n.js";

/** The time for today, date and time for any other day. */
export function timeText(iso) {
  const date = new Date(iso);
  const today = date.toDateString() === new Date().toDateString();
  const style = today ? { timeStyle: "short" } : { dateStyle: "medium", timeStyle: "short" };
  return new Intl.DateTimeFormat(language(), style).format(date);
}
