/**
 * Writes files generated from the source of truth: schema/rulebook.schema.json from
 * src/rules/schema.ts. With --check, writes nothing and exits 1 if a file is stale.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { RULEBOOK_SCHEMA } from "../src/rules/schema.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

export function generatedFiles(): Map<string, string> {
  return new Map([["schema/rulebook.schema.json", `${JSON.stringify(RULEBOOK_SCHEMA, null, 2)}\n`]]);
}

function main(): void {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [name, content] of generatedFiles()) {
    const path = join(ROOT, name);
    let current = "";
    try {
      current = readFileSync(path, "utf8");
    } catch {
      current = "";
    }
    if (current === content) continue;
    stale++;
    if (check) console.log(`stale: ${name} (run npm run build-docs)`);
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      console.log(`wrote ${name}`);
    }
  }
  if (check && stale > 0) process.exitCode = 1;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
