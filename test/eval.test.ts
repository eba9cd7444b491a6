import { describe, expect, it } from "vitest";
import { evaluate } from "../scripts/eval/evaluate.js";
import { loadSet } from "../scripts/eval/sets.js";

// Floors, not targets: they fail the build when a change makes kravkoll worse on labelled documents.
describe("accuracy on labelled documents", () => {
  it("the evaluation set: overall status accuracy at least 0.95, no rule below 0.9", async () => {
    const result = evaluate(await loadSet("eval"));
    expect(result.cases).toBeGreaterThanOrEqual(20);
    expect(result.overall.correct / result.overall.total).toBeGreaterThanOrEqual(0.95);
    for (const rule of result.rules) expect(rule.correct / rule.total, rule.rule).toBeGreaterThanOrEqual(0.9);
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.95);
  });

  // Measured 0.86 overall and 0.84 present precision when this set was written (third blind set,
  // with more traps than the first two), 0.91 and 0.96 after fixes learnt from other documents;
  // the floor only catches a change that makes it worse.
  it("the holdout set, written blind and never studied: overall at least 0.85", async () => {
    const result = evaluate(await loadSet("holdout"));
    expect(result.cases).toBeGreaterThanOrEqual(30);
    expect(result.overall.correct / result.overall.total).toBeGreaterThanOrEqual(0.85);
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.9);
  });
});
