// Writing a postcard, in four steps a young pupil can follow: a picture (a
// photo taken or chosen, or a drawing made here), a short message, a stamp,
// and who gets it (a partner class, or a pen friend in it). The picture is
// sent to the server as soon as it is chosen, so a file that is no picture,
// or too big, is refused at once, and the preview is the cleaned picture the
// card will carry. Sending makes the card and sends it: a pupil's card goes
// to their teacher first.

import { api, upload } from "./api.js";
import { h, uniqueId } from "./dom.js";
import { feedback } from "./feedback.js";
import { perform } from "./forms.js";
import { t } from "./i18n.js";
import { icon } from "./icons.js";
import { drawingPad } from "./postcard-drawing.js";
import { place } from "./postcard-view.js";
import { go } from "./router.js";
import { tabHref } from "./space-nav.js";

// The server's limit (twinspace/postcards/schemas.py).
const MAX_MESSAGE = 400;
const PICTURE_TYPES = "image/jpeg,image/png,image/webp";
const STAMP_NAMES = {
  sun: () => t("postcards.stamp_sun"),
  heart: () => t("postcards.stamp_heart"),
  star: () => t("postcards.stamp_star"),
  flower: () => t("postcards.stamp_flower"),
  tree: () => t("postcards.stamp_tree"),
  boat: () => t("postcards.stamp_boat"),
  bird: () => t("postcards.stamp_bird"),
  mountain: () => t("postcards.stamp_mountain"),
};

