import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The installed package's root: two levels above this file, from src/cli or dist/cli alike. */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export const BUNDLED_RULES_DIR = join(PACKAGE_ROOT, "rules");

export const DEFAULT_RULEBOOK = "stockholm-trygghet-2013-2016";

export function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version?: string };
  return pkg.version ?? "0.0.0";
}
