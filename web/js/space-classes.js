// A teacher brings one of their classes into a space: all its pupils join.
// Only classes with a pupil still outside the space are offered: adding a
// class that is in already would add nobody.

import { api } from "./api.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { choice, onSubmit } from "./forms.js";
import { t } from "./i18n.js";

/** members knows who is in the space already (see members.js). */
export async function addClassSection(space, members) {
  const classes = await api("GET", "/api/classes");
  const fb = feedback();
  const body = h("div");
  const heading = h("h2", { id: "add-class-heading", tabindex: "-1" }, t("space_classes.title"));
  const section = h(
    "section",
    { class: "card", "aria-labelledby": "add-class-heading" },
    heading,
    fb.element,
    body,
  );

  function outside() {
    return classes.filter((c) => c.pupils.some((pupil) => !members.member(pupil.id)));
  }

  function show() {
    const offered = outside();
    if (!classes.length) {
      body.replaceChildren(
        h("p", {}, t("space_classes.none")),
        h(
          "p",
          {},
          h("a", { href: "#/classes", class: "button secondary" }, t("space_classes.make_one")),
        ),
      );
    } else if (!offered.length) {
      body.replaceChildren(h("p", { class: "empty" }, t("space_classes.all_added")));
    } else {
      body.replaceChildren(form(offered));
    }
  }

  function form(offered) {
    const element = h(
      "form",
      {},
      h("p", {}, t("space_classes.intro")),
      choice({
        label: t("space_classes.class"),
        name: "class_id",
        options: offered.map((c) => ({
          value: String(c.id),
          label: t("space_classes.option", { name: c.name, count: c.pupils.length }),
        })),
      }),
      h("button", { type: "submit", class: "primary" }, t("space_classes.submit")),
    );
    onSubmit(element, fb, async (data) => {
      const result = await api("POST", `/api/spaces/${space.id}/classes`, {
        class_id: Number(data.get("class_id")),
      });
      await members.reload();
      show();
      heading.focus(); // the form just used may be gone: the class is in now
      fb.success(t("space_classes.added", { count: result.added }));
    });
    return element;
  }

  show();
  return section;
}
