import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { kravkoll } from "../helpers.js";

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), "golden");

/**
 * Each formatter's output for the partial fixture bundle, compared byte for byte with a reviewed
 * file. After a deliberate change, rewrite them with UPDATE_GOLDEN=1 npx vitest run test/report
 * and read the diff before committing.
 */
async function golden(name: string, args: readonly string[]): Promise<void> {
  const { stdout } = await kravkoll(args);
  const path = join(GOLDEN, name);
  // A golden file is written only when asked: a missing one fails, so no test passes against itself.
  if (process.env["UPDATE_GOLDEN"] === "1") writeFileSync(path, stdout);
  expect(existsSync(path), `${name} is missing: write it with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(stdout).toBe(readFileSync(path, "utf8"));
}

describe("formatters against reviewed golden files", () => {
  it("terminal", async () => golden("partial.terminal.txt", ["check", "--no-color", "fixtures/partial"]));
  it("terminal, verbose, English", async () => golden("partial.verbose-en.txt", ["check", "--no-color", "-v", "--lang", "en", "fixtures/partial"]));
  it("json", async () => golden("partial.json", ["check", "-f", "json", "fixtures/partial"]));
  it("explain, terminal", async () => golden("explain-premises.txt", ["explain", "--no-color", "SUP-PREMISES", "fixtures/partial"]));
  it("explain, json", async () => golden("explain-premises.json", ["explain", "-f", "json", "SUP-PREMISES", "fixtures/partial"]));
  it("rules list", async () => golden("rules-list.txt", ["rules", "list", "--no-color"]));
});
