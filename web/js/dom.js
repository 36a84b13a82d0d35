// Builds elements from data. Text is always inserted as text, never parsed as
// HTML, so names and titles typed by users cannot inject markup.

let nextId = 0;

/** A fresh id for label/aria references. */
export function uniqueId(prefix) {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/**
 * h("button", { type: "button", class: "primary", onclick: fn }, "Save")
 * Props starting with "on" become event listeners; true means an empty
 * attribute; false, null and undefined leave the attribute out.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  return append(element, ...children);
}

/** Appends children, nested lists flattened; null, undefined and false are skipped. */
export function append(parent, ...children) {
  parent.append(
    ...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false),
  );
  return parent;
}
