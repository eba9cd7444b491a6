import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { kravError } from "../model/error.js";
import { EXIT } from "./check.js";
import type { Io } from "./io.js";
import { DEFAULT_RULEBOOK, PACKAGE_ROOT } from "./package-info.js";
import { renderErrors } from "./render-errors.js";

export const CONFIG_FILE = ".kravkoll.yaml";
export const STARTER_RULEBOOK = "regelbok.yaml";

/**
 * The starter files, kept as files beside the rulebooks (templates/): their text teaches the
 * format in comments and in Swedish rule text, so it is data, not code. Only the named
 * placeholders are filled in; "{name}" in a comment stays as written.
 */
function template(name: string, values: Readonly<Record<string, string>>): string {
  const text = readFileSync(join(PACKAGE_ROOT, "templates", name), "utf8");
  return text.replace(/\{(rulebook|schema|id|extends)\}/gu, (whole, key: string) => values[key] ?? whole);
}

/** `kravkoll init`: a starter project configuration and a rulebook that extends the bundled one. */
export function runInit(options: { readonly id: string; readonly force: boolean }, io: Io): number {
  const targets = [join(io.cwd, CONFIG_FILE), join(io.cwd, STARTER_RULEBOOK)];
  const existing = targets.filter((t) => existsSync(t));
  if (existing.length > 0 && !options.force) {
    io.stderr(renderErrors(existing.map((t) => kravError("KRV-U001", "already exists; kravkoll init does not overwrite", { file: relative(io.cwd, t), hint: "use --force to overwrite" })), false));
    return EXIT.failure;
  }
  if (!/^[a-z0-9][a-z0-9-]*$/u.test(options.id)) {
    io.stderr(renderErrors([kravError("KRV-U001", `--id must be lower case letters, digits and hyphens, not "${options.id}"`)], false));
    return EXIT.failure;
  }
  const schema = relative(io.cwd, join(PACKAGE_ROOT, "schema", "rulebook.schema.json"));
  const values = { rulebook: STARTER_RULEBOOK, schema, id: options.id, extends: DEFAULT_RULEBOOK };
  writeFileSync(targets[0] as string, template("kravkoll.yaml", values));
  writeFileSync(targets[1] as string, template(STARTER_RULEBOOK, values));
  io.stdout(`wrote ${CONFIG_FILE} and ${STARTER_RULEBOOK}\nnext: npx kravkoll rules test ${STARTER_RULEBOOK}, then npx kravkoll check <documents>\n`);
  return EXIT.clean;
}
