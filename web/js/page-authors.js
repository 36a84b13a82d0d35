// Who wrote what on a shared page, as Etherpad shows it: on request, each
// author's text gets a colour of its own, with a legend of names. The server
// puts an author mark (the writer's user id) on every letter it accepts; the
// editor puts the same mark on what this person types, so their text has
// its colour at once, before the server's copy comes back. Colours are
// classes of the stylesheet (the page's Content-Security-Policy allows no
// inline styles), given in the order people first appear on this screen:
// the first few never share one, and a co-editor's cursor has the colour of
// their text.

import { Decoration, DecorationSet, Plugin, PluginKey, ySyncPluginKey } from "./vendor/editor.js";

// Eight light colours behind dark text (each keeps a contrast of 4.5:1) that
// are easy to tell apart; a ninth author shares the first one's colour.
const AUTHOR_COLOURS = 8;

const key = new PluginKey("authors");

/** The colour number of each person on this screen: of(userId) -> 0..7. */
export function authorColours() {
  const given = new Map();
  return {
    of(userId) {
      if (!given.has(userId)) given.set(userId, given.size % AUTHOR_COLOURS);
      return given.get(userId);
    },
  };
}

/** The class that gives a person's colour to an element. */
export function colourClass(colours, userId) {
  return `author-${colours.of(userId)}`;
}

/** me: this person's user id; colours: the screen's authorColours(). */
export function authorship(me, colours) {
  return new Plugin({
    key,
    state: {
      init: () => ({ shown: false, decorations: DecorationSet.empty }),
      apply(tr, value, _old, state) {
        const shown = tr.getMeta(key) ?? value.shown;
        if (!shown) return { shown, decorations: DecorationSet.empty };
        if (shown === value.shown && !tr.docChanged) return value;
        return { shown, decorations: coloured(state.doc, colours) };
      },
    },
    props: { decorations: (state) => key.getState(state).decorations },
    appendTransaction: (transactions, _old, state) => stamped(transactions, state, me),
  });
}

/** Shows (or hides) the authors' colours in the editor. */
export function showAuthors(view, on) {
  view.dispatch(view.state.tr.setMeta(key, on));
}

/** The page's authors, in the order their text first appears: [userId]. */
export function authorsOf(doc) {
  const found = new Set();
  doc.descendants((node) => {
    const id = authorOf(node);
    if (id !== null) found.add(id);
  });
  return [...found];
}

function authorOf(node) {
  if (!node.isText) return null;
  const mark = node.marks.find((m) => m.type.name === "author");
  return mark ? mark.attrs.id : null;
}

function coloured(doc, colours) {
  const decorations = [];
  doc.descendants((node, pos) => {
    const id = authorOf(node);
    if (id !== null) {
      const shown = { class: `by-author ${colourClass(colours, id)}` };
      decorations.push(Decoration.inline(pos, pos + node.nodeSize, shown));
    }
  });
  return DecorationSet.create(doc, decorations);
}

/**
 * What this person typed or pasted gets their author mark, as the server
 * will give it; changes that came from the shared document keep theirs.
 */
function stamped(transactions, state, me) {
  let ranges = [];
  let typed = false;
  for (const tr of transactions) {
    const local = tr.docChanged && !tr.getMeta(ySyncPluginKey)?.isChangeOrigin;
    typed ||= local;
    for (const map of tr.mapping.maps) {
      // Ranges found so far move with every later step; text typed right
      // after a range is not part of it.
      ranges = ranges.map(([from, to]) => [map.map(from, 1), map.map(to, -1)]);
      if (local) map.forEach((_oldFrom, _oldTo, from, to) => ranges.push([from, to]));
    }
  }
  if (!typed) return null;
  const mark = state.schema.marks.author.create({ id: me });
  const tr = state.tr;
  for (const [from, to] of ranges) if (to > from) tr.addMark(from, to, mark);
  return tr.docChanged ? tr : null;
}
