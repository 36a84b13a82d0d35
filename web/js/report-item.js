// One report of a chat message or a forum post: what was reported (the
// server's excerpt of it, and who wrote it), who reported it and why, and
// what a teacher does about it: pass it to the platform moderators, mark it
// resolved, or remove the reported content.

import { h } from "./dom.js";
import { t } from "./i18n.js";
import { itemAction } from "./item-action.js";
import { contentKindLabel, removeLabel } from "./labels.js";
import { noteForm } from "./note-form.js";
import { can } from "./policy.js";
import { COMMANDS } from "./protocol.js";
import { removal } from "./removal.js";
import { timeText } from "./when.js";

/**
 * nameOf(userId) is a member's name, if known. fb shows how an action went;
 * onStale() reads the list anew.
 */
export function reportItem(report, { space, live, fb, nameOf, onStale }) {
  const escalated = h("span", { class: "badge" }, t("reports.escalated"));
  const reporter = nameOf(report.reporter_id);
  const time = timeText(report.created_at);
  // Its buttons name it for a screen reader, when the reporter is known:
  // "Mark as done: report by Giulia B., 10:25".
  const whose = reporter && { name: reporter, time };

  async function handle(action, note = "") {
    try {
      await live.command(
        COMMANDS.report.HANDLE,
        { report_id: report.id, action, note },
        { retry: true },
      );
      fb.success(action === "escalate" ? t("reports.escalated_done") : t("reports.resolved"));
    } catch (error) {
      if (error.code !== "conflict") throw error;
      fb.warn(t("reports.already_handled"));
      onStale();
    }
  }

  const escalate =
    can(space, "report.handle") &&
    itemAction(
      {
        label: t("reports.escalate"),
        name: whose && t("reports.escalate_named", whose),
        className: "secondary small",
        form: (close) =>
          noteForm({
            title: t("reports.escalate_title"),
            label: t("reports.escalate_note"),
            submits: [{ label: t("reports.escalate_submit") }],
            onSubmit: async (note) => {
              await handle("escalate", note);
              close();
            },
            close,
          }),
      },
      fb,
    );
  const actions = h(
    "div",
    { class: "item-actions" },
    escalate,
    can(space, "report.handle") &&
      itemAction(
        {
          label: t("reports.resolve"),
          name: whose && t("reports.resolve_named", whose),
          className: "secondary small",
          run: () => handle("resolve"),
        },
        fb,
      ),
    can(space, "content.remove") &&
      itemAction(
        removal({
          live,
          kind: report.content_kind,
          id: report.content_id,
          label: removeLabel(report.content_kind),
          name: whose && t("reports.remove_named", whose),
          onRemoved: () => fb.success(t("removal.done")),
        }),
        fb,
      ),
  );
  const author = nameOf(report.content_author_id);
  const element = h(
    "li",
    { class: "review-item" },
    h(
      "p",
      { class: "review-meta" },
      reporter && h("span", {}, t("reports.by", { name: reporter })),
      h("time", { datetime: report.created_at }, time),
      h("span", { class: "badge muted" }, contentKindLabel(report.content_kind)),
      escalated,
    ),
    h(
      "blockquote",
      { class: "review-quote" },
      author && h("p", { class: "review-author" }, author),
      h("p", { class: "review-text" }, report.excerpt),
    ),
    h("p", { class: "review-reason" }, h("strong", {}, t("reports.reason")), " ", report.reason),
    actions,
  );

  function show(shown) {
    const isEscalated = shown.state === "escalated";
    escalated.hidden = !isEscalated;
    if (escalate) escalate.hidden = isEscalated;
  }

  show(report);
  return { element, show };
}
