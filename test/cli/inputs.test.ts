import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { collectInputs } from "../../src/cli/inputs.js";
import { FIXTURES, kravkoll } from "../helpers.js";

const temp = (): string => mkdtempSync(join(tmpdir(), "kravkoll-in-"));
const CLAUSE = "Leverantören ska årligen genomföra en risk- och sårbarhetsanalys.\n";

describe("collecting inputs", () => {
  it("follows links to files and folders, and reads each file once", () => {
    const dir = temp();
    mkdirSync(join(dir, "real"));
    writeFileSync(join(dir, "real", "avtal.md"), CLAUSE);
    mkdirSync(join(dir, "bundle"));
    symlinkSync(join(dir, "real"), join(dir, "bundle", "länkad mapp"));
    symlinkSync(join(dir, "real", "avtal.md"), join(dir, "bundle", "avtal länk.md"));
    symlinkSync(join(dir, "bundle"), join(dir, "bundle", "loop"));
    const inputs = collectInputs(["bundle", "real/avtal.md"], dir);
    expect(inputs.errors).toEqual([]);
    expect(inputs.files.map((f) => f.path)).toEqual(["bundle/avtal länk.md"]);
  });

  it("handles trailing slashes, absolute paths and names with spaces", () => {
    const dir = temp();
    mkdirSync(join(dir, "mapp med mellanslag"));
    writeFileSync(join(dir, "mapp med mellanslag", "Bilaga 3 avtal.md"), CLAUSE);
    expect(collectInputs(["mapp med mellanslag/"], dir).files.map((f) => f.path)).toEqual(["mapp med mellanslag/Bilaga 3 avtal.md"]);
    const absolute = join(dir, "mapp med mellanslag");
    expect(collectInputs([absolute], "/").files.map((f) => f.path)).toEqual([`${absolute}/Bilaga 3 avtal.md`]);
  });

  it("never reads the file a report is being written to", () => {
    const dir = temp();
    writeFileSync(join(dir, "avtal.md"), CLAUSE);
    writeFileSync(join(dir, "rapport.md"), "Leverantören ska följa stadens riktlinjer för informationssäkerhet.\n");
    const inputs = collectInputs(["."], dir, [join(dir, "rapport.md")]);
    expect(inputs.files.map((f) => f.path)).toEqual(["./avtal.md"]);
  });

  it("says so when a zip holds no documents kravkoll reads", () => {
    const dir = temp();
    writeFileSync(join(dir, "priser.zip"), zipSync({ "prislista.xlsx": strToU8("x"), "gammal.doc": strToU8("x") }));
    const inputs = collectInputs(["priser.zip"], dir);
    expect(inputs.errors.map((e) => e.code)).toEqual(["KRV-D010"]);
    expect(inputs.skipped.map((s) => s.path)).toEqual(["priser.zip/gammal.doc", "priser.zip/prislista.xlsx"]);
  });
});

describe("text files that are not text", () => {
  it("rejects a Word file renamed .txt instead of calling every clause missing", async () => {
    const dir = temp();
    writeFileSync(join(dir, "avtal.txt"), readFileSync(join(FIXTURES, "compliant", "02-kravspecifikation.docx")));
    const { code, stderr } = await kravkoll(["check", "avtal.txt"], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toContain("KRV-D013 not a text file: its content is a zip package");
  });

  it("reads UTF-16 text without a byte-order mark", async () => {
    const dir = temp();
    writeFileSync(join(dir, "avtal.txt"), Buffer.from(CLAUSE, "utf16le"));
    const { code, stdout } = await kravkoll(["check", "-f", "json", "avtal.txt"], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toContain("Leverantören ska årligen genomföra en risk- och sårbarhetsanalys.");
  });
});

describe("option combinations", () => {
  it("--each with --output-file writes every unit to the one report", async () => {
    const dir = temp();
    const out = join(dir, "rapport.json");
    const { code } = await kravkoll(["check", "--each", "-f", "json", "-o", out, "fixtures/partial"]);
    expect(code).toBe(1);
    const report = JSON.parse(readFileSync(out, "utf8")) as { units: { name: string }[] };
    expect(report.units.map((u) => u.name)).toEqual(["fixtures/partial/avtalsvillkor.docx", "fixtures/partial/kravspecifikation.pdf"]);
  });

  it("explain --each explains the rule for every file", async () => {
    const { code, stdout } = await kravkoll(["explain", "--each", "-f", "json", "SUP-INFOSEC", "fixtures/partial"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { units: { name: string; status: string }[] };
    expect(report.units.map((u) => [u.name, u.status])).toEqual([
      ["fixtures/partial/avtalsvillkor.docx", "present"],
      ["fixtures/partial/kravspecifikation.pdf", "missing"],
    ]);
  });

  it("the terminal verdict says what --fail-on makes the exit code say", async () => {
    const dir = temp();
    writeFileSync(join(dir, "avtal.md"), "Uppdraget gäller drift av ett äldreboende.\n");
    const warning = await kravkoll(["check", "--fail-on", "warning", "--rules", "stockholm-trygghet-2013-2016", "avtal.md"], { cwd: dir });
    expect(warning.code).toBe(1);
    expect(warning.stdout).toContain("8 warning-or-higher clauses not present");
    const never = await kravkoll(["check", "--fail-on", "never", "avtal.md"], { cwd: dir });
    expect(never.code).toBe(0);
    expect(never.stdout).toContain("nothing fails the run");
  });

  it("configuration parameters do not break a run with other rulebooks, and absolute paths work", async () => {
    const dir = temp();
    const other = join(dir, "annan.yaml");
    writeFileSync(other, "kravkoll: 1\nid: annan\nversion: 1.0.0\ntitle: {sv: Annan}\nconcepts:\n  sba: {abbreviations: [SBA]}\nrules:\n  - id: A-1\n    title: {sv: SBA}\n    severity: error\n    source: test\n    match: {all: [sba]}\n    suggestion: {sv: \"Leverantören ska bedriva SBA.\"}\n    examples:\n      - {status: present, text: \"Leverantören ska bedriva SBA.\"}\n");
    writeFileSync(join(dir, ".kravkoll.yaml"), `rules: [${other}]\nparams:\n  incidentSystem: SAFE\n`);
    writeFileSync(join(dir, "avtal.md"), "Leverantören ska bedriva SBA.\n");
    const configured = await kravkoll(["rules", "list"], { cwd: dir, config: true });
    expect(configured.stderr).toContain('no rulebook has a parameter "incidentSystem"');
    writeFileSync(join(dir, ".kravkoll.yaml"), `params:\n  incidentSystem: SAFE\n`);
    const replaced = await kravkoll(["check", "--rules", other, "avtal.md"], { cwd: dir, config: true });
    expect(replaced.code).toBe(0);
    const validated = await kravkoll(["rules", "validate", other], { cwd: dir, config: true });
    expect(validated.code).toBe(0);
  });
});
