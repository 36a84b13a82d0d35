// Points in time as a reader of this page expects them: in their own
// language, with their region's habits (24-hour times in en-GB, it, de...),
// in their own time zone.

import { locale } from "./i18n.js";

/** The time for today, date and time for any other day. */
export function timeText(iso) {
  const date = new Date(iso);
  const today = date.toDateString() === new Date().toDateString();
  const style = today ? { timeStyle: "short" } : { dateStyle: "medium", timeStyle: "short" };
  return new Intl.DateTimeFormat(locale(), style).format(date);
}
