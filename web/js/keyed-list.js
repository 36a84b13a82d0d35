// A list kept in step with the server's: one element per item id, which
// stays in place (with what is typed in it, and the focus) while items
// around it come and go.

/**
 * make(item) -> { element, show(item) }. When an item with the focus in
 * it leaves the list, onFocusLost() says where the focus goes.
 */
export function keyedList(list, make, onFocusLost) {
  const entries = new Map(); // id -> { element, show }
  return {
    /** Shows exactly these items, in this order. */
    set(items) {
      const ids = new Set(items.map((item) => item.id));
      let focusLost = false;
      for (const [id, entry] of entries) {
        if (ids.has(id)) continue;
        focusLost ||= entry.element.contains(document.activeElement);
        entry.element.remove();
        entries.delete(id);
      }
      items.forEach((item, index) => {
        let entry = entries.get(item.id);
        if (entry) entry.show(item);
        else {
          entry = make(item);
          entries.set(item.id, entry);
        }
        const here = list.children[index] ?? null;
        if (here !== entry.element) list.insertBefore(entry.element, here);
      });
      if (focusLost) onFocusLost();
    },
    size: () => entries.size,
  };
}
