import { describe, expect, it } from "vitest";
import { loadRulebooksForRun } from "../../src/cli/rulebooks.js";
import { checkUnit } from "../../src/engine/check.js";
import { prepareRules } from "../../src/engine/prepare.js";
import { formatMessage } from "../../src/messages/catalogue.js";
import type { RuleResult } from "../../src/model/report.js";
import { kravkoll, ROOT, textDoc } from "../helpers.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const books = loadRulebooksForRun([], ROOT, {});
if (!books.ok) throw new Error("the bundled rulebook does not load");
const prepared = prepareRules(books.value);

/** A bundle of Markdown documents, judged together, and one rule's result. */
function bundleResult(ruleId: string, docs: Readonly<Record<string, string>>, profiles: readonly string[] = []): RuleResult {
  const sources = Object.entries(docs).map(([path, text]) => textDoc(text, path, "markdown"));
  const unit = checkUnit("förfrågningsunderlag", sources, prepared, { candidates: 3, profiles });
  const result = unit.results.find((r) => r.ruleId === ruleId);
  if (!result) throw new Error(`no result for ${ruleId}`);
  return result;
}

const BINDING = "Leverantören ska årligen genomföra en risk- och sårbarhetsanalys av verksamheten.";
const SOFT = "Leverantören bör genomföra en risk- och sårbarhetsanalys av verksamheten.";
const DENIED = "Leverantören behöver inte genomföra någon risk- och sårbarhetsanalys.";

describe("a bundle whose documents disagree", () => {
  it("takes present over weak over negated, and says what each document says", () => {
    const result = bundleResult("SUP-RSA", { "1-avtal.md": DENIED, "2-kravspec.md": SOFT, "3-bilaga.md": BINDING });
    expect(result.status).toBe("present");
    expect(result.documents).toEqual([
      { path: "1-avtal.md", status: "negated" },
      { path: "2-kravspec.md", status: "weak" },
      { path: "3-bilaga.md", status: "present" },
    ]);
    expect(result.conflicts.map((c) => [c.path, c.status])).toEqual([
      ["1-avtal.md", "negated"],
      ["2-kravspec.md", "weak"],
      ["3-bilaga.md", "present"],
    ]);
    expect(result.conflicts.find((c) => c.path === "1-avtal.md")?.evidence.text).toBe(DENIED);
  });

  it("a soft wish somewhere in the bundle is still a wish when the only other word is a denial", () => {
    const result = bundleResult("SUP-RSA", { "1-avtal.md": DENIED, "2-kravspec.md": SOFT });
    expect(result.status).toBe("weak");
    expect(result.conflicts).toHaveLength(2);
  });

  it("documents that agree, or say nothing, make no conflict", () => {
    const result = bundleResult("SUP-RSA", { "1-avtal.md": BINDING, "2-bilaga.md": "Avtalet gäller i två år med möjlighet till förlängning." });
    expect(result.status).toBe("present");
    expect(result.documents.map((d) => d.status)).toEqual(["present", "missing"]);
    expect(result.conflicts).toEqual([]);
  });

  it("shows the strongest passage first: the supplier's binding duty before a wish", () => {
    const result = bundleResult("SUP-RSA", { "avtal.md": `${SOFT}\n\n${BINDING}` });
    expect(result.evidence[0]?.text).toBe(BINDING);
  });
});

describe("struck clauses across a bundle", () => {
  it("an amendment that strikes a numbered clause of the contract removes that passage before the order applies", () => {
    const contract = `# Avtal\n\n## 5.1 Allmänt\n\nAvtalet gäller i två år.\n\n## 5.2 Riskanalys\n\n${BINDING}`;
    const amendment = "# Ändring nr 1 till avtalet\n\nPunkt 5.2 i avtalet utgår.";
    const alone = bundleResult("SUP-RSA", { "1-avtal.md": contract });
    expect(alone.status).toBe("present");
    const amended = bundleResult("SUP-RSA", { "1-avtal.md": contract, "2-andring.md": amendment });
    expect(amended.status).not.toBe("present");
  });
});

describe("a rule that applies because of a document", () => {
  it("names the passage that switched it on", () => {
    const text = "Uppdraget avser drift av ett vård- och omsorgsboende med 40 platser i Leverantörens lokaler.";
    const result = bundleResult("SUP-PREMISES", { "uppdrag.md": text });
    expect(result.appliesBecause?.evidence?.text).toBe(text);
  });

  it("names the profile when the user chose it", () => {
    const result = bundleResult("SUP-PREMISES", { "uppdrag.md": "Avtalet gäller i två år." }, ["omsorgsboende"]);
    const because = result.appliesBecause;
    expect(because?.evidence).toBeUndefined();
    expect(because === undefined ? "" : formatMessage(because.reason, "sv")).toContain("omsorgsboende");
  });
});

describe("conflicts reach the user", () => {
  it("the terminal report and explain show each document's passage", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kravkoll-bundle-"));
    writeFileSync(join(dir, "1-avtal.md"), `# Avtal\n\n${DENIED}\n`);
    writeFileSync(join(dir, "2-bilaga.md"), `# Bilaga\n\n${BINDING}\n`);
    const check = await kravkoll(["check", "--lang", "en", "."], { cwd: dir });
    // The denied passage is quoted only as the other side of the conflict.
    expect(check.stdout).toContain(DENIED);
    const explain = await kravkoll(["explain", "--lang", "en", "SUP-RSA", "."], { cwd: dir });
    expect(explain.stdout).toContain(DENIED);
    expect(explain.stdout).toContain(BINDING);
    const json = JSON.parse((await kravkoll(["check", "-f", "json", "."], { cwd: dir })).stdout);
    const rsa = json.units[0].results.find((r: { ruleId: string }) => r.ruleId === "SUP-RSA");
    expect(rsa.documents).toEqual([
      { path: "./1-avtal.md", status: "negated" },
      { path: "./2-bilaga.md", status: "present" },
    ]);
    expect(rsa.conflicts).toHaveLength(2);
  });
});
