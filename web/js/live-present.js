// Who is in the room now, grouped by school and class: the people of the
// session's classes (and the teachers) whom the space's presence shows
// online. A class account stands for its whole class at one projector.
// Teachers mute a pupil here, for the rest of the session.

import { h, uniqueId } from "./dom.js";
import { feedback } from "./feedback.js";
import { perform } from "./forms.js";
import { t } from "./i18n.js";
import { COMMANDS } from "./protocol.js";
import { user } from "./session.js";

export function livePresent(room) {
  const { state, live } = room;
  const headingId = uniqueId("live-present");
  const fb = feedback();
  const heading = h("h3", { id: headingId });
  const groups = h("div", { class: "live-present-groups" });
  let online = new Set();

  /** The people shown: online, and of the room. */
  function present() {
    return [...state.roster.values()].filter((person) => online.has(person.user_id));
  }

  function render() {
    if (!state.session) return; // presence came before the room was read: shown once it is
    const people = present();
    heading.textContent = t("live.present", { count: people.length });
    const classNames = new Map(state.session.classes.map((c) => [c.id, c.name]));
    const bySchool = new Map();
    for (const person of people) {
      const school = person.school?.name ?? "";
      const group = person.teacher ? t("live.teachers") : classNames.get(person.class_id) ?? "";
      if (!bySchool.has(school)) bySchool.set(school, { school: person.school, groups: new Map() });
      const groupsOfSchool = bySchool.get(school).groups;
      groupsOfSchool.set(group, [...(groupsOfSchool.get(group) ?? []), person]);
    }
    groups.replaceChildren(
      ...[...bySchool.values()]
        .sort((a, b) => (a.school?.name ?? "").localeCompare(b.school?.name ?? ""))
        .map(({ school, groups: inSchool }) => {
          const schoolId = uniqueId("live-school");
          return h(
            "section",
            { class: "live-school", "aria-labelledby": schoolId },
            h("h4", { id: schoolId }, school ? `${school.name} · ${school.town}` : t("live.teachers")),
            [...inSchool.entries()].map(([group, members]) => [
              h("p", { class: "live-class-name" }, group),
              h(
                "ul",
                { class: "live-people", "aria-label": `${group} · ${school?.name ?? ""}` },
                members.map((person) => personRow(person)),
              ),
            ]),
          );
        }),
    );
  }

  function personRow(person) {
    const muted = state.muted.has(person.user_id);
    return h(
      "li",
      { class: "live-person", "data-muted": muted ? "true" : null },
      person.class_account && h("span", { "aria-hidden": "true" }, "📽️ "),
      person.display_name,
      person.class_account && h("span", { class: "badge" }, t("live.whole_class")),
      person.user_id === user().id && h("span", { class: "you" }, ` ${t("members.you")}`),
      muted && h("span", { class: "badge muted" }, t("live.muted_badge")),
      room.runs && !person.teacher && muteButton(person, muted),
    );
  }

  function muteButton(person, muted) {
    const name = person.display_name;
    return h(
      "button",
      {
        type: "button",
        class: "small secondary",
        "aria-label": muted ? t("live.unmute_named", { name }) : t("live.mute_named", { name }),
        onclick: (event) =>
          perform(event.currentTarget, fb, async () => {
            await live.command(
              COMMANDS.live.MUTE,
              { session_id: state.session.id, user_id: person.user_id, muted: !muted },
              { retry: true },
            );
            if (muted) state.muted.delete(person.user_id);
            else state.muted.add(person.user_id);
            render();
          }),
      },
      muted ? t("live.unmute") : t("live.mute"),
    );
  }

  const element = h(
    "section",
    { class: "card live-present", "aria-labelledby": headingId },
    heading,
    fb.element,
    groups,
  );
  return {
    element,
    render,
    /** The space's presence frame: who has it open now. */
    online(people) {
      online = new Set(people.map((person) => person.user_id));
      render();
    },
  };
}
