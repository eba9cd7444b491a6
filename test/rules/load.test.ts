import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRulebooksForRun } from "../../src/cli/rulebooks.js";
import { checkUnit } from "../../src/engine/check.js";
import { prepareRules } from "../../src/engine/prepare.js";
import { kravkoll, textDoc } from "../helpers.js";

/** Writes rulebook files into a fresh folder and returns it. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "kravkoll-rules-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const HEAD = "kravkoll: 1\nid: test-bok\nversion: 1.0.0\ntitle: {sv: Testbok}\n";
const CONCEPTS = "concepts:\n  rsa:\n    abbreviations: [RSA]\n";
const RULE = (id: string, extra = ""): string =>
  `  - id: ${id}\n    title: {sv: Leverantören gör RSA}\n    severity: error\n    source: test\n    match:\n      all: [rsa]\n    suggestion: {sv: "Leverantören ska göra en RSA."}\n${extra}`;

const validate = (dir: string, file: string) => kravkoll(["rules", "validate", file], { cwd: dir });

describe("rulebook errors name the file, line and column, and exit 2", () => {
  it("a misspelled key, with the likely meant one", async () => {
    const dir = folder({ "r.yaml": `${HEAD}${CONCEPTS}rules:\n${RULE("R-1").replace("severity: error", "severty: error")}` });
    const { code, stderr } = await validate(dir, "r.yaml");
    expect(code).toBe(2);
    expect(stderr).toContain('r.yaml:11:5: error KRV-R003 unknown key "severty" in rule R-1: did you mean "severity"?');
  });

  it("a value of the wrong type", async () => {
    const dir = folder({ "r.yaml": `${HEAD}${CONCEPTS}rules:\n${RULE("R-1").replace("all: [rsa]", "all: rsa")}` });
    const { code, stderr } = await validate(dir, "r.yaml");
    expect(code).toBe(2);
    expect(stderr).toContain("r.yaml:14:12: error KRV-R003 rule R-1: match.all must be a list");
  });

  it("a duplicate rule id", async () => {
    const dir = folder({ "r.yaml": `${HEAD}${CONCEPTS}rules:\n${RULE("R-1")}${RULE("R-1")}` });
    const { code, stderr } = await validate(dir, "r.yaml");
    expect(code).toBe(2);
    expect(stderr).toMatch(/r\.yaml:16:9: error KRV-R004 duplicate rule id R-1 \(first defined at line 9\)/u);
  });

  it("a YAML syntax error", async () => {
    const dir = folder({ "r.yaml": `${HEAD}rules:\n  - id: R-1\n    title: {sv: "oavslutad\n` });
    const { code, stderr } = await validate(dir, "r.yaml");
    expect(code).toBe(2);
    expect(stderr).toMatch(/r\.yaml:\d+:\d+: error KRV-R002 YAML: /u);
  });

  it("an unknown concept, parameter or rule, each with its place", async () => {
    const dir = folder({
      "r.yaml": `${HEAD}${CONCEPTS}overrides:\n  R-2:\n    severity: info\nrules:\n${RULE("R-1").replace("all: [rsa]", "all: [rsa, rapport]").replace("göra en RSA.", "göra en RSA i {systm}.")}`,
    });
    const { code, stderr } = await validate(dir, "r.yaml");
    expect(code).toBe(2);
    expect(stderr).toContain("r.yaml:9:3: error KRV-R005 overrides names rule R-2, which no rulebook here defines: did you mean R-1?");
    expect(stderr).toContain('r.yaml:17:18: error KRV-R005 rule R-1 uses concept "rapport", which is not defined');
    expect(stderr).toContain("error KRV-R005 unknown parameter {systm}");
  });

  it("an unknown concept under otherActions", async () => {
    const dir = folder({ "r.yaml": `${HEAD}${CONCEPTS}rules:\n${RULE("R-1").replace("all: [rsa]\n", "all: [rsa]\n      otherActions: [rapportering]\n")}` });
    const { code, stderr } = await validate(dir, "r.yaml");
    expect(code).toBe(2);
    expect(stderr).toContain('r.yaml:15:22: error KRV-R005 rule R-1 uses concept "rapportering", which is not defined');
  });

  it("an exception pattern that RE2 cannot run", async () => {
    const dir = folder({ "r.yaml": `${HEAD}concepts:\n  rsa:\n    abbreviations: [RSA]\n    exceptPatterns: ['(?<!stadens )RSA']\nrules:\n${RULE("R-1")}` });
    const { code, stderr } = await validate(dir, "r.yaml");
    expect(code).toBe(2);
    expect(stderr).toMatch(/r\.yaml:8:22: error KRV-R006 pattern "\(\?<!stadens \)RSA" is not a valid RE2 expression/u);
  });

  it("rule ids that collide across two rulebooks of one run", async () => {
    const dir = folder({ "a.yaml": `${HEAD}${CONCEPTS}rules:\n${RULE("R-1")}`, "b.yaml": `${HEAD.replace("test-bok", "annan-bok")}${CONCEPTS}rules:\n${RULE("R-1")}` });
    const { code, stderr } = await kravkoll(["rules", "list", "a.yaml", "b.yaml"], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain("b.yaml:9:9: error KRV-R004 rule id R-1 is defined by both a.yaml and b.yaml");
  });
});

describe("a rulebook is data", () => {
  it("runs no code: YAML tags are rejected", async () => {
    const dir = folder({ "r.yaml": `${HEAD}description: !!js/function "function () { return 1 }"\n${CONCEPTS}rules:\n${RULE("R-1")}` });
    const { code, stderr } = await validate(dir, "r.yaml");
    expect(code).toBe(2);
    expect(stderr).toMatch(/r\.yaml:5:\d+: error KRV-R002 YAML: .*tag/iu);
  });

  it("cannot blow up memory with aliases", async () => {
    const laughs = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, i) => `${"bcdefghi"[i]}: &${"bcdefghi"[i]} [${Array.from({ length: 10 }, () => `*${"abcdefghi"[i]}`).join(", ")}]`)].join("\n");
    const dir = folder({ "r.yaml": `${laughs}\n${HEAD}rules: []\n` });
    const { code, stderr } = await validate(dir, "r.yaml");
    expect(code).toBe(2);
    expect(stderr).toContain("KRV-R002");
  });

  it("rejects a pattern that is not linear-time RE2, at load time", async () => {
    const dir = folder({ "r.yaml": `${HEAD}concepts:\n  rsa:\n    patterns: ['(?<=staden )rsa']\nrules:\n${RULE("R-1")}` });
    const { code, stderr } = await validate(dir, "r.yaml");
    expect(code).toBe(2);
    expect(stderr).toMatch(/r\.yaml:7:16: error KRV-R006 pattern .* is not a valid RE2 expression/u);
  });

  it("runs a catastrophic-backtracking pattern in linear time on 100 kB of text", () => {
    const dir = folder({ "r.yaml": `${HEAD}concepts:\n  rsa:\n    patterns: ['(a+)+$']\nrules:\n${RULE("R-1")}` });
    const books = loadRulebooksForRun([join(dir, "r.yaml")], dir, {});
    if (!books.ok) throw new Error(books.errors[0]?.message);
    // A backtracking engine would not finish this within the test's timeout.
    const unit = checkUnit("lång.txt", [textDoc(`${"a".repeat(100_000)}!`, "lång.txt")], prepareRules(books.value));
    expect(unit.results[0]?.status).toBe("missing");
  });
});
