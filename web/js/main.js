// Start-up: find the session, load the catalogue, route.

import { onUnauthenticated } from "./api.js";
import { classesView } from "./classes.js";
import { renderHeader } from "./header.js";
import { loadLanguages, storedLanguage, t, useLanguage } from "./i18n.js";
import { joinView } from "./join.js";
import { loginView } from "./login.js";
import { setNotice } from "./notice.js";
import { registerView } from "./register.js";
import { go, startRouter } from "./router.js";
import { forget, restore, user } from "./session.js";
import { spaceView } from "./space.js";
import { spacesView } from "./spaces.js";

const ROUTES = [
  { pattern: /^#\/login$/, view: loginView, access: "guest" },
  { pattern: /^#\/register$/, view: registerView, access: "guest" },
  { pattern: /^#\/spaces$/, view: spacesView, access: "user" },
  // A space and its tabs: #/spaces/7, #/spaces/7/chat, #/spaces/7/forum/12 ...
  { pattern: /^#\/spaces\/(\d+)(?:\/(.*))?$/, view: spaceView, access: "user" },
  { pattern: /^#\/classes$/, view: classesView, access: "teacher" },
  { pattern: /^#\/join\/([A-Za-z0-9]+)$/, view: joinView, access: "teacher" },
];

onUnauthenticated(() => {
  if (!user()) return;
  forget();
  setNotice(t("session.ended"));
  go("#/login");
});

await Promise.all([restore(), loadLanguages()]);
await useLanguage(user()?.language ?? storedLanguage());
startRouter(ROUTES, { onRender: renderHeader });
