// Tabs as the WAI-ARIA pattern has them: the chosen tab is the one in the
// Tab order, arrow keys (and Home, End) move between tabs and show their
// panel at once.

import { h, uniqueId } from "./dom.js";

/** items: [{ label, content, onShow? }]; the first is shown. */
export function tabs(label, items) {
  const entries = items.map((item) => {
    const tabId = uniqueId("tab");
    const panelId = uniqueId("tab-panel");
    return {
      tab: h(
        "button",
        { type: "button", role: "tab", id: tabId, "aria-controls": panelId, class: "tab" },
        item.label,
      ),
      panel: h("div", { role: "tabpanel", id: panelId, "aria-labelledby": tabId }, item.content),
    };
  });

  function select(index) {
    entries.forEach(({ tab, panel }, i) => {
      tab.setAttribute("aria-selected", String(i === index));
      tab.tabIndex = i === index ? 0 : -1;
      panel.hidden = i !== index;
    });
    items[index].onShow?.();
  }

  entries.forEach(({ tab }, index) => {
    tab.addEventListener("click", () => select(index));
    tab.addEventListener("keydown", (event) => {
      const last = entries.length - 1;
      const moves = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: last };
      if (!(event.key in moves)) return;
      event.preventDefault();
      const next = (moves[event.key] + entries.length) % entries.length;
      select(next);
      entries[next].tab.focus();
    });
  });
  select(0);
  return h(
    "div",
    { class: "tabs" },
    h(
      "div",
      { role: "tablist", "aria-label": label, class: "tab-list" },
      entries.map((entry) => entry.tab),
    ),
    entries.map((entry) => entry.panel),
  );
}
