// The forums' part of a space's settings (space.settings.forum): whether a
// teacher checks every pupil's post first, and whether every pupil may start
// a topic (teachers and pupil administrators always may).

import { h } from "./dom.js";
import { tick } from "./forms.js";
import { t } from "./i18n.js";

export function forumSettings({ forum }) {
  return {
    name: "forum",
    legend: t("forum.settings"),
    controls: h(
      "div",
      { class: "field" },
      tick({
        label: t("forum.settings_premoderated"),
        name: "forum.premoderated",
        value: "yes",
        checked: forum.premoderated,
      }),
      tick({
        label: t("forum.settings_pupils_start"),
        name: "forum.pupils_start_threads",
        value: "yes",
        checked: forum.pupils_start_threads,
      }),
    ),
    values: (data) => ({
      premoderated: data.has("forum.premoderated"),
      pupils_start_threads: data.has("forum.pupils_start_threads"),
    }),
  };
}
