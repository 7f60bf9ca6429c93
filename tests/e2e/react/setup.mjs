// A scratch copy of this React app with the package installed as users get it: `npm pack`
// of pkg/, the app's own locked dependencies (`npm ci`), then the tarball, in a temporary
// folder outside the repository, so nothing resolves from the repository's node_modules.
// The README's React components (the ```tsx blocks of pkg/README.md whose first line names a
// file) become src/readme/<file>, so what is tested is what the README shows.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const root = join(here, "../../..");
export const npm = (args, cwd) => execFileSync("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, encoding: "utf8" });

/** The README's named ```tsx blocks: `[{ file, code }]`. */
export function readmeComponents() {
  const readme = readFileSync(join(root, "pkg/README.md"), "utf8");
  return [...readme.matchAll(/^```tsx\n\/\/ ([\w.-]+\.tsx)\n([\s\S]*?)^```$/gm)].map(([, file, code]) => ({ file, code }));
}

/** Builds the scratch app in `dir`; returns its folder. */
export function scratchApp(dir) {
  const packed = JSON.parse(npm(["pack", "--json", "--pack-destination", dir], join(root, "pkg")))[0];
  const app = join(dir, "app");
  for (const f of ["package.json", "package-lock.json", "index.html", "vite.config.js", "tsconfig.json", "src"]) cpSync(join(here, f), join(app, f), { recursive: true });
  mkdirSync(join(app, "src/readme"), { recursive: true });
  for (const { file, code } of readmeComponents()) writeFileSync(join(app, "src/readme", file), code);
  npm(["ci", "--prefer-offline"], app);
  npm(["install", "--no-save", "--prefer-offline", join(dir, packed.filename)], app);
  return app;
}
