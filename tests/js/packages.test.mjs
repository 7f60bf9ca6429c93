// What the two packages publish: `cargo package` and `npm pack` list exactly the files meant
// for them, and the packed crate builds on its own (cargo's verification step).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 << 20 });

/** Every file below `dir` (relative to the root), with forward slashes. */
function files(dir) {
  return readdirSync(root + dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `${e.parentPath ?? e.path}/${e.name}`.slice(root.length).replaceAll("\\", "/"));
}

// --allow-dirty: a developer's uncommitted edits do not fail the list; what it holds is checked.
test("the crate packs its sources, build script (RULES_VERSION), README and manifests, nothing else", () => {
  const listed = run("cargo", ["package", "--locked", "--allow-dirty", "--list"]).split("\n").filter(Boolean).sort();
  const meant = [...files("src"), "build.rs", "README.md", "Cargo.toml", "Cargo.toml.orig", "Cargo.lock"];
  // cargo adds its VCS note in a git checkout.
  const extra = listed.filter((f) => !meant.includes(f) && f !== ".cargo_vcs_info.json");
  assert.deepEqual(extra, [], "files the crate should not publish");
  assert.deepEqual(meant.filter((f) => !listed.includes(f)), [], "files the crate must publish");
});

test("the packed crate builds on its own", { timeout: 900_000 }, () => {
  // Unpacks the .crate into target/package/ and builds it there, as crates.io would.
  run("cargo", ["package", "--locked", "--allow-dirty"]);
});

test("the npm package packs its entries, types, modules and README, nothing else", () => {
  const manifest = JSON.parse(readFileSync(root + "pkg/package.json", "utf8"));
  const [{ files: packed }] = JSON.parse(run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], root + "pkg"));
  const listed = packed.map((f) => f.path).sort();
  assert.deepEqual(listed, [...manifest.files, "package.json", "README.md"].sort());
});
