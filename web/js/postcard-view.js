// One postcard as it is shown: its picture on the front; on the back its
// message, its stamp, who sent it to whom and where it stands; and what the
// viewer may do with it now (send, throw away, let it go, give it back,
// answer, print). The server decides in the end: a step it refuses shows why.

import { api } from "./api.js";
import { h } from "./dom.js";
import { perform } from "./forms.js";
import { t } from "./i18n.js";
import { noteForm } from "./note-form.js";
import { COMMANDS } from "./protocol.js";
import { tabHref } from "./space-nav.js";
import { timeText } from "./when.js";

const STATES = {
  draft: () => t("postcards.state_draft"),
  awaiting_sender_teacher: () => t("postcards.state_awaiting_sender_teacher"),
  awaiting_receiver_teacher: () => t("postcards.state_awaiting_receiver_teacher"),
  delivered: () => t("postcards.state_delivered"),
  replied: () => t("postcards.state_replied"),
  returned: () => t("postcards.state_returned"),
  discarded: () => t("postcards.state_discarded"),
};
// The HTTP path of each command on a card.
const PATHS = {
  [COMMANDS.postcard.SEND]: "/api/postcards/sendings",
  [COMMANDS.postcard.DISCARD]: "/api/postcards/discards",
  [COMMANDS.postcard.APPROVE]: "/api/postcards/approvals",
  [COMMANDS.postcard.RETURN]: "/api/postcards/returns",
};

/** A class and where it is: "5B · Szkoła nr 5 · Kraków (PL)". */
export function place(side) {
  return `${side.name} · ${side.school.name} · ${side.school.town} (${side.school.country})`;
}

/** A card's picture, small, named for who made it: the overview shows it too. */
export function cardPicture(card) {
  return h("img", {
    src: card.media.thumbnail_url,
    alt: t("postcards.picture_of", { name: card.author.display_name }),
    loading: "lazy",
  });
}

/** fb: where errors show; changed(): the list reads itself again after a step. */
export function postcardView(exchange, card, { fb, changed }) {
  const me = exchange.me;
  const teacher = me.kind === "teacher";
  const mine = (classId) => exchange.myClasses.includes(classId);
  const actions = h("div", { class: "actions" });
  const below = h("div", {});
  const element = h(
    "article",
    {
      class: `postcard state-${card.state}`,
      "aria-label": t("postcards.card_from", { name: card.author.display_name }),
    },
    h(
      "div",
      { class: "postcard-front" },
      h(
        "a",
        { href: card.media.url, target: "_blank", rel: "noopener" },
        cardPicture(card),
      ),
    ),
    h(
      "div",
      { class: "postcard-back" },
      h("img", {
        class: "postcard-stamp",
        src: `/img/stamps/${card.stamp}.svg`,
        alt: t("postcards.stamp"),
      }),
      h("p", { class: "postcard-message" }, card.message),
      h("p", { class: "postcard-signature" }, `— ${card.author.display_name}`),
      h(
        "dl",
        { class: "postcard-address" },
        h("dt", {}, t("postcards.to")),
        h("dd", {}, [card.to_user && `${card.to_user.display_name} · `, place(card.to_class)]),
        h("dt", {}, t("postcards.from")),
        h("dd", {}, place(card.from_class)),
      ),
      h(
        "p",
        { class: "postcard-state" },
        h("span", { class: "badge" }, STATES[card.state]()),
        card.delivered_at && ` ${timeText(card.delivered_at)}`,
      ),
      card.status === "held" && h("p", { class: "note" }, t("postcards.held_note")),
      card.return_reason && h("p", { class: "note" }, t("postcards.returned_why", { reason: card.return_reason })),
      actions,
      below,
    ),
  );

  function button(label, command, className = "primary", extra = {}) {
    const control = h("button", { type: "button", class: `${className} big` }, label);
    control.addEventListener("click", () =>
      perform(control, fb, async () => {
        await api("POST", PATHS[command], { card_id: card.id, ...extra });
        changed();
      }),
    );
    return control;
  }

  function giveBack() {
    const control = h("button", { type: "button", class: "secondary big" }, t("postcards.give_back"));
    control.addEventListener("click", () => {
      const close = () => below.replaceChildren();
      below.replaceChildren(
        noteForm({
          title: t("postcards.give_back_title"),
          label: t("postcards.give_back_reason"),
          required: true,
          maxlength: 300,
          submits: [{ label: t("postcards.give_back") }],
          onSubmit: async (reason) => {
            await api("POST", PATHS[COMMANDS.postcard.RETURN], { card_id: card.id, reason });
            close();
            changed();
          },
          close,
        }),
      );
      below.querySelector("textarea")?.focus();
    });
    return control;
  }

  const author = card.author.id === me.id;
  const write = (id) => tabHref(exchange.space.id, "postcards", "write", ...id);
  if (author && card.state === "draft") {
    actions.append(
      button(t("postcards.send"), COMMANDS.postcard.SEND),
      button(t("postcards.discard"), COMMANDS.postcard.DISCARD, "secondary"),
    );
  }
  if (author && card.state === "returned") {
    actions.append(
      h("a", { class: "button big", href: write(["edit", card.id]) }, t("postcards.write_again")),
      button(t("postcards.discard"), COMMANDS.postcard.DISCARD, "secondary"),
    );
  }
  const waitsForMe =
    teacher &&
    card.status === "visible" &&
    ((card.state === "awaiting_sender_teacher" && mine(card.from_class.id)) ||
      (card.state === "awaiting_receiver_teacher" && mine(card.to_class.id)));
  if (waitsForMe) {
    const label =
      card.state === "awaiting_sender_teacher" ? t("postcards.let_go") : t("postcards.let_in");
    actions.append(button(label, COMMANDS.postcard.APPROVE), giveBack());
  }
  // A card to a pen friend is theirs (or their teacher's) to answer.
  const forMe = !card.to_user || card.to_user.id === me.id || teacher;
  if (card.state === "delivered" && mine(card.to_class.id) && forMe) {
    actions.append(
      h("a", { class: "button big", href: write(["answer", card.id]) }, t("postcards.answer")),
    );
  }
  if (card.state === "delivered" || card.state === "replied") {
    actions.append(
      h(
        "a",
        { class: "button secondary big", href: `/api/postcards/${card.id}/card.pdf`, download: "" },
        t("postcards.print"),
      ),
    );
  }
  return element;
}
