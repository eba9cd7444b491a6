import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { RuleResult } from "../../src/model/report.js";
import type { Status } from "../../src/model/rule.js";
import { STATUSES } from "../../src/model/rule.js";
import { loadRulebooksForRun } from "../../src/cli/rulebooks.js";
import { checkUnit } from "../../src/engine/check.js";
import { prepareRules } from "../../src/engine/prepare.js";
import { readDocument } from "../../src/engine/read.js";

export interface Mismatch {
  readonly file: string;
  readonly rule: string;
  readonly expected: Status;
  readonly got: Status;
  readonly result?: RuleResult;
}

export interface RuleScore {
  readonly rule: string;
  readonly total: number;
  readonly correct: number;
  /** Of the clauses judged present, how many are present. */
  readonly precision: number;
  /** Of the present clauses, how many were judged present. */
  readonly recall: number;
}

export interface EvalResult {
  readonly set: string;
  readonly documents: number;
  readonly rules: readonly RuleScore[];
  readonly overall: RuleScore;
  /** confusion[expected][got] */
  readonly confusion: Readonly<Record<Status, Readonly<Record<Status, number>>>>;
  readonly mismatches: readonly Mismatch[];
}

interface Pair {
  readonly file: string;
  readonly rule: string;
  readonly expected: Status;
  readonly got: Status;
  readonly result?: RuleResult;
}

function score(rule: string, pairs: readonly Pair[]): RuleScore {
  const judgedPresent = pairs.filter((p) => p.got === "present");
  const truePresent = pairs.filter((p) => p.expected === "present");
  const hits = judgedPresent.filter((p) => p.expected === "present").length;
  return {
    rule,
    total: pairs.length,
    correct: pairs.filter((p) => p.got === p.expected).length,
    precision: judgedPresent.length === 0 ? 1 : hits / judgedPresent.length,
    recall: truePresent.length === 0 ? 1 : hits / truePresent.length,
  };
}

/** Checks every document of a labelled set on its own and compares with its truth file. */
export async function evaluate(dir: string): Promise<EvalResult> {
  const truth = parse(readFileSync(join(dir, "truth.yaml"), "utf8")) as Record<string, Record<string, Status>>;
  const books = loadRulebooksForRun([], process.cwd(), {});
  if (!books.ok) throw new Error(books.errors.map((e) => e.message).join("\n"));
  const prepared = prepareRules(books.value);
  const files = readdirSync(dir).filter((f) => f in truth).sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
  const missingFiles = Object.keys(truth).filter((f) => !files.includes(f));
  if (missingFiles.length > 0) throw new Error(`truth.yaml names files that do not exist: ${missingFiles.join(", ")}`);
  const pairs: Pair[] = [];
  for (const file of files) {
    const read = await readDocument(file, readFileSync(join(dir, file)), {});
    if (!read.ok) throw new Error(`${file}: ${read.errors.map((e) => e.message).join("; ")}`);
    const unit = checkUnit(file, [read.value], prepared);
    for (const rule of prepared.rules) {
      const expected = truth[file]?.[rule.id];
      if (expected === undefined) throw new Error(`${file}: no label for ${rule.id}`);
      // A rule that does not apply to the document finds no clause in it: that is "missing".
      const result = unit.results.find((r) => r.ruleId === rule.id);
      pairs.push({ file, rule: rule.id, expected, got: result?.status ?? "missing", ...(result ? { result } : {}) });
    }
  }
  const ruleIds = prepared.rules.map((r) => r.id);
  const confusion = Object.fromEntries(STATUSES.map((e) => [e, Object.fromEntries(STATUSES.map((g) => [g, pairs.filter((p) => p.expected === e && p.got === g).length]))])) as EvalResult["confusion"];
  return {
    set: dir,
    documents: files.length,
    rules: ruleIds.map((id) => score(id, pairs.filter((p) => p.rule === id))),
    overall: score("overall", pairs),
    confusion,
    mismatches: pairs.filter((p) => p.got !== p.expected),
  };
}

const pct = (x: number): string => x.toFixed(2);

export function formatEval(result: EvalResult, verbose: boolean): string {
  const out: string[] = [];
  out.push(`${result.set}: ${result.documents} documents, ${result.overall.total} labels`);
  out.push("");
  out.push(`${"rule".padEnd(16)} ${"accuracy".padStart(8)} ${"present P".padStart(9)} ${"present R".padStart(9)}   n`);
  for (const r of [...result.rules, result.overall]) {
    out.push(`${r.rule.padEnd(16)} ${pct(r.correct / Math.max(1, r.total)).padStart(8)} ${pct(r.precision).padStart(9)} ${pct(r.recall).padStart(9)} ${String(r.total).padStart(3)}`);
  }
  out.push("");
  out.push(`confusion (rows: truth, columns: kravkoll)`);
  out.push(`${"".padEnd(9)}${STATUSES.map((s) => s.padStart(9)).join("")}`);
  for (const e of STATUSES) out.push(`${e.padEnd(9)}${STATUSES.map((g) => String(result.confusion[e][g]).padStart(9)).join("")}`);
  if (result.mismatches.length > 0) {
    out.push("");
    out.push(`mismatches (${result.mismatches.length}):`);
    for (const m of result.mismatches) {
      out.push(`  ${m.file} ${m.rule}: truth ${m.expected}, kravkoll ${m.got}`);
      if (!verbose) continue;
      if (m.result === undefined) {
        out.push("      (the rule does not apply to this document)");
        continue;
      }
      const ev = [...m.result.evidence, ...m.result.candidates].slice(0, 2);
      for (const e of ev) out.push(`      “${e.text.slice(0, 160)}” — ${e.reasons.join("; ")}`);
    }
  }
  return `${out.join("\n")}\n`;
}
