// "Anna is typing…" under a room's messages. Typing signals are ephemeral:
// a name stays for a few seconds after the last signal, or until that
// person's message arrives.

import { h } from "./dom.js";
import { t } from "./i18n.js";

const SHOWN_MS = 4_000;

export function typingLine() {
  const element = h("p", { class: "chat-typing" });
  const typists = new Map(); // user id -> { name, timer }

  function render() {
    const names = [...typists.values()].map((typist) => typist.name);
    if (!names.length) element.textContent = "";
    else if (names.length === 1) element.textContent = t("chat.typing_one", { name: names[0] });
    else element.textContent = t("chat.typing_many", { names: names.join(", ") });
  }

  function stopped(userId) {
    clearTimeout(typists.get(userId)?.timer);
    if (typists.delete(userId)) render();
  }

  return {
    element,
    typing(userId, name) {
      clearTimeout(typists.get(userId)?.timer);
      typists.set(userId, { name, timer: setTimeout(() => stopped(userId), SHOWN_MS) });
      render();
    },
    stopped,
  };
}
