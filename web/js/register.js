// #/register: a teacher makes an account and picks their school, or adds
// it when nobody from it has registered yet.

import { api } from "./api.js";
import { append, h } from "./dom.js";
import { feedback } from "./feedback.js";
import { field, onSubmit, perform, text } from "./forms.js";
import { language, t } from "./i18n.js";
import { enter } from "./login.js";

const NEW_SCHOOL = "new";

export function registerView(container) {
  const fb = feedback();
  const form = h(
    "form",
    { class: "card narrow" },
    fb.element,
    field({ label: t("register.name"), name: "name", autocomplete: "name", required: true }),
    field({
      label: t("register.email"),
      name: "email",
      type: "email",
      autocomplete: "email",
      required: true,
    }),
    field({
      label: t("register.password"),
      hint: t("register.password_hint"),
      name: "password",
      type: "password",
      autocomplete: "new-password",
      minlength: 10,
      required: true,
    }),
    schoolChooser(),
    h("button", { type: "submit", class: "primary" }, t("register.submit")),
  );
  onSubmit(form, fb, async (data) => {
    const email = text(data, "email");
    const password = String(data.get("password"));
    await api("POST", "/api/teachers", {
      name: text(data, "name"),
      email,
      password,
      language: language(),
      ...schoolChoice(data),
    });
    await enter(email, password);
  });
  append(
    container,
    h("h1", {}, t("register.title")),
    h("p", { class: "lead" }, t("register.intro")),
    form,
    h(
      "p",
      { class: "narrow" },
      t("register.have_account"),
      " ",
      h("a", { href: "#/login" }, t("register.login_link")),
    ),
  );
}

function schoolChoice(data) {
  const chosen = data.get("school_id");
  if (chosen && chosen !== NEW_SCHOOL) return { school_id: Number(chosen) };
  return {
    school: {
      name: text(data, "school.name"),
      country: text(data, "school.country").toUpperCase(),
      town: text(data, "school.town"),
    },
  };
}

/** Country, then the schools registered there, or a new one. */
function schoolChooser() {
  const fb = feedback();
  const options = h("div", { class: "choices" });
  const newSchool = h(
    "div",
    { class: "subfields" },
    field({ label: t("register.school_name"), name: "school.name", required: true }),
    field({ label: t("register.school_town"), name: "school.town", required: true }),
  );
  const country = field({
    label: t("register.country"),
    hint: t("register.country_hint"),
    name: "school.country",
    autocomplete: "country",
    autocapitalize: "characters",
    maxlength: 2,
    class: "short",
    required: true,
  });
  const input = country.querySelector("input");
  const find = h(
    "button",
    {
      type: "button",
      class: "secondary",
      onclick: () => perform(find, fb, () => showSchools(input.value, options, newSchool, fb)),
    },
    t("register.find_schools"),
  );
  const row = h("div", { class: "input-row" });
  input.replaceWith(row);
  row.append(input, find);
  input.addEventListener("change", () => find.click());
  options.addEventListener("change", () => {
    newSchool.hidden = options.querySelector("input:checked")?.value !== NEW_SCHOOL;
  });
  renderOptions(options, []);
  return h(
    "fieldset",
    { name: "school" },
    h("legend", {}, t("register.school")),
    country,
    fb.element,
    options,
    newSchool,
  );
}

async function showSchools(country, options, newSchool, fb) {
  const code = country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) return;
  const schools = await api("GET", `/api/schools?country=${encodeURIComponent(code)}`);
  renderOptions(options, schools);
  newSchool.hidden = schools.length > 0;
  fb.success(
    schools.length
      ? t("register.schools_found", { count: schools.length, country: code })
      : t("register.no_schools", { country: code }),
  );
}

function renderOptions(options, schools) {
  const radios = [
    ...schools.map((s) => [
      String(s.id),
      t("register.school_option", { name: s.name, town: s.town }),
    ]),
    [NEW_SCHOOL, t("register.new_school")],
  ];
  options.replaceChildren(
    ...radios.map(([value, label], index) =>
      h(
        "label",
        { class: "choice" },
        h("input", {
          type: "radio",
          name: "school_id",
          value,
          checked: schools.length ? index === 0 : true,
        }),
        " ",
        label,
      ),
    ),
  );
}
