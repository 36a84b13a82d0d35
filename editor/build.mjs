// Builds web/js/vendor/editor.js from index.js, and beside it the license
// notices of every package the bundle holds (read from the packages themselves,
// so a new dependency brings its notice along).

import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const vendor = join(here, "..", "web", "js", "vendor");
const NOTICES = "editor.LICENSES.txt";

const result = await build({
  entryPoints: [join(here, "index.js")],
  outfile: join(vendor, "editor.js"),
  bundle: true,
  format: "esm",
  // Browsers of the last few years (school tablets are not always new).
  target: "es2020",
  minify: true,
  legalComments: "none", // all notices are in NOTICES, named in the banner
  banner: {
    js: `// ProseMirror and friends, bundled by editor/build.mjs (make editor): do not edit.\n// Licenses: ${NOTICES}`,
  },
  metafile: true,
  logLevel: "warning",
});

/** The folder of the package an input file belongs to, e.g. node_modules/prosemirror-view. */
function packageDir(input) {
  const parts = input.split("/");
  const at = parts.lastIndexOf("node_modules");
  if (at < 0) return null;
  const scoped = parts[at + 1].startsWith("@");
  return parts.slice(0, at + (scoped ? 3 : 2)).join("/");
}

const packages = [...new Set(Object.keys(result.metafile.inputs).map(packageDir))]
  .filter(Boolean)
  .sort();
const notices = packages.map((dir) => {
  const { name, version, license } = JSON.parse(readFileSync(join(here, dir, "package.json"), "utf8"));
  const file = readdirSync(join(here, dir)).find((f) => /^(licen[cs]e|copying)/i.test(f));
  if (!file) throw new Error(`${name} has no license file: its notice must be added by hand`);
  const text = readFileSync(join(here, dir, file), "utf8").trim();
  return `${name} ${version} (${license})\n\n${text}\n`;
});
writeFileSync(
  join(vendor, NOTICES),
  `The packages bundled into editor.js, with their license notices.\n\n${notices.join(`\n${"-".repeat(72)}\n\n`)}`,
);
console.log(`editor.js: ${packages.length} packages`);
