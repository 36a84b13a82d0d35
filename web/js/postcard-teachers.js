// For teachers: pen friends between each of their classes and each partner
// class (paired automatically, balanced when the classes differ in size, or
// by hand), and, for the space's administrators, whether arriving cards wait
// for the receiving class's teacher.

import { api } from "./api.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { perform } from "./forms.js";
import { t } from "./i18n.js";
import { can } from "./policy.js";
import { EVENTS } from "./protocol.js";

export function teachersPage(exchange) {
  const { space } = exchange;
  const boxes = h("div", {});
  const element = h(
    "div",
    {},
    h("h3", { tabindex: -1 }, t("postcards.teachers_title")),
    can(space, "space.settings") && arrivalsSetting(space),
    boxes,
  );
  const pairings = [];
  for (const ours of exchange.classes.filter((c) => exchange.myClasses.includes(c.id))) {
    for (const theirs of exchange.classes.filter((c) => c.id !== ours.id)) {
      const pairing = pairsBox(space, ours, theirs);
      pairings.push(pairing);
      boxes.append(pairing.element);
    }
  }
  if (!pairings.length) boxes.append(h("p", { class: "note" }, t("postcards.no_partners")));
  return {
    element,
    ready: Promise.all(pairings.map((pairing) => pairing.load())),
    take(frame) {
      if (frame.kind === EVENTS.postcard.PEN_FRIENDS) for (const p of pairings) p.load();
    },
  };
}

function arrivalsSetting(space) {
  const fb = feedback();
  const box = h("input", {
    type: "checkbox",
    checked: space.settings.postcard?.receiving_teacher_approves,
  });
  box.addEventListener("change", () =>
    perform(box, fb, async () => {
      const changes = { postcard: { receiving_teacher_approves: box.checked } };
      await api("PATCH", `/api/spaces/${space.id}/settings`, changes);
      fb.success(t("postcards.saved"));
    }),
  );
  return h(
    "section",
    { class: "card" },
    h("label", { class: "choice" }, box, " ", t("postcards.arrivals_setting")),
    h("p", { class: "hint" }, t("postcards.arrivals_hint")),
    fb.element,
  );
}

function pairsBox(space, ours, theirs) {
  const fb = feedback();
  const rows = h("ul", { class: "pairs" });
  const element = h(
    "section",
    { class: "card", "aria-label": t("postcards.pairs_of", { class: ours.name, partner: theirs.name }) },
    h("h4", {}, `${ours.name} + ${theirs.name}`),
    fb.element,
    rows,
  );
  let pupils = [];
  let partners = [];

  function options(people, chosen) {
    return people.map((p) => h("option", { value: p.id, selected: p.id === chosen }, p.display_name));
  }

  function pairRow(pupil, friend) {
    const row = h(
      "li",
      { class: "pair" },
      h("select", { "aria-label": t("postcards.pupil_of", { class: ours.name }) }, options(pupils, pupil)),
      h("span", { "aria-hidden": "true" }, " + "),
      h("select", { "aria-label": t("postcards.pupil_of", { class: theirs.name }) }, options(partners, friend)),
    );
    row.append(h("button", { type: "button", class: "secondary small", onclick: () => row.remove() }, t("postcards.remove_pair")));
    return row;
  }

  async function save(pairs, control) {
    await perform(control, fb, async () => {
      const body = { space_id: space.id, class_id: ours.id, partner_class_id: theirs.id };
      show(await api("POST", "/api/postcards/pen-friends", pairs ? { ...body, pairs } : body));
      fb.success(t("postcards.saved"));
    });
  }

  const automatic = h("button", { type: "button", class: "primary" }, t("postcards.pair_automatically"));
  automatic.addEventListener("click", () => save(null, automatic));
  const add = h("button", { type: "button", class: "secondary" }, t("postcards.add_pair"));
  add.addEventListener("click", () => rows.append(pairRow(pupils[0]?.id, partners[0]?.id)));
  const byHand = h("button", { type: "button", class: "secondary" }, t("postcards.save_pairs"));
  byHand.addEventListener("click", () => {
    const pairs = [...rows.querySelectorAll(".pair")].map((row) => {
      const [pupil, friend] = row.querySelectorAll("select");
      return { pupil_id: Number(pupil.value), friend_id: Number(friend.value) };
    });
    save(pairs, byHand);
  });
  element.append(h("div", { class: "actions" }, automatic, add, byHand));

  function show(found) {
    pupils = found.pupils;
    partners = found.partner_pupils;
    rows.replaceChildren(...found.pairs.map((p) => pairRow(p.pupil.id, p.friend.id)));
  }

  return {
    element,
    async load() {
      const query = `class_id=${ours.id}&partner_class_id=${theirs.id}`;
      show(await api("GET", `/api/spaces/${space.id}/postcards/pen-friends?${query}`));
    },
  };
}
