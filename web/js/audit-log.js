// The space's audit log, for its teacher administrators: who did what to
// keep the space safe, newest first. It is read each time it is opened, and
// can only be read.

import { api } from "./api.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { perform } from "./forms.js";
import { t } from "./i18n.js";
import { auditActionLabel, roleLabel } from "./labels.js";
import { cell, dataTable, rowHeader } from "./table.js";
import { timeText } from "./when.js";

const PAGE = 100; // the server's page of entries

/** members (may be null) names the people the entries are about. */
export function auditLog(space, members) {
  const fb = feedback();
  const headers = [t("audit.when"), t("audit.who"), t("audit.what"), t("audit.reason")];
  const table = dataTable({ caption: t("audit.caption", { title: space.title }), headers, rows: [] });
  const body = table.querySelector("tbody");
  const none = h("p", { class: "empty" }, t("audit.none"));
  let oldest = null;

  async function read(before) {
    const query = before === undefined ? "" : `?before=${before}`;
    const entries = await api("GET", `/api/spaces/${space.id}/audit${query}`);
    more.hidden = entries.length < PAGE;
    if (entries.length) oldest = entries.at(-1).id;
    return entries.map((entry) => row(entry, headers, members));
  }

  const more = h(
    "button",
    {
      type: "button",
      class: "secondary small",
      hidden: true,
      onclick: () => perform(more, fb, async () => body.append(...(await read(oldest)))),
    },
    t("audit.older"),
  );
  const details = h(
    "details",
    {
      class: "audit",
      ontoggle: () => {
        if (!details.open) return;
        perform(details, fb, async () => {
          body.replaceChildren(...(await read()));
          none.hidden = body.children.length > 0;
          table.hidden = !none.hidden;
        });
      },
    },
    h("summary", {}, t("audit.title")),
    fb.element,
    none,
    table,
    more,
  );
  none.hidden = true;
  return details;
}

function row(entry, headers, members) {
  return h(
    "tr",
    {},
    rowHeader(h("time", { datetime: entry.created_at }, timeText(entry.created_at))),
    cell(headers[1], entry.actor.display_name ?? ""),
    cell(headers[2], [auditActionLabel(entry.action), ...details(entry, members)].join(" · ")),
    cell(headers[3], entry.reason),
  );
}

/** Who the entry is about, and what else it records (a mute's length, a new role). */
function details(entry, members) {
  const [kind, id] = entry.target.split(":");
  const person = kind === "user" ? members?.member(Number(id))?.display_name : null;
  const data = entry.data ?? {};
  return [
    person,
    entry.action === "member.mute" && t("audit.minutes", { count: data.minutes }),
    entry.action === "member.role" && `${roleLabel(data.from)} → ${roleLabel(data.to)}`,
    data.edited && t("audit.edited"),
  ].filter(Boolean);
}
