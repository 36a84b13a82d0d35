// A teacher brings one of their classes into a space: all its pupils join.

import { api } from "./api.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { choice, onSubmit } from "./forms.js";
import { t } from "./i18n.js";

export async function addClassSection(space, members) {
  const classes = await api("GET", "/api/classes");
  const section = h(
    "section",
    { class: "card", "aria-labelledby": "add-class-heading" },
    h("h2", { id: "add-class-heading" }, t("space_classes.title")),
  );
  if (!classes.length) {
    section.append(
      h("p", {}, t("space_classes.none")),
      h(
        "p",
        {},
        h("a", { href: "#/classes", class: "button secondary" }, t("space_classes.make_one")),
      ),
    );
    return section;
  }
  const fb = feedback();
  const form = h(
    "form",
    {},
    h("p", {}, t("space_classes.intro")),
    fb.element,
    choice({
      label: t("space_classes.class"),
      name: "class_id",
      options: classes.map((c) => ({
        value: String(c.id),
        label: t("space_classes.option", { name: c.name, count: c.pupils.length }),
      })),
    }),
    h("button", { type: "submit", class: "primary" }, t("space_classes.submit")),
  );
  onSubmit(form, fb, async (data) => {
    const result = await api("POST", `/api/spaces/${space.id}/classes`, {
      class_id: Number(data.get("class_id")),
    });
    await members?.reload();
    fb.success(t("space_classes.added", { count: result.added }));
  });
  section.append(form);
  return section;
}
