// #/classes: a teacher's classes and pupil accounts. Creating pupils,
// adding more, or resetting a password shows the new logins once.

import { api } from "./api.js";
import { append, h } from "./dom.js";
import { feedback } from "./feedback.js";
import { field, onSubmit, text } from "./forms.js";
import { t } from "./i18n.js";
import { credentialsPanel, showCredentials } from "./credentials.js";
import { pupilRow } from "./pupil-row.js";
import { dataTable } from "./table.js";
import { parsePupils, pupilsField } from "./pupil-list.js";

export async function classesView(container) {
  const slot = h("div");
  const list = h("div", { class: "no-print" });
  const page = {
    showLogins(title, pupils) {
      showCredentials(title, pupils);
      page.renderLogins();
      slot.querySelector("h2")?.focus();
    },
    renderLogins() {
      slot.replaceChildren(credentialsPanel(() => page.renderLogins()) ?? "");
    },
    async reload() {
      const classes = await api("GET", "/api/classes");
      list.replaceChildren(
        classes.length
          ? h("h2", {}, t("classes.list_title"))
          : h("p", { class: "empty" }, t("classes.none")),
        ...classes.map((c) => classCard(c, page)),
      );
    },
  };
  page.renderLogins();
  await page.reload();
  append(
    container,
    h("h1", {}, t("classes.title")),
    h("p", { class: "lead" }, t("classes.intro")),
    slot,
    createForm(page),
    list,
  );
}

function createForm(page) {
  const fb = feedback();
  const form = h(
    "form",
    { class: "card no-print" },
    h("h2", {}, t("classes.create_title")),
    fb.element,
    field({
      label: t("classes.name"),
      hint: t("classes.name_hint"),
      name: "name",
      maxlength: 80,
      required: true,
    }),
    pupilsField(),
    h("button", { type: "submit", class: "primary" }, t("classes.create")),
  );
  onSubmit(form, fb, async (data) => {
    const created = await api("POST", "/api/classes", {
      name: text(data, "name"),
      pupils: parsePupils(String(data.get("pupils"))),
    });
    form.reset();
    await page.reload();
    page.showLogins(t("credentials.new_class", { name: created.name }), created.pupils);
  });
  return form;
}

function classCard(schoolClass, page) {
  const fb = feedback();
  const headers = [t("pupils.name"), t("pupils.username"), t("pupils.status"), t("pupils.actions")];
  const pupils = schoolClass.pupils.length
    ? dataTable({
        caption: t("pupils.caption", { name: schoolClass.name }),
        headers,
        rows: schoolClass.pupils.map((p) => pupilRow(p, headers, fb, page)),
      })
    : h("p", { class: "empty" }, t("pupils.none"));
  return h(
    "section",
    { class: "card" },
    h("h3", {}, t("classes.heading", { name: schoolClass.name, count: schoolClass.pupils.length })),
    fb.element,
    pupils,
    addPupilsForm(schoolClass, page),
  );
}

function addPupilsForm(schoolClass, page) {
  const fb = feedback();
  const form = h(
    "form",
    {},
    fb.element,
    pupilsField(),
    h("button", { type: "submit", class: "primary" }, t("pupils.add")),
  );
  onSubmit(form, fb, async (data) => {
    const added = await api("POST", `/api/classes/${schoolClass.id}/pupils`, {
      pupils: parsePupils(String(data.get("pupils"))),
    });
    await page.reload();
    page.showLogins(t("credentials.added", { name: schoolClass.name }), added.pupils);
  });
  return h(
    "details",
    {},
    h("summary", {}, t("pupils.add_title", { name: schoolClass.name })),
    form,
  );
}
