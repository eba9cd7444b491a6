import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRulebooksForRun } from "../../src/cli/rulebooks.js";
import { checkUnit } from "../../src/engine/check.js";
import { prepareRules } from "../../src/engine/prepare.js";
import { formatMessage } from "../../src/messages/catalogue.js";
import { ROOT, textDoc } from "../helpers.js";

const bundled = (): ReturnType<typeof prepareRules> => {
  const books = loadRulebooksForRun([], ROOT, {});
  if (!books.ok) throw new Error("bundled rulebook does not load");
  return prepareRules(books.value);
};

describe("checking a unit", () => {
  it("gives evidence the line and column it has in a text file", () => {
    const text = "# Avtal\n\n## 6.3 Brandskydd\n\nAvtalet gäller i fyra år. Leverantören ska bedriva\nsystematiskt brandskyddsarbete.\n";
    const unit = checkUnit("avtal.md", [textDoc(text, "avtal.md", "markdown")], bundled());
    const fire = unit.results.find((r) => r.ruleId === "SUP-FIRE")?.evidence[0];
    expect(fire).toMatchObject({ document: "avtal.md", page: null, section: "6.3 Brandskydd", line: 5, column: 27 });
    expect(text.slice(fire?.start, fire?.end)).toBe("Leverantören ska bedriva\nsystematiskt brandskyddsarbete.");
  });

  it("lets a within: section rule find its concepts anywhere in the section", () => {
    const dir = mkdtempSync(join(tmpdir(), "kravkoll-section-"));
    const book = `kravkoll: 1
id: sektion
version: 1.0.0
title: {sv: Sektion}
concepts:
  a: {parts: [störning]}
  b: {parts: [tjänst]}
  c: {parts: [kontinuitetsplan]}
rules:
  - id: S-1
    title: {sv: Kontinuitet}
    severity: error
    source: test
    match: {all: [a, b, c], within: section}
    suggestion: {sv: "Leverantören ska ha en kontinuitetsplan."}
`;
    writeFileSync(join(dir, "s.yaml"), book);
    const books = loadRulebooksForRun([join(dir, "s.yaml")], dir, {});
    if (!books.ok) throw new Error(books.errors[0]?.message);
    const doc = textDoc("# 8 Kontinuitet\n\nVid störning gäller följande för alla tjänster.\n\nLeverantören ska ha en kontinuitetsplan.\n", "k.md", "markdown");
    expect(checkUnit("k.md", [doc], prepareRules(books.value)).results[0]?.status).toBe("present");
  });

  it("reports a rule that does not apply, with why, instead of judging it", () => {
    const unit = checkUnit("it.md", [textDoc("Leverantören ska drifta servrarna.", "it.md", "markdown")], bundled());
    expect(unit.results.map((r) => r.ruleId)).not.toContain("SUP-PREMISES");
    expect(unit.notApplicable).toEqual([expect.objectContaining({ ruleId: "SUP-PREMISES" })]);
    expect(formatMessage(unit.notApplicable[0]?.reason ?? { id: "and" }, "en")).toContain('no profile "omsorgsboende"');
  });
});
