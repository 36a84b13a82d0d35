// Pupils' questions in a room, with "me too" up-votes: the most wanted first
// (answered ones last), so teachers see what the classes most want to know;
// a question moves up in every room as classmates up-vote it.

import { h, uniqueId } from "./dom.js";
import { feedback } from "./feedback.js";
import { onSubmit, perform, text } from "./forms.js";
import { t } from "./i18n.js";
import { keyedList } from "./keyed-list.js";
import { clearButton } from "./live-clear.js";
import { COMMANDS } from "./protocol.js";
import { user } from "./session.js";

function mostWanted(a, b) {
  return (
    Number(a.answered) - Number(b.answered) || b.upvotes - a.upvotes || a.id - b.id
  );
}

export function liveQuestions(room) {
  const { state, live } = room;
  const headingId = uniqueId("live-questions");
  const fb = feedback();
  const list = h("ol", { class: "live-questions-list", "aria-labelledby": headingId });
  const empty = h("p", { class: "empty" }, t("live.no_questions"));
  const rows = keyedList(list, (question) => questionRow(room, question, fb), () => {});

  function render() {
    const questions = state.ofType("question").sort(mostWanted);
    rows.set(questions);
    empty.hidden = questions.length > 0;
  }

  const element = h(
    "section",
    { class: "card live-questions", "aria-labelledby": headingId },
    h("h3", { id: headingId }, t("live.questions")),
    fb.element,
    room.takesPart && askForm(room),
    empty,
    list,
  );
  return { element, render };
}

function questionRow(room, question, fb) {
  const { state, live } = room;
  const words = h("p", { class: "live-question-text" });
  const who = h("span", { class: "live-author" });
  const status = h("span", { class: "live-item-status" });
  const upvote = h(
    "button",
    { type: "button", class: "button live-upvote" },
    h("span", { "aria-hidden": "true" }, "👍 "),
    t("live.me_too"),
  );
  const count = h("span", { class: "live-upvotes" });
  const answered = h("button", { type: "button", class: "small secondary" });
  const clear = clearButton(live, fb, () => current.id);
  let current = question;

  upvote.addEventListener("click", () =>
    perform(upvote, fb, async () => {
      const on = !state.myUpvotes.has(current.id);
      const counted = await live.command(
        COMMANDS.live.UPVOTE,
        { question_id: current.id, on },
        { retry: true },
      );
      if (on) state.myUpvotes.add(current.id);
      else state.myUpvotes.delete(current.id);
      current.upvotes = counted.upvotes;
      room.changed("items");
    }),
  );
  answered.addEventListener("click", () =>
    perform(answered, fb, () =>
      live.command(
        COMMANDS.live.ANSWER,
        { question_id: current.id, answered: !current.answered },
        { retry: true },
      ),
    ),
  );

  const element = h(
    "li",
    { class: "live-question" },
    h("div", { class: "live-question-body" }, words, h("p", { class: "live-meta" }, who, status)),
    h(
      "div",
      { class: "live-question-actions" },
      count,
      upvote,
      room.runs && [answered, clear],
    ),
  );

  function show(next) {
    current = next;
    const mine = next.author.id === user().id;
    words.textContent = next.text;
    who.textContent = next.author.display_name;
    status.textContent =
      next.status === "held" ? t("live.waiting") : next.answered ? t("live.answered") : "";
    element.dataset.answered = String(next.answered);
    count.textContent = t("live.upvotes", { count: next.upvotes });
    upvote.setAttribute("aria-pressed", String(state.myUpvotes.has(next.id)));
    upvote.setAttribute("aria-label", t("live.me_too_named", { text: next.text }));
    upvote.disabled = mine || !room.takesPart || next.status !== "visible";
    answered.textContent = next.answered ? t("live.not_answered") : t("live.mark_answered");
    clear.setAttribute("aria-label", t("live.clear_named", { name: next.author.display_name }));
  }
  show(question);
  return { element, show };
}

function askForm(room) {
  const { state, live } = room;
  const fb = feedback();
  const id = uniqueId("live-ask");
  const form = h(
    "form",
    { class: "live-inline-form" },
    fb.element,
    h("label", { for: id }, t("live.ask")),
    h(
      "div",
      { class: "live-inline-row" },
      h("input", { id, name: "text", maxlength: 300, autocomplete: "off" }),
      h("button", { type: "submit", class: "button primary" }, t("live.ask_submit")),
    ),
  );
  onSubmit(form, fb, async (data) => {
    const question = await live.command(
      COMMANDS.live.ASK,
      { session_id: state.session.id, text: text(data, "text") },
      { retry: true },
    );
    state.item(question);
    room.changed("items");
    form.reset();
  });
  return form;
}
