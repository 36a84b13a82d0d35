// Rich text (forum posts): the one schema the editor writes and the page
// shows. It holds exactly what the server's allowlist keeps
// (twinspace/moderation/sanitize.py): paragraphs, line breaks, h2-h4, bold,
// italic, underline, strike, lists, quotes, code, and links to http, https
// and mailto addresses. Stored HTML is shown by reading it into this schema
// and building the page's elements from that, never by setting innerHTML:
// whatever a post holds besides (a script, an image, an event handler) is
// dropped here too, even if the server's sanitiser ever let it through.

import { DOMSerializer, DOMParser as ModelParser, Schema } from "./vendor/editor.js";

const LINK_PROTOCOLS = /^(https?:\/\/|mailto:)/i;
const LINK_REL = "nofollow noopener ugc";

/** True when href is an address a post may link to. */
export function safeHref(href) {
  return LINK_PROTOCOLS.test(href ?? "");
}

const heading = (tag, level) => ({ tag, attrs: { level } });

export const schema = new Schema({
  nodes: {
    doc: { content: "block+" },
    paragraph: {
      group: "block",
      content: "inline*",
      parseDOM: [{ tag: "p" }],
      toDOM: () => ["p", 0],
    },
    heading: {
      group: "block",
      content: "inline*",
      attrs: { level: { default: 2 } },
      defining: true,
      // The page's own h1 is the space's title: a post's headings start at h2.
      parseDOM: [
        heading("h1", 2),
        heading("h2", 2),
        heading("h3", 3),
        heading("h4", 4),
        heading("h5", 4),
        heading("h6", 4),
      ],
      toDOM: (node) => [`h${node.attrs.level}`, 0],
    },
    blockquote: {
      group: "block",
      content: "block+",
      defining: true,
      parseDOM: [{ tag: "blockquote" }],
      toDOM: () => ["blockquote", 0],
    },
    code_block: {
      group: "block",
      content: "text*",
      marks: "",
      code: true,
      defining: true,
      parseDOM: [{ tag: "pre", preserveWhitespace: "full" }],
      toDOM: () => ["pre", ["code", 0]],
    },
    bullet_list: {
      group: "block",
      content: "list_item+",
      parseDOM: [{ tag: "ul" }],
      toDOM: () => ["ul", 0],
    },
    ordered_list: {
      group: "block",
      content: "list_item+",
      parseDOM: [{ tag: "ol" }],
      toDOM: () => ["ol", 0],
    },
    list_item: {
      content: "paragraph block*",
      defining: true,
      parseDOM: [{ tag: "li" }],
      toDOM: () => ["li", 0],
    },
    text: { group: "inline" },
    hard_break: {
      group: "inline",
      inline: true,
      selectable: false,
      parseDOM: [{ tag: "br" }],
      toDOM: () => ["br"],
    },
  },
  marks: {
    link: {
      attrs: { href: {} },
      inclusive: false,
      parseDOM: [
        {
          tag: "a[href]",
          getAttrs: (dom) =>
            safeHref(dom.getAttribute("href")) ? { href: dom.getAttribute("href") } : false,
        },
      ],
      toDOM: (mark) => ["a", { href: mark.attrs.href, rel: LINK_REL }, 0],
    },
    strong: { parseDOM: [{ tag: "strong" }, { tag: "b" }], toDOM: () => ["strong", 0] },
    em: { parseDOM: [{ tag: "em" }, { tag: "i" }], toDOM: () => ["em", 0] },
    underline: { parseDOM: [{ tag: "u" }], toDOM: () => ["u", 0] },
    strike: { parseDOM: [{ tag: "s" }, { tag: "del" }, { tag: "strike" }], toDOM: () => ["s", 0] },
    code: { parseDOM: [{ tag: "code" }], toDOM: () => ["code", 0] },
  },
});

const parser = ModelParser.fromSchema(schema);
const serializer = DOMSerializer.fromSchema(schema);

/**
 * Stored HTML as a document of the schema. The HTML is parsed in a separate,
 * inert document (no scripts run, nothing loads), and only what the schema
 * knows is read from it.
 */
export function parseRich(html) {
  const inert = new window.DOMParser().parseFromString(html, "text/html");
  return parser.parse(inert.body);
}

/** A post's stored HTML as elements of this page; links open beside it. */
export function renderRich(html) {
  const fragment = serializer.serializeFragment(parseRich(html).content);
  for (const link of fragment.querySelectorAll("a")) link.target = "_blank";
  return fragment;
}

/** The HTML the server stores for a document of the schema. */
export function htmlOf(doc) {
  const holder = document.createElement("div");
  holder.append(serializer.serializeFragment(doc.content));
  return holder.innerHTML;
}
