import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kravkoll } from "../helpers.js";

const RULE_IDS = ["SUP-RSA", "SUP-RSA-REPORT", "SUP-INCIDENT", "SUP-FIRE", "SUP-PREMISES", "SUP-DIRECTIVES", "SUP-INFOSEC", "SUP-CONTINUITY"];

interface JsonReport {
  tool: { name: string; version: string };
  rulebooks: { id: string; version: string }[];
  units: {
    name: string;
    documents: { path: string; format: string; pages: number | null }[];
    results: { ruleId: string; title: string; severity: string; status: string; evidence: { document: string; page: number | null; section: string | null; text: string; start: number; end: number }[] }[];
  }[];
  skipped: { path: string; reason: string }[];
  errors: { path: string; code: string; message: string }[];
}

const json = async (...args: string[]): Promise<{ code: number; report: JsonReport; stderr: string }> => {
  const out = await kravkoll(["check", "--format", "json", ...args]);
  return { code: out.code, report: JSON.parse(out.stdout) as JsonReport, stderr: out.stderr };
};

const statuses = (report: JsonReport, unit = 0): Record<string, string> =>
  Object.fromEntries((report.units[unit]?.results ?? []).map((r) => [r.ruleId, r.status]));

describe("kravkoll check --format json", () => {
  it("finds every clause in the compliant bundle and exits 0", async () => {
    const { code, report } = await json("fixtures/compliant");
    expect(code).toBe(0);
    expect(report.tool.name).toBe("kravkoll");
    expect(report.rulebooks.map((b) => b.id)).toEqual(["stockholm-trygghet-2013-2016"]);
    expect(report.units).toHaveLength(1);
    expect(report.units[0]?.name).toBe("fixtures/compliant");
    expect(report.units[0]?.documents.map((d) => [d.path, d.format])).toEqual([
      ["fixtures/compliant/01-upphandlingsforeskrifter.pdf", "pdf"],
      ["fixtures/compliant/02-kravspecifikation.docx", "docx"],
      ["fixtures/compliant/03-kontraktsvillkor.md", "markdown"],
    ]);
    expect(Object.keys(statuses(report))).toEqual(RULE_IDS);
    expect(Object.values(statuses(report)).every((s) => s === "present")).toBe(true);
    expect(report.skipped).toEqual([{ path: "fixtures/compliant/04-prisbilaga.csv", reason: expect.stringContaining("unsupported type .csv") }]);
  });

  it("gives every present clause a quote with its document, page (for PDFs) and section", async () => {
    const { report } = await json("fixtures/compliant");
    for (const result of report.units[0]?.results ?? []) {
      expect(result.evidence.length, result.ruleId).toBeGreaterThan(0);
      for (const ev of result.evidence) {
        expect(ev.text.length).toBeGreaterThan(10);
        expect(ev.section, `${result.ruleId} ${ev.text}`).toBeTruthy();
        expect(ev.end).toBeGreaterThan(ev.start);
        if (ev.document.endsWith(".pdf")) expect(ev.page).toBeGreaterThanOrEqual(1);
      }
    }
    const fire = report.units[0]?.results.find((r) => r.ruleId === "SUP-FIRE")?.evidence[0];
    expect(fire).toMatchObject({ document: "fixtures/compliant/01-upphandlingsforeskrifter.pdf", page: 1, section: "3.1 Systematiskt brandskyddsarbete" });
    expect(fire?.text).toContain("systematiskt brandskyddsarbete (SBA)");
  });

  it("reports the partial bundle's weak, negated and missing clauses and exits 1", async () => {
    const { code, report } = await json("fixtures/partial");
    expect(code).toBe(1);
    expect(statuses(report)).toEqual({
      "SUP-RSA": "present",
      "SUP-RSA-REPORT": "weak",
      "SUP-INCIDENT": "present",
      "SUP-FIRE": "negated",
      "SUP-PREMISES": "missing",
      "SUP-DIRECTIVES": "missing",
      "SUP-INFOSEC": "present",
      "SUP-CONTINUITY": "weak",
    });
  });

  it("finds nothing in a procurement that only names the concepts in passing", async () => {
    const { code, report } = await json("fixtures/none");
    expect(code).toBe(1);
    expect(Object.values(statuses(report)).every((s) => s === "missing")).toBe(true);
  });

  it("lists a corrupt PDF under errors, still checks the other documents and exits 2", async () => {
    const { code, report, stderr } = await json("fixtures/compliant", "fixtures/bad/corrupt.pdf");
    expect(code).toBe(2);
    expect(report.errors).toEqual([expect.objectContaining({ path: "fixtures/bad/corrupt.pdf", code: "KRV-D003" })]);
    expect(report.units[0]?.documents).toHaveLength(3);
    expect(Object.values(statuses(report)).every((s) => s === "present")).toBe(true);
    expect(stderr).toContain("fixtures/bad/corrupt.pdf");
  });

  it("names each bad input and why it could not be read", async () => {
    const { code, report } = await json("fixtures/bad");
    expect(code).toBe(2);
    expect(report.errors.map((e) => [e.path, e.code])).toEqual([
      ["fixtures/bad/corrupt.pdf", "KRV-D003"],
      ["fixtures/bad/empty.pdf", "KRV-D002"],
      ["fixtures/bad/empty.txt", "KRV-D002"],
      ["fixtures/bad/encrypted.pdf", "KRV-D004"],
      ["fixtures/bad/not-word.docx", "KRV-D007"],
      ["fixtures/bad/scanned.pdf", "KRV-D006"],
      ["fixtures/bad/trasig.zip", "KRV-D012"],
    ]);
    expect(report.units).toEqual([]);
  });

  it("checks a tender bundle handed out as one zip file", async () => {
    const { code, report } = await json("fixtures/zip/upphandling.zip");
    expect(code).toBe(0);
    expect(report.units[0]?.documents.map((d) => d.path)).toEqual([
      "fixtures/zip/upphandling.zip/Förfrågningsunderlag/01-upphandlingsforeskrifter.pdf",
      "fixtures/zip/upphandling.zip/Förfrågningsunderlag/02-kravspecifikation.docx",
      "fixtures/zip/upphandling.zip/Förfrågningsunderlag/Bilaga 5 - Säkerhetskrav.md",
    ]);
    expect(Object.values(statuses(report)).every((s) => s === "present")).toBe(true);
    expect(report.skipped.map((s) => s.path)).toEqual(["fixtures/zip/upphandling.zip/Förfrågningsunderlag/04-prisbilaga.csv"]);
  });

  it("opens an encrypted PDF with --password", async () => {
    const { code, report } = await json("--password", "kravkoll", "fixtures/bad/encrypted.pdf");
    expect(report.errors).toEqual([]);
    expect(code).toBe(1);
    expect(statuses(report)["SUP-FIRE"]).toBe("present");
  });

  it("judges each file on its own with --each, naming units by their paths", async () => {
    const { report } = await json("--each", "fixtures/compliant");
    expect(report.units.map((u) => u.name)).toEqual([
      "fixtures/compliant/01-upphandlingsforeskrifter.pdf",
      "fixtures/compliant/02-kravspecifikation.docx",
      "fixtures/compliant/03-kontraktsvillkor.md",
    ]);
    expect(statuses(report, 2)["SUP-DIRECTIVES"]).toBe("present");
    expect(statuses(report, 2)["SUP-FIRE"]).toBe("missing");
  });

  it("gives the same bytes for the same input", async () => {
    const a = await kravkoll(["check", "-f", "json", "fixtures/partial", "fixtures/compliant"]);
    const b = await kravkoll(["check", "-f", "json", "fixtures/partial", "fixtures/compliant"]);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe("kravkoll check in the terminal", () => {
  it("groups results by status, quotes the evidence and suggests wording for what is missing", async () => {
    const { code, stdout } = await kravkoll(["check", "fixtures/partial"]);
    expect(code).toBe(1);
    const order = ["present (3)", "weak (2)", "negated (1)", "missing (2)"].map((h) => stdout.indexOf(h));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > (order[i - 1] ?? 0)))).toBe(true);
    expect(stdout).toContain("fixtures/partial/kravspecifikation.pdf p. 1 § 5.1 Risk- och sårbarhetsanalys");
    expect(stdout).toContain("Suggested clause:");
    expect(stdout).toContain("Leverantören ska hålla sig informerad om och följa");
    expect(stdout).not.toContain("\u001b[");
  });

  it("uses colour on a terminal unless NO_COLOR or --no-color says otherwise", async () => {
    expect((await kravkoll(["check", "fixtures/compliant"], { tty: true })).stdout).toContain("\u001b[");
    expect((await kravkoll(["check", "fixtures/compliant"], { tty: true, env: { NO_COLOR: "1" } })).stdout).not.toContain("\u001b[");
    expect((await kravkoll(["check", "--no-color", "fixtures/compliant"], { tty: true })).stdout).not.toContain("\u001b[");
  });

  it("shows English titles and suggestions with --lang en", async () => {
    const { stdout } = await kravkoll(["check", "--lang", "en", "fixtures/none"]);
    expect(stdout).toContain("The supplier does systematic fire-safety work (SBA)");
  });
});

describe("kravkoll check: exit codes and usage errors", () => {
  it("exits 2 with a message naming the path when a path does not exist", async () => {
    const { code, stderr } = await kravkoll(["check", "fixtures/saknas.pdf"]);
    expect(code).toBe(2);
    expect(stderr).toContain("fixtures/saknas.pdf");
    expect(stderr).toContain("no such file or folder");
  });

  it("exits 2 on an unknown format or option, without a stack trace", async () => {
    const format = await kravkoll(["check", "--format", "xml", "fixtures/compliant"]);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/xml/u);
    const option = await kravkoll(["check", "--strict", "fixtures/compliant"]);
    expect(option.code).toBe(2);
    expect(option.stderr).not.toMatch(/\n\s+at /u);
  });

  it("exits 2 when a file of an unsupported type is named", async () => {
    const { code, stderr } = await kravkoll(["check", "fixtures/compliant/04-prisbilaga.csv"]);
    expect(code).toBe(2);
    expect(stderr).toContain("unsupported type .csv");
  });

  it("lets --fail-on decide which severities fail the run", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kravkoll-"));
    const text = readFileSync("fixtures/compliant/03-kontraktsvillkor.md", "utf8").replace(/## 8\.2[\s\S]*?## 8\.3/u, "## 8.3");
    writeFileSync(join(dir, "avtal.md"), text);
    // Only SUP-PREMISES (a warning) is absent from the whole bundle now.
    const bundle = ["fixtures/compliant/01-upphandlingsforeskrifter.pdf", "fixtures/compliant/02-kravspecifikation.docx", join(dir, "avtal.md")];
    expect((await kravkoll(["check", ...bundle])).code).toBe(0);
    expect((await kravkoll(["check", "--fail-on", "warning", ...bundle])).code).toBe(1);
    expect((await kravkoll(["check", "--fail-on", "never", "fixtures/none"])).code).toBe(0);
  });

  it("writes the report to --output-file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kravkoll-"));
    const file = join(dir, "rapport.json");
    const { code, stdout } = await kravkoll(["check", "-f", "json", "-o", file, "fixtures/compliant"]);
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect((JSON.parse(readFileSync(file, "utf8")) as JsonReport).units[0]?.results).toHaveLength(8);
  });

  it("exits 2 before reading any document when a rulebook cannot be found", async () => {
    const { code, stderr } = await kravkoll(["check", "--rules", "regler/saknas.yaml", "fixtures/compliant"]);
    expect(code).toBe(2);
    expect(stderr).toContain("regler/saknas.yaml");
    expect(stderr).toContain("rulebook not found");
  });
});
