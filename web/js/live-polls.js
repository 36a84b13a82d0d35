// Quick polls and quiz questions in a room: teachers start one (a quiz question
// has a right answer, shown when it closes) and close it; everyone in the room
// votes with one big button and sees the results change as the votes come.

import { append, h, uniqueId } from "./dom.js";
import { feedback } from "./feedback.js";
import { field, onSubmit, perform, text } from "./forms.js";
import { t } from "./i18n.js";
import { pollChart } from "./live-chart.js";
import { COMMANDS } from "./protocol.js";

// As many answers as the server takes: a chart the back row can read.
const MAX_OPTIONS = 6;

export function livePolls(room) {
  const { state, live } = room;
  const headingId = uniqueId("live-polls");
  const fb = feedback();
  const current = h("div", { class: "live-poll" });
  const earlier = h("div", {});
  let shown = ""; // which poll, in which state, the buttons were made for
  let buttons = [];
  let chart = null;

  function render() {
    const polls = [...state.polls.values()].sort((a, b) => a.id - b.id);
    const poll = polls.at(-1);
    if (!poll) {
      shown = "";
      current.replaceChildren(h("p", { class: "empty" }, t("live.no_poll")));
    } else if (shown !== `${poll.id}:${poll.state}:${poll.correct}`) {
      shown = `${poll.id}:${poll.state}:${poll.correct}`;
      buttons = poll.state === "open" && room.takesPart ? voteButtons(poll) : [];
      chart = pollChart(poll, state.session.classes);
      current.replaceChildren();
      append(
        current,
        h("p", { class: "live-poll-question" }, poll.question),
        h(
          "p",
          { class: "live-poll-state" },
          poll.state === "open" ? t("live.poll_open") : t("live.poll_closed"),
        ),
        buttons.length > 0 && h("div", { class: "live-options" }, buttons),
        chart,
        room.runs && poll.state === "open" && closeButton(poll),
      );
    } else {
      const next = pollChart(poll, state.session.classes);
      chart.replaceWith(next);
      chart = next;
    }
    if (poll) pressed(poll);
    earlier.replaceChildren();
    append(
      earlier,
      polls.length > 1 &&
        h(
          "details",
          { class: "live-earlier" },
          h("summary", {}, t("live.earlier_polls", { count: polls.length - 1 })),
          polls
            .slice(0, -1)
            .reverse()
            .map((old) => [h("h4", {}, old.question), pollChart(old, state.session.classes)]),
        ),
    );
  }

  function voteButtons(poll) {
    return poll.options.map((option, index) =>
      h(
        "button",
        {
          type: "button",
          class: "button live-option",
          "aria-pressed": "false",
          onclick: (event) =>
            perform(event.currentTarget, fb, async () => {
              const counted = await live.command(
                COMMANDS.live.VOTE,
                { poll_id: poll.id, option: index },
                { retry: true },
              );
              state.myVotes.set(poll.id, counted.mine);
              pressed(poll);
            }),
        },
        option,
      ),
    );
  }

  function pressed(poll) {
    const mine = state.myVotes.get(poll.id);
    buttons.forEach((button, index) => button.setAttribute("aria-pressed", String(index === mine)));
  }

  function closeButton(poll) {
    return h(
      "button",
      {
        type: "button",
        class: "button secondary",
        onclick: (event) =>
          perform(event.currentTarget, fb, () =>
            live.command(COMMANDS.live.POLL_CLOSE, { poll_id: poll.id }, { retry: true }),
          ),
      },
      t("live.poll_close"),
    );
  }

  const element = h(
    "section",
    { class: "card live-polls", "aria-labelledby": headingId },
    h("h3", { id: headingId }, t("live.poll")),
    fb.element,
    room.runs && pollForm(room),
    current,
    earlier,
  );
  return { element, render };
}

function pollForm(room) {
  const { state, live } = room;
  const fb = feedback();
  const answers = Array.from({ length: MAX_OPTIONS }, (_, index) =>
    field({
      label: t("live.poll_answer", { number: index + 1 }),
      name: `option${index}`,
      maxlength: 80,
    }),
  );
  const rightAnswer = h(
    "select",
    { name: "correct", id: uniqueId("live-correct") },
    h("option", { value: "" }, t("live.poll_no_right_answer")),
    answers.map((_, index) => h("option", { value: index }, t("live.poll_answer", { number: index + 1 }))),
  );
  const form = h(
    "form",
    { class: "live-poll-form" },
    fb.element,
    field({ label: t("live.poll_question"), name: "question", maxlength: 200 }),
    h("div", { class: "live-poll-answers" }, answers),
    h(
      "div",
      { class: "field" },
      h("label", { for: rightAnswer.id }, t("live.poll_quiz")),
      rightAnswer,
    ),
    h("button", { type: "submit", class: "button primary" }, t("live.poll_start")),
  );
  onSubmit(form, fb, async (data) => {
    const written = answers.map((_, index) => text(data, `option${index}`));
    const options = written.filter(Boolean);
    const correct = text(data, "correct");
    // The right answer's number counts the answers written, not the boxes.
    const chosen = correct === "" ? "" : written[Number(correct)];
    const right = chosen ? options.indexOf(chosen) : null;
    const poll = await live.command(
      COMMANDS.live.POLL,
      { session_id: state.session.id, question: text(data, "question"), options, correct: right },
      { retry: true },
    );
    state.polls.set(poll.id, poll);
    room.changed("polls");
    form.reset();
    form.closest("details").open = false;
  });
  return h("details", { class: "live-new-poll" }, h("summary", {}, t("live.poll_new")), form);
}
