// The members of a space: who they are, their school and class; teacher
// administrators change roles and remove members here. Other sections ask
// it who a user is (a pupil may be muted, the audit log names people).

import { api } from "./api.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { perform } from "./forms.js";
import { t } from "./i18n.js";
import { roleLabel, rolesFor } from "./labels.js";
import { can } from "./policy.js";
import { user } from "./session.js";
import { cell, dataTable, rowHeader } from "./table.js";

export async function membersSection(space) {
  const fb = feedback();
  const heading = h("h2", { id: "members-heading", tabindex: "-1" }, t("members.title"));
  const headers = [t("members.name"), t("members.role"), t("members.school"), t("members.class")];
  if (can(space, "member.remove")) headers.push(t("members.actions"));
  const table = dataTable({
    caption: t("members.caption", { title: space.title }),
    headers,
    rows: [],
  });
  const body = table.querySelector("tbody");
  let members = [];
  async function reload() {
    members = await api("GET", `/api/spaces/${space.id}/members`);
    body.replaceChildren(...members.map((m) => memberRow(space, m, headers, fb, heading)));
  }
  await reload();
  const element = h(
    "section",
    { class: "card", "aria-labelledby": "members-heading" },
    heading,
    fb.element,
    table,
  );
  /** The member with this user id, as last loaded. */
  const member = (userId) => members.find((m) => m.user_id === userId);
  return { element, reload, member };
}

function memberRow(space, member, headers, fb, heading) {
  const you = member.user_id === user().id;
  const school = member.school ? `${member.school.name} (${member.school.country})` : "";
  const row = h(
    "tr",
    {},
    rowHeader(member.display_name, you && h("span", { class: "you" }, ` ${t("members.you")}`)),
    cell(headers[1], roleCell(space, member, fb)),
    cell(headers[2], school),
    cell(headers[3], member.class_name ?? ""),
  );
  if (can(space, "member.remove")) {
    // Leaving is not removing someone: no button on one's own row.
    row.append(cell(headers[4], you ? "" : removeButton(space, member, fb, row, heading)));
  }
  return row;
}

function roleCell(space, member, fb) {
  if (!can(space, "member.change_role")) return roleLabel(member.role);
  let saved = member.role;
  const select = h(
    "select",
    {
      "aria-label": t("members.role_of", { name: member.display_name }),
      onchange: () =>
        perform(
          select,
          fb,
          async () => {
            await api("PATCH", `/api/spaces/${space.id}/members/${member.user_id}`, {
              role: select.value,
            });
            saved = select.value;
            member.role = saved;
            fb.success(
              t("members.role_changed", { name: member.display_name, role: roleLabel(saved) }),
            );
          },
          (error) => {
            select.value = saved;
            if (error.code === "conflict") fb.warn(t("members.keep_admin"));
          },
        ),
    },
    rolesFor(member.kind).map((role) =>
      h("option", { value: role, selected: role === member.role }, roleLabel(role)),
    ),
  );
  return select;
}

function removeButton(space, member, fb, row, heading) {
  const button = h(
    "button",
    {
      type: "button",
      class: "danger small",
      "aria-label": t("members.remove_named", { name: member.display_name }),
      onclick: () => {
        if (!window.confirm(t("members.remove_confirm", { name: member.display_name }))) return;
        perform(
          button,
          fb,
          async () => {
            await api("DELETE", `/api/spaces/${space.id}/members/${member.user_id}`);
            row.remove();
            heading.focus();
            fb.success(t("members.removed", { name: member.display_name }));
          },
          (error) => {
            if (error.code === "conflict") fb.warn(t("members.keep_admin"));
          },
        );
      },
    },
    t("members.remove"),
  );
  return button;
}
