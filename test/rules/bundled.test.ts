import { describe, expect, it } from "vitest";
import { loadRulebooksForRun } from "../../src/cli/rulebooks.js";
import { prepareRules } from "../../src/engine/prepare.js";
import { runExamples } from "../../src/engine/examples.js";
import { ROOT } from "../helpers.js";

const RULE_IDS = ["SUP-RSA", "SUP-RSA-REPORT", "SUP-INCIDENT", "SUP-FIRE", "SUP-PREMISES", "SUP-DIRECTIVES", "SUP-INFOSEC", "SUP-CONTINUITY"];

describe("the bundled Stockholm rulebook", () => {
  const loaded = loadRulebooksForRun([], ROOT, {});
  const books = loaded.ok ? loaded.value : [];

  it("loads without errors and holds exactly the eight supplier rules", () => {
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
    expect(books[0]?.rules.map((r) => r.id)).toEqual(RULE_IDS);
  });

  it("gives every rule a Swedish and an English title, a source and a suggested clause", () => {
    for (const rule of books[0]?.rules ?? []) {
      expect(rule.title.en, rule.id).toBeTruthy();
      expect(rule.source.length, rule.id).toBeGreaterThan(10);
      expect(rule.suggestion.sv, rule.id).toMatch(/^Leverantören/u);
    }
  });

  it("gives every rule an example it must find and a look-alike it must not take", () => {
    for (const rule of books[0]?.rules ?? []) {
      const statuses = new Set(rule.examples.map((e) => e.status));
      expect([...statuses].sort(), rule.id).toEqual(expect.arrayContaining(["missing", "present"]));
    }
  });

  it("keeps the incident system's name a parameter", () => {
    const renamed = loadRulebooksForRun([], ROOT, { incidentSystem: "SAFE" });
    const incident = renamed.ok ? renamed.value[0]?.rules.find((r) => r.id === "SUP-INCIDENT") : undefined;
    expect(incident?.suggestion.sv).toContain("(SAFE)");
    expect(books[0]?.rules.find((r) => r.id === "SUP-INCIDENT")?.suggestion.sv).toContain("(RISK)");
  });

  it("judges every example clause in the rulebook as its example says", () => {
    const outcomes = runExamples(prepareRules(books));
    const wrong = outcomes.filter((o) => o.got !== o.example.status).map((o) => `${o.rule.id}: expected ${o.example.status}, got ${o.got}: ${o.example.text}`);
    expect(wrong).toEqual([]);
    expect(outcomes.length).toBeGreaterThanOrEqual(RULE_IDS.length * 4);
  });
});
