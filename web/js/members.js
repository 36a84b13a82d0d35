// The members of a space: who they are, their school and class; teacher
// administrators change roles and remove members here.

import { api } from "./api.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { perform } from "./forms.js";
import { t } from "./i18n.js";
import { roleLabel, rolesFor } from "./labels.js";
import { can } from "./policy.js";
import { user } from "./session.js";

export async function membersSection(space) {
  const fb = feedback();
  const body = h("tbody");
  const heading = h("h2", { id: "members-heading", tabindex: "-1" }, t("members.title"));
  const table = h(
    "table",
    { class: "stack" },
    h("caption", { class: "visually-hidden" }, t("members.caption", { title: space.title })),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        [t("members.name"), t("members.role"), t("members.school"), t("members.class")].map((c) =>
          h("th", { scope: "col" }, c),
        ),
        can(space, "member.remove") && h("th", { scope: "col" }, t("members.actions")),
      ),
    ),
    body,
  );
  const section = { element: null, reload };
  async function reload() {
    const members = await api("GET", `/api/spaces/${space.id}/members`);
    body.replaceChildren(...members.map((m) => memberRow(space, m, fb, heading)));
  }
  await reload();
  section.element = h(
    "section",
    { class: "card members", "aria-labelledby": "members-heading" },
    heading,
    fb.element,
    h("div", { class: "table-scroll" }, table),
  );
  return section;
}

function memberRow(space, member, fb, heading) {
  const you = member.user_id === user().id;
  const school = member.school ? `${member.school.name} (${member.school.country})` : "";
  const row = h(
    "tr",
    {},
    h(
      "th",
      { scope: "row", "data-label": t("members.name") },
      member.display_name,
      you && h("span", { class: "you" }, ` ${t("members.you")}`),
    ),
    h("td", { "data-label": t("members.role") }, roleCell(space, member, fb)),
    h("td", { "data-label": t("members.school") }, school),
    h("td", { "data-label": t("members.class") }, member.class_name ?? ""),
  );
  if (can(space, "member.remove")) {
    row.append(
      h(
        "td",
        { "data-label": t("members.actions") },
        removeButton(space, member, fb, row, heading),
      ),
    );
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
