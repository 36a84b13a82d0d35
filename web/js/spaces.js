// #/spaces: the spaces I am a member of; teachers also create and join here,
// and see on each space how many items wait in its review queue.

import { api } from "./api.js";
import { append, h } from "./dom.js";
import { feedback } from "./feedback.js";
import { onSubmit } from "./forms.js";
import { t } from "./i18n.js";
import { joinForm } from "./join.js";
import { roleLabel, spaceStatusLabel } from "./labels.js";
import { noteSpaces } from "./review-waiting.js";
import { go } from "./router.js";
import { isTeacher } from "./session.js";
import { spaceFields, spaceInput } from "./space-form.js";
import { tabHref } from "./space-nav.js";

export async function spacesView(container) {
  const spaces = await api("GET", "/api/spaces");
  noteSpaces(spaces); // the header's count of items waiting for review
  append(
    container,
    h("h1", {}, t("spaces.title")),
    spaces.length
      ? h("ul", { class: "space-list", "aria-label": t("spaces.title") }, spaces.map(spaceCard))
      : h(
          "p",
          { class: "lead empty" },
          isTeacher() ? t("spaces.none_teacher") : t("spaces.none_pupil"),
        ),
    isTeacher() && h("div", { class: "columns" }, createForm(), joinForm()),
  );
}

function spaceCard(space) {
  return h(
    "li",
    { class: "card space-card" },
    h("h2", {}, h("a", { href: `#/spaces/${space.id}` }, space.title)),
    h(
      "p",
      { class: "meta" },
      h("span", { class: "badge" }, roleLabel(space.my_role)),
      space.status !== "open" &&
        h("span", { class: "badge muted" }, spaceStatusLabel(space.status)),
      space.review_waiting > 0 &&
        h(
          "a",
          { href: tabHref(space.id, "review"), class: "badge to-review" },
          t("spaces.to_review", { count: space.review_waiting }),
        ),
    ),
    space.description && h("p", { class: "description" }, space.description),
  );
}

function createForm() {
  const fb = feedback();
  const form = h(
    "form",
    { class: "card" },
    h("h2", {}, t("spaces.create_title")),
    fb.element,
    spaceFields(),
    h("button", { type: "submit", class: "primary" }, t("spaces.create")),
  );
  onSubmit(form, fb, async (data) => {
    const space = await api("POST", "/api/spaces", spaceInput(data));
    go(`#/spaces/${space.id}`);
  });
  return form;
}