/** given: { answer: card id } to answer a card, { card: id } to write a card again. */
export function postcardComposer(exchange, given) {
  const space = exchange.space;
  const fb = feedback();
  const pictureFb = feedback();
  const state = { media: null, answering: null, editing: null };
  const preview = h("div", { class: "composer-preview", hidden: true });
  const drawing = h("div", { class: "composer-drawing", hidden: true });
  const message = h("textarea", {
    id: uniqueId("message"),
    name: "message",
    maxlength: MAX_MESSAGE,
    rows: 5,
    required: true,
  });
  const counter = h("p", { class: "hint", "aria-live": "polite" });
  const recipients = h("div", { class: "choices recipients" });
  const fromClass = h("div", {});
  const form = h(
    "form",
    { class: "composer card", "aria-label": t("postcards.composer") },
    h("h3", { tabindex: -1 }, t("postcards.composer")),
    step(1, t("postcards.step_picture"), [
      h("div", { class: "actions" }, photoButton(), drawButton()),
      pictureFb.element,
      drawing,
      preview,
    ]),
    step(2, t("postcards.step_message"), [
      h("label", { for: message.id, class: "visually-hidden" }, t("postcards.message")),
      message,
      counter,
    ]),
    step(3, t("postcards.step_stamp"), stampChoices(exchange.stamps)),
    step(4, t("postcards.step_to"), [fromClass, recipients]),
    fb.element,
    h("button", { type: "submit", class: "primary big send" }, icon("send"), t("postcards.send_card")),
  );
  form.noValidate = true;

  function countChars() {
    counter.textContent = t("postcards.chars_left", { count: MAX_MESSAGE - message.value.length });
  }
  message.addEventListener("input", countChars);
  countChars();

  function photoButton() {
    const input = h("input", {
      type: "file",
      accept: PICTURE_TYPES,
      capture: "environment",
      class: "visually-hidden",
      "aria-label": t("postcards.take_photo"),
    });
    input.addEventListener("change", () => {
      const [file] = input.files;
      if (file) usePicture(file, file.name, input);
      input.value = "";
    });
    return h("label", { class: "button picture-button" }, icon("camera"), t("postcards.take_photo"), input);
  }

  function drawButton() {
    const button = h("button", { type: "button", class: "picture-button" }, icon("palette"), t("postcards.draw"));
    button.addEventListener("click", () => {
      const pad = drawingPad();
      const done = h("button", { type: "button", class: "primary" }, t("postcards.use_drawing"));
      done.addEventListener("click", async () => {
        await usePicture(await pad.blob(), "drawing.png", done);
        drawing.hidden = true;
      });
      drawing.replaceChildren(pad.element, h("div", { class: "actions" }, done));
      drawing.hidden = false;
    });
    return button;
  }

  async function usePicture(file, name, control) {
    await perform(control, pictureFb, async () => {
      const media = await upload(`/api/spaces/${space.id}/media`, file, name);
      showPicture(media);
      pictureFb.success(t("postcards.picture_ready"));
    });
  }

  function showPicture(media) {
    state.media = media;
    preview.replaceChildren(
      h("img", { src: media.thumbnail_url, alt: t("postcards.your_picture") }),
    );
    preview.hidden = false;
  }

  function showRecipients() {
    if (state.editing) {
      recipients.replaceChildren(h("p", {}, place(state.editing.to_class)));
      return;
    }
    if (state.answering) {
      const card = state.answering;
      recipients.replaceChildren(
        h("p", { class: "answering" }, t("postcards.answering", { name: card.author.display_name })),
      );
      return;
    }
    const own = exchange.myClasses;
    if (exchange.me.kind === "teacher" && own.length > 1) {
      const options = exchange.classes.filter((c) => own.includes(c.id));
      fromClass.replaceChildren(
        h("p", {}, t("postcards.from_class")),
        h(
          "div",
          { class: "choices" },
          options.map((c, index) =>
            h("label", { class: "choice" }, h("input", { type: "radio", name: "from_class", value: c.id, checked: index === 0 }), ` ${c.name}`),
          ),
        ),
      );
    }
    const partners = exchange.classes.filter((c) => !own.includes(c.id));
    const choices = [
      ...exchange.penFriends.map((friend) => ({
        value: `pupil:${friend.class_id}:${friend.id}`,
        label: t("postcards.pen_friend", { name: friend.display_name }),
      })),
      ...partners.map((c) => ({
        value: `class:${c.id}`,
        label: place(c),
      })),
    ];
    recipients.replaceChildren(
      ...(choices.length
        ? choices.map((choice, index) =>
            h(
              "label",
              { class: "choice recipient" },
              h("input", { type: "radio", name: "to", value: choice.value, checked: index === 0 }),
              ` ${choice.label}`,
            ),
          )
        : [h("p", { class: "note" }, t("postcards.no_partners"))]),
    );
  }

  async function prepare() {
    if (given.answer) state.answering = await api("GET", `/api/postcards/${given.answer}`);
    if (given.card) {
      const card = await api("GET", `/api/postcards/${given.card}`);
      state.editing = card;
      message.value = card.message;
      form.elements.namedItem("stamp").value = card.stamp;
      showPicture(card.media);
      countChars();
    }
    showRecipients();
  }

  function cardInput() {
    const data = new FormData(form);
    const body = {
      space_id: space.id,
      media_id: state.media?.id,
      message: message.value.trim(),
      stamp: data.get("stamp"),
    };
    if (state.answering) return { ...body, reply_to: state.answering.id };
    const [kind, classId, pupilId] = String(data.get("to") ?? "").split(":");
    if (kind) body.to_class_id = Number(classId);
    if (kind === "pupil") body.to_user_id = Number(pupilId);
    if (data.get("from_class")) body.from_class_id = Number(data.get("from_class"));
    return body;
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!state.media) {
      fb.warn(t("postcards.need_picture"));
      return;
    }
    if (!message.value.trim()) {
      fb.warn(t("postcards.need_message"));
      message.focus();
      return;
    }
    perform(form, fb, async () => {
      const input = cardInput();
      const card = state.editing
        ? await api("POST", "/api/postcards/edits", {
            card_id: state.editing.id,
            media_id: input.media_id,
            message: input.message,
            stamp: input.stamp,
          })
        : await api("POST", "/api/postcards", input);
      await api("POST", "/api/postcards/sendings", { card_id: card.id });
      go(tabHref(space.id, "postcards", "sent"));
    });
  });

  return {
    element: form,
    ready: prepare().catch((error) => fb.error(error)),
    take() {},
  };
}

function step(number, title, content) {
  return h(
    "fieldset",
    { class: "composer-step" },
    h("legend", {}, h("span", { class: "step-number", "aria-hidden": "true" }, number), title),
    content,
  );
}

function stampChoices(stamps) {
  return h(
    "div",
    { class: "stamps" },
    stamps.map((name, index) =>
      h(
        "label",
        { class: "stamp-choice" },
        h("input", { type: "radio", name: "stamp", value: name, checked: index === 0 }),
        h("img", { src: `/img/stamps/${name}.svg`, alt: STAMP_NAMES[name]?.() ?? name }),
      ),
    ),
  );
}
