import { describe, expect, it } from "vitest";
import { evaluate } from "../scripts/eval/evaluate.js";
import { hasRealSet, loadSet } from "../scripts/eval/sets.js";

// Floors, not targets: they fail the build when a change makes kravkoll worse on labelled documents.
describe("accuracy on labelled documents", () => {
  it("the evaluation set: overall status accuracy at least 0.97, no rule below 0.9", async () => {
    const result = evaluate(await loadSet("eval"));
    expect(result.cases).toBeGreaterThanOrEqual(20);
    expect(result.overall.correct / result.overall.total).toBeGreaterThanOrEqual(0.97);
    for (const rule of result.rules) expect(rule.correct / rule.total, rule.rule).toBeGreaterThanOrEqual(0.9);
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.95);
  });

  // Measured 0.86 overall and 0.84 present precision when this set was written (third blind set,
  // with more traps than the first two), 0.91 and 0.96 after fixes learnt from other documents;
  // 0.91 again after the judge was rebuilt as a language pack and a parser, still unstudied;
  // the floor only catches a change that makes it worse.
  it("the holdout set, written blind and never studied: overall at least 0.9", async () => {
    const result = evaluate(await loadSet("holdout"));
    expect(result.cases).toBeGreaterThanOrEqual(30);
    expect(result.overall.correct / result.overall.total).toBeGreaterThanOrEqual(0.9);
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.9);
  });

  // The fourth blind batch, measured once at the end of the judge issue (0.78 overall, 36 false
  // presents; the code before the rebuild scored 0.71 and 47): below the 0.90 the issue asked for.
  // The floor only catches a change that makes it worse, until the set is studied.
  it("the second holdout batch, written blind and measured once: overall at least 0.77", async () => {
    const result = evaluate(await loadSet("holdout2"));
    expect(result.cases).toBeGreaterThanOrEqual(30);
    expect(result.overall.correct / result.overall.total).toBeGreaterThanOrEqual(0.77);
    expect(result.overall.falsePresent).toBeLessThanOrEqual(36);
  });

  // Real tender documents and one contractor's bids (../shared/real-dev, not in the repository:
  // skipped where it is absent). Nearly every label there is "missing", so the set measures the
  // worst error kravkoll can make: a duty found where a careful reader finds none.
  it.skipIf(!hasRealSet())("the real documents: no false present, accuracy at least 0.97", async () => {
    const result = evaluate(await loadSet("real"));
    expect(result.cases).toBeGreaterThanOrEqual(20);
    expect(result.overall.falsePresent).toBe(0);
    expect(result.overall.correct / result.overall.total).toBeGreaterThanOrEqual(0.97);
  }, 60_000);

  // Single clauses written to probe the judge, blind and measured once (0.93, 6 false presents;
  // 0.80 and 19 before the rebuild).
  it("the held-out probe clauses: accuracy at least 0.9", async () => {
    const result = evaluate(await loadSet("probes-holdout"));
    expect(result.cases).toBeGreaterThanOrEqual(100);
    expect(result.overall.correct / result.overall.total).toBeGreaterThanOrEqual(0.9);
    expect(result.overall.falsePresent).toBeLessThanOrEqual(6);
  });

  // Single clauses written to probe the judge, studied while it was built (the probes-holdout
  // batch is not): a floor under what the rows of the cue table were checked against.
  it("the probe clauses: accuracy at least 0.9, present precision at least 0.9", async () => {
    const result = evaluate(await loadSet("probes-dev"));
    expect(result.cases).toBeGreaterThanOrEqual(100);
    expect(result.overall.correct / result.overall.total).toBeGreaterThanOrEqual(0.9);
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.9);
  });
});
