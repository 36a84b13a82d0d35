// What a search of the space's forums found: published posts with every
// word typed, best first, each a link to its topic with the start of the
// post. (The server never finds held, removed or other spaces' posts.)

import { api } from "./api.js";
import { h } from "./dom.js";
import { feedback } from "./feedback.js";
import { t } from "./i18n.js";
import { tabHref } from "./space-nav.js";
import { timeText } from "./when.js";

export function forumSearch(forum, words) {
  const { space } = forum;
  const fb = feedback();
  const summary = h("p", { role: "status", class: "lead" });
  const list = h("ol", { class: "search-results" });

  async function search() {
    const found = await api(
      "GET",
      `/api/spaces/${space.id}/forum/search?q=${encodeURIComponent(words)}`,
    );
    summary.textContent = t("forum.search_found", { count: found.results.length, words });
    list.replaceChildren(
      ...found.results.map((result) =>
        h(
          "li",
          { class: "card search-result" },
          h(
            "h3",
            {},
            h("a", { href: tabHref(space.id, "forum", result.thread_id) }, result.thread_title),
          ),
          h(
            "p",
            { class: "post-meta" },
            result.author.display_name,
            " · ",
            h("time", { datetime: result.created_at }, timeText(result.created_at)),
          ),
          h("p", {}, result.excerpt),
        ),
      ),
    );
  }

  return {
    element: h(
      "div",
      { class: "forum-page" },
      h(
        "p",
        { class: "breadcrumb" },
        h("a", { href: tabHref(space.id, "forum") }, t("forum.back")),
      ),
      h("h2", { tabindex: -1 }, t("forum.search_title")),
      fb.element,
      summary,
      list,
    ),
    ready: search().catch((error) => fb.error(error)),
    take: () => {}, // a search shows what was found when it was asked
  };
}
