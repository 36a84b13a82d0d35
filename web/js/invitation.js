// The invitation code of a space and a link to #/join/CODE, for partner
// teachers; a teacher administrator can replace the code with a new one.

import { api } from "./api.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { field, perform } from "./forms.js";
import { t } from "./i18n.js";
import { can } from "./policy.js";

function linkFor(code) {
  return `${location.origin}${location.pathname}#/join/${code}`;
}

export async function invitationSection(space) {
  const fb = feedback();
  const { code } = await api("GET", `/api/spaces/${space.id}/invitation`);
  const codeField = field({
    label: t("invitation.code"),
    name: "code",
    value: code,
    readonly: true,
    class: "code",
  });
  const linkField = field({
    label: t("invitation.link"),
    name: "link",
    value: linkFor(code),
    readonly: true,
  });
  const codeInput = codeField.querySelector("input");
  const linkInput = linkField.querySelector("input");
  const copy = h(
    "button",
    {
      type: "button",
      class: "secondary",
      onclick: () => perform(copy, fb, () => copyLink(linkInput, fb)),
    },
    t("invitation.copy"),
  );
  const renew = h(
    "button",
    {
      type: "button",
      class: "secondary",
      onclick: () => {
        if (!window.confirm(t("invitation.renew_confirm"))) return;
        perform(renew, fb, async () => {
          const fresh = await api("POST", `/api/spaces/${space.id}/invitation`);
          codeInput.value = fresh.code;
          linkInput.value = linkFor(fresh.code);
          fb.success(t("invitation.renewed"));
        });
      },
    },
    t("invitation.renew"),
  );
  return h(
    "section",
    { class: "card", "aria-labelledby": "invitation-heading" },
    h("h2", { id: "invitation-heading" }, t("invitation.title")),
    h("p", {}, t("invitation.intro")),
    fb.element,
    codeField,
    linkField,
    h("div", { class: "actions" }, copy, can(space, "invitation.renew") && renew),
  );
}

async function copyLink(input, fb) {
  try {
    await navigator.clipboard.writeText(input.value);
    fb.success(t("invitation.copied"));
  } catch {
    // No clipboard access (an old browser, a page not served over https):
    // select the link so the teacher can copy it by hand.
    input.focus();
    input.select();
    fb.success(t("invitation.copy_by_hand"));
  }
}
