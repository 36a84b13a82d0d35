// A teacher's button that clears an item from the live room: a chat line, a
// question, a sticky note.

import { t } from "./i18n.js";
import { itemAction } from "./item-action.js";
import { COMMANDS } from "./protocol.js";

/** itemId() is read at the click: a card is kept while its item changes. */
export function clearButton(live, fb, itemId) {
  return itemAction(
    {
      label: t("live.clear"),
      className: "small danger",
      run: () => live.command(COMMANDS.live.CLEAR, { item_id: itemId() }, { retry: true }),
    },
    fb,
  );
}
