// Writing a chat line: Enter sends, Shift+Enter starts a new line. The
// composer under a room and the editor of one's own message share the box.
// A line the server refuses comes back into the box: nothing typed is lost.

import { h, uniqueId } from "./dom.js";
import { t } from "./i18n.js";

export const MAX_CHARS = 2000;
// The server relays a typing signal at most every 2 s per person; a little
// more than that here, so a signal is not dropped for arriving early.
const TYPING_EVERY_MS = 2_500;

/** A labelled textarea whose Enter (without Shift) calls onEnter. */
export function messageBox({ label, value = "", onEnter, hintId, oninput }) {
  const id = uniqueId("chat-text");
  const box = h(
    "textarea",
    {
      id,
      rows: 2,
      maxlength: MAX_CHARS,
      enterkeyhint: "send",
      "aria-describedby": hintId,
      oninput,
    },
    value,
  );
  box.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    onEnter();
  });
  return { label: h("label", { for: id }, label), box };
}

/**
 * The box and Send button under a room. onSend(text) returns a promise;
 * when it fails, fb shows the server's message and the text goes back.
 */
export function composer({ label, fb, onSend, onTyping }) {
  const hintId = uniqueId("chat-hint");
  let lastTyping = 0;
  const { label: boxLabel, box } = messageBox({
    label,
    hintId,
    onEnter: () => form.requestSubmit(),
    oninput: () => {
      if (!box.value.trim() || Date.now() - lastTyping < TYPING_EVERY_MS) return;
      lastTyping = Date.now();
      onTyping();
    },
  });
  const form = h(
    "form",
    { class: "chat-composer" },
    fb.element,
    boxLabel,
    h(
      "div",
      { class: "chat-compose-row" },
      box,
      h("button", { type: "submit", class: "primary" }, t("chat.send")),
    ),
    h("p", { id: hintId, class: "hint" }, t("chat.keys_hint")),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = box.value.trim();
    if (!text) return;
    fb.clear();
    box.value = "";
    box.focus();
    onSend(text).catch((error) => {
      fb.error(error);
      box.value = box.value ? `${text}\n${box.value}` : text;
    });
  });
  return form;
}
