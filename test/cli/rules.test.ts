import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kravkoll, ROOT } from "../helpers.js";

const temp = (): string => mkdtempSync(join(tmpdir(), "kravkoll-cli-"));
const BUNDLED = join(ROOT, "rules", "stockholm-trygghet-2013-2016.yaml");

/** The YAML block that docs/rulebook.md marks as its composition example. */
function docsExample(): string {
  const doc = readFileSync(join(ROOT, "docs", "rulebook.md"), "utf8");
  const block = /<!-- example: extends -->\s*```yaml\n([\s\S]*?)```/u.exec(doc)?.[1];
  if (block === undefined) throw new Error("docs/rulebook.md has no extends example");
  return block;
}

describe("kravkoll rules test", () => {
  it("passes on the bundled rulebook", async () => {
    const { code, stdout } = await kravkoll(["rules", "test", BUNDLED]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\d+ examples in 8 rules: all examples pass/u);
  });

  it("passes on the test rulebooks: English clauses judged with the English pack, Swedish ones with the Swedish", async () => {
    const english = await kravkoll(["rules", "test", "--lang", "en", join(ROOT, "test", "rulebooks", "en-duties.yaml")]);
    expect(english.code).toBe(0);
    expect(english.stdout).toMatch(/\d+ examples in 3 rules: all examples pass/u);
    const swedish = await kravkoll(["rules", "test", join(ROOT, "test", "rulebooks", "sv-duties.yaml")]);
    expect(swedish.code).toBe(0);
    expect(swedish.stdout).toMatch(/\d+ examples in 4 rules: all examples pass/u);
  });

  it("fails, with the reasons, when an example gets another status", async () => {
    const dir = temp();
    const broken = readFileSync(BUNDLED, "utf8").replace("text: Leverantören bör genomföra risk- och sårbarhetsanalyser.", "text: Leverantören ska genomföra risk- och sårbarhetsanalyser.");
    writeFileSync(join(dir, "trasig.yaml"), broken);
    const { code, stdout } = await kravkoll(["rules", "test", "--lang", "en", "trasig.yaml"], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toContain("✗ SUP-RSA");
    expect(stdout).toContain("expected weak, got present");
    expect(stdout).toContain('binding "ska" on "Leverantören"');
  });

  it("fails on a rule without a present example", async () => {
    const dir = temp();
    const book = `kravkoll: 1\nid: liten\nversion: 1.0.0\ntitle: {sv: Liten}\nconcepts:\n  sba:\n    abbreviations: [SBA]\nrules:\n  - id: L-1\n    title: {sv: SBA}\n    severity: error\n    source: test\n    match: {all: [sba]}\n    suggestion: {sv: "Leverantören ska bedriva SBA."}\n    examples:\n      - {status: missing, text: "Staden bedriver SBA."}\n`;
    writeFileSync(join(dir, "liten.yaml"), book);
    const { code, stdout } = await kravkoll(["rules", "test", "liten.yaml"], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toContain("no example with status present");
  });
});

describe("composition", () => {
  it("the extends example of docs/rulebook.md renames the incident system, drops a rule and adds one", async () => {
    const dir = temp();
    writeFileSync(join(dir, "solna.yaml"), docsExample());
    writeFileSync(join(dir, "avtal.md"), "# Avtal\n\n## 6 Incidenter\n\nLeverantören ska rapportera incidenter och tillbud i SAFE.\n");
    const tested = await kravkoll(["rules", "test", "solna.yaml"], { cwd: dir });
    expect(tested.code).toBe(0);
    const { report } = await (async () => {
      const out = await kravkoll(["check", "-f", "json", "--rules", "solna.yaml", "avtal.md"], { cwd: dir });
      return { report: JSON.parse(out.stdout) as { units: { results: { ruleId: string; status: string; suggestion: string | null }[] }[] } };
    })();
    const results = report.units[0]?.results ?? [];
    expect(results.map((r) => r.ruleId)).not.toContain("SUP-DIRECTIVES");
    expect(results.map((r) => r.ruleId)).toContain("SOLNA-GDPR");
    expect(results.find((r) => r.ruleId === "SUP-INCIDENT")?.status).toBe("present");
    expect(results.find((r) => r.ruleId === "SUP-FIRE")?.suggestion).toMatch(/systematiskt brandskyddsarbete/u);
    const list = await kravkoll(["rules", "list", "solna.yaml"], { cwd: dir });
    expect(list.stdout).toMatch(/SUP-PREMISES\s+error/u);
  });

  it("a --param overrides the system name for one run", async () => {
    const dir = temp();
    writeFileSync(join(dir, "avtal.md"), "Leverantören ska rapportera alla incidenter till beställaren.\n");
    const { stdout } = await kravkoll(["check", "-f", "json", "--param", "incidentSystem=SAFE", "avtal.md"], { cwd: dir });
    expect(stdout).not.toContain("(RISK)");
    const parsed = JSON.parse(stdout) as { units: { results: { ruleId: string; status: string }[] }[] };
    expect(parsed.units[0]?.results.find((r) => r.ruleId === "SUP-INCIDENT")?.status).toBe("present");
    const unknown = await kravkoll(["check", "--param", "incidentSystm=SAFE", "avtal.md"], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean "incidentSystem"?');
  });

  it("an extends cycle is an error", async () => {
    const dir = temp();
    const head = (id: string, parent: string): string => `kravkoll: 1\nid: ${id}\nversion: 1.0.0\ntitle: {sv: ${id}}\nextends: ${parent}\n`;
    writeFileSync(join(dir, "a.yaml"), head("a", "./b.yaml"));
    writeFileSync(join(dir, "b.yaml"), head("b", "./a.yaml"));
    const { code, stderr } = await kravkoll(["rules", "validate", "a.yaml"], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain("KRV-R007");
  });
});

describe("kravkoll rules list, show and validate", () => {
  it("lists id, severity and title", async () => {
    const { code, stdout } = await kravkoll(["rules", "list"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/SUP-FIRE\s+error\s+Leverantören bedriver systematiskt brandskyddsarbete/u);
  });

  it("shows everything about a rule, and suggests the id meant", async () => {
    const { stdout } = await kravkoll(["rules", "show", "SUP-INCIDENT"]);
    expect(stdout).toContain("Östermalms stadsdelsnämnd");
    expect(stdout).toMatch(/incident-system: .*RISK \(abbreviation\)/u);
    expect(stdout).toContain("Leverantören ska rapportera incidenter");
    const wrong = await kravkoll(["rules", "show", "SUP-INCIDNT"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("did you mean SUP-INCIDENT?");
  });

  it("validates a good rulebook with exit 0", async () => {
    const { code, stdout } = await kravkoll(["rules", "validate", BUNDLED]);
    expect(code).toBe(0);
    expect(stdout).toContain("8 rules");
  });
});

describe("kravkoll init and .kravkoll.yaml", () => {
  it("writes a configuration and a starter rulebook whose examples pass, and does not overwrite", async () => {
    const dir = temp();
    const init = await kravkoll(["init"], { cwd: dir });
    expect(init.code).toBe(0);
    expect(existsSync(join(dir, ".kravkoll.yaml"))).toBe(true);
    expect(readFileSync(join(dir, "regelbok.yaml"), "utf8")).toMatch(/^# yaml-language-server: \$schema=.*schema\/rulebook\.schema\.json/u);
    const tested = await kravkoll(["rules", "test"], { cwd: dir, config: true });
    expect(tested.code).toBe(0);
    expect(tested.stdout).toContain("LOCAL-GDPR-PROCESSOR");
    const again = await kravkoll(["init"], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exists");
  });

  it("is found from a subfolder, and flags override it", async () => {
    const dir = temp();
    writeFileSync(join(dir, ".kravkoll.yaml"), "format: json\nparams:\n  incidentSystem: SAFE\n");
    const sub = join(dir, "upphandling", "2026");
    (await import("node:fs")).mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, "avtal.md"), "Leverantören ska rapportera incidenter i SAFE.\n");
    const fromConfig = await kravkoll(["check", "avtal.md"], { cwd: sub, config: true });
    expect(() => JSON.parse(fromConfig.stdout) as unknown).not.toThrow();
    const overridden = await kravkoll(["check", "--format", "terminal", "avtal.md"], { cwd: sub, config: true });
    expect(overridden.stdout).toContain("present (");
    const configured = await kravkoll(["rules", "show", "SUP-INCIDENT"], { cwd: sub, config: true });
    expect(configured.stdout).toContain("(SAFE)");
    const ignored = await kravkoll(["rules", "show", "--no-config", "SUP-INCIDENT"], { cwd: sub });
    expect(ignored.stdout).toContain("(RISK)");
  });

  it("reports a misspelled configuration key with its place", async () => {
    const dir = temp();
    writeFileSync(join(dir, ".kravkoll.yaml"), "format: json\nfailon: warning\n");
    writeFileSync(join(dir, "avtal.md"), "Text.\n");
    const { code, stderr } = await kravkoll(["check", "avtal.md"], { cwd: dir, config: true });
    expect(code).toBe(2);
    expect(stderr).toContain('.kravkoll.yaml:2:1: error KRV-U001 unknown key "failon": did you mean "failOn"?');
  });
});
