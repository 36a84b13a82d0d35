// One pupil's message or forum post waiting for a teacher: who wrote it and
// when, its words (as text), why it waits, and the teacher's decision:
// approve it, correct it and approve it (chat messages: plain text, which the
// queue shows whole), or reject it with a note for the pupil.

import { MAX_CHARS } from "./chat-composer.js";
import { h } from "./dom.js";
import { t } from "./i18n.js";
import { itemAction } from "./item-action.js";
import { contentKindLabel, findingLabel } from "./labels.js";
import { noteForm } from "./note-form.js";
import { can } from "./policy.js";
import { COMMANDS, CONTENT } from "./protocol.js";
import { timeText } from "./when.js";

/** fb shows how a decision went; onStale() reads the list anew. */
export function reviewItem(item, { space, live, fb, onStale }) {
  const text = h("p", { class: "review-text" });
  const whose = { name: item.author.display_name, time: timeText(item.created_at) };
  let current = item;

  async function decide(decision, extra) {
    try {
      await live.command(
        COMMANDS.review.DECIDE,
        { item_id: item.id, decision, ...extra },
        { retry: true },
      );
      fb.success(decision === "approve" ? t("review.approved") : t("review.rejected"));
    } catch (error) {
      if (error.code !== "conflict") throw error;
      fb.warn(t("review.already_decided"));
      onStale();
    }
  }

  // A forum post is rich text, of which the queue has only the words: a
  // correction here would lose its lists and links. It is approved or refused
  // as written (its author can edit it once it is published).
  const correctable = item.content_kind === CONTENT.chat.MESSAGE;
  const actions =
    can(space, "review.decide") &&
    h(
      "div",
      { class: "item-actions" },
      itemAction(
        {
          label: t("review.approve"),
          name: t("review.approve_named", whose),
          className: "primary small",
          run: () => decide("approve"),
        },
        fb,
      ),
      correctable &&
        itemAction(
          {
            label: t("review.edit"),
            name: t("review.edit_named", whose),
            className: "secondary small",
            form: (close) =>
              noteForm({
                title: t("review.edit_title"),
                label: t("review.edit_label"),
                value: current.excerpt,
                required: true,
                maxlength: MAX_CHARS,
                rows: 4,
                submits: [{ label: t("review.edit_submit") }],
                onSubmit: async (edited) => {
                  await decide("approve", { text: edited });
                  close();
                },
                close,
              }),
          },
          fb,
        ),
      itemAction(
        {
          label: t("review.reject"),
          name: t("review.reject_named", whose),
          className: "danger small",
          form: (close) =>
            noteForm({
              title: t("review.reject_title"),
              label: t("review.reject_note"),
              hint: t("review.reject_hint"),
              submits: [{ label: t("review.reject_submit"), className: "danger" }],
              onSubmit: async (note) => {
                await decide("reject", { note });
                close();
              },
              close,
            }),
        },
        fb,
      ),
    );

  const element = h(
    "li",
    { class: "review-item" },
    h(
      "p",
      { class: "review-meta" },
      h("span", { class: "review-author" }, item.author.display_name),
      h("time", { datetime: item.created_at }, whose.time),
      h("span", { class: "badge muted" }, contentKindLabel(item.content_kind)),
    ),
    text,
    h(
      "p",
      { class: "review-why" },
      h("span", {}, t("review.why")),
      item.findings.map((finding) =>
        h(
          "span",
          { class: "badge finding" },
          finding.excerpt
            ? t("review.finding", { kind: findingLabel(finding.kind), excerpt: finding.excerpt })
            : findingLabel(finding.kind),
        ),
      ),
    ),
    actions,
  );

  function show(shown) {
    current = shown;
    text.textContent = shown.excerpt;
  }

  show(item);
  return { element, show };
}
