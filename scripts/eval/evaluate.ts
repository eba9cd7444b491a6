import type { Evidence, RuleResult } from "../../src/model/report.js";
import { formatMessage } from "../../src/messages/catalogue.js";
import type { Status } from "../../src/model/rule.js";
import { STATUSES } from "../../src/model/rule.js";
import { loadRulebooksForRun } from "../../src/cli/rulebooks.js";
import { checkUnit } from "../../src/engine/check.js";
import { prepareRules } from "../../src/engine/prepare.js";
import type { LabelledSet } from "./sets.js";

/** One rule judged on one case, against what the labels accept. */
export interface Verdict {
  readonly case: string;
  readonly rule: string;
  readonly accepted: readonly Status[];
  readonly got: Status;
  readonly result?: RuleResult;
}

export interface RuleScore {
  readonly rule: string;
  readonly total: number;
  readonly correct: number;
  /** Of the clauses judged present, how many may be present. */
  readonly precision: number;
  /** Of the clauses that must be present, how many were judged present. */
  readonly recall: number;
  /** Judged present where the labels do not accept it: the worst thing kravkoll can say. */
  readonly falsePresent: number;
}

export interface EvalResult {
  readonly set: string;
  readonly cases: number;
  readonly rules: readonly RuleScore[];
  readonly overall: RuleScore;
  /** confusion[expected][got], over labels that accept one status only. */
  readonly confusion: Readonly<Record<Status, Readonly<Record<Status, number>>>>;
  readonly verdicts: readonly Verdict[];
  readonly mismatches: readonly Verdict[];
}

const isRight = (v: Verdict): boolean => v.accepted.includes(v.got);

/** A passage's reasons in English words, as the eval reports show them. */
export const reasonsOf = (e: Evidence): string[] => e.reasons.map((m) => formatMessage(m, "en"));

function score(rule: string, verdicts: readonly Verdict[]): RuleScore {
  const judgedPresent = verdicts.filter((v) => v.got === "present");
  const mustBePresent = verdicts.filter((v) => v.accepted.length === 1 && v.accepted[0] === "present");
  return {
    rule,
    total: verdicts.length,
    correct: verdicts.filter(isRight).length,
    precision: judgedPresent.length === 0 ? 1 : judgedPresent.filter((v) => v.accepted.includes("present")).length / judgedPresent.length,
    recall: mustBePresent.length === 0 ? 1 : mustBePresent.filter((v) => v.got === "present").length / mustBePresent.length,
    falsePresent: judgedPresent.filter((v) => !v.accepted.includes("present")).length,
  };
}

/** Judges every case of a set with the bundled rulebook (or the rulebooks named) and scores it against its labels. */
export function evaluate(set: LabelledSet, rulebooks: readonly string[] = []): EvalResult {
  const books = loadRulebooksForRun(rulebooks, process.cwd(), {});
  if (!books.ok) throw new Error(books.errors.map((e) => e.message).join("\n"));
  const prepared = prepareRules(books.value);
  const verdicts: Verdict[] = [];
  for (const c of set.cases) {
    const unit = checkUnit(c.name, c.docs, prepared);
    for (const [rule, accepted] of Object.entries(c.truth)) {
      if (!prepared.rules.some((r) => r.id === rule)) throw new Error(`${c.name}: no rule ${rule}`);
      // A rule that does not apply finds no clause: that is "missing".
      const result = unit.results.find((r) => r.ruleId === rule);
      verdicts.push({ case: c.name, rule, accepted, got: result?.status ?? "missing", ...(result ? { result } : {}) });
    }
    for (const rule of prepared.rules) if (!(rule.id in c.truth) && set.cases.length > 0 && !set.name.includes("probes")) throw new Error(`${c.name}: no label for ${rule.id}`);
  }
  const ruleIds = [...new Set(verdicts.map((v) => v.rule))];
  const single = verdicts.filter((v) => v.accepted.length === 1);
  const confusion = Object.fromEntries(STATUSES.map((e) => [e, Object.fromEntries(STATUSES.map((g) => [g, single.filter((v) => v.accepted[0] === e && v.got === g).length]))])) as EvalResult["confusion"];
  const order = prepared.rules.map((r) => r.id);
  return {
    set: set.name,
    cases: set.cases.length,
    rules: ruleIds.sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((id) => score(id, verdicts.filter((v) => v.rule === id))),
    overall: score("overall", verdicts),
    confusion,
    verdicts,
    mismatches: verdicts.filter((v) => !isRight(v)),
  };
}

const fixed = (x: number): string => x.toFixed(2);

export function formatEval(result: EvalResult, verbose: boolean): string {
  const out: string[] = [];
  out.push(`${result.set}: ${result.cases} cases, ${result.overall.total} labels`);
  out.push("");
  out.push(`${"rule".padEnd(16)} ${"accuracy".padStart(8)} ${"present P".padStart(9)} ${"present R".padStart(9)} ${"false P".padStart(7)}   n`);
  for (const r of [...result.rules, result.overall]) {
    out.push(`${r.rule.padEnd(16)} ${fixed(r.correct / Math.max(1, r.total)).padStart(8)} ${fixed(r.precision).padStart(9)} ${fixed(r.recall).padStart(9)} ${String(r.falsePresent).padStart(7)} ${String(r.total).padStart(3)}`);
  }
  out.push("");
  out.push("confusion over labels with one status (rows: truth, columns: kravkoll)");
  out.push(`${"".padEnd(9)}${STATUSES.map((s) => s.padStart(9)).join("")}`);
  for (const e of STATUSES) out.push(`${e.padEnd(9)}${STATUSES.map((g) => String(result.confusion[e][g]).padStart(9)).join("")}`);
  if (result.mismatches.length > 0) {
    out.push("");
    out.push(`mismatches (${result.mismatches.length}):`);
    for (const m of result.mismatches) {
      out.push(`  ${m.case} ${m.rule}: truth ${m.accepted.join("|")}, kravkoll ${m.got}`);
      if (!verbose) continue;
      if (m.result === undefined) {
        out.push("      (the rule does not apply)");
        continue;
      }
      for (const e of [...m.result.evidence, ...m.result.candidates].slice(0, 2)) out.push(`      “${e.text.slice(0, 200)}” — ${reasonsOf(e).join("; ")}`);
    }
  }
  return `${out.join("\n")}\n`;
}

/** Every verdict of a run as plain data, to keep and compare with a later run (`--record`, `--diff`). */
export type Snapshot = Readonly<Record<string, Readonly<Record<string, { readonly status: Status; readonly passage: string | null; readonly reasons: readonly string[] }>>>>;

export function snapshot(result: EvalResult): Snapshot {
  const out: Record<string, Record<string, Snapshot[string][string]>> = {};
  for (const v of result.verdicts) {
    const first = v.result?.evidence[0];
    (out[v.case] ??= {})[v.rule] = { status: v.got, passage: first?.text.slice(0, 200) ?? null, reasons: first ? reasonsOf(first) : [] };
  }
  return out;
}

/** The verdicts whose status changed between two runs, each with whether it went right or wrong. */
export function formatDiff(before: Snapshot, result: EvalResult): string {
  const lines: string[] = [];
  let better = 0;
  let worse = 0;
  for (const v of result.verdicts) {
    const was = before[v.case]?.[v.rule];
    if (was === undefined || was.status === v.got) continue;
    const wasRight = v.accepted.includes(was.status);
    const nowRight = v.accepted.includes(v.got);
    const mark = wasRight === nowRight ? "~" : nowRight ? "+" : "-";
    if (mark === "+") better++;
    if (mark === "-") worse++;
    lines.push(`${mark} ${v.case} ${v.rule}: ${was.status} → ${v.got} (truth ${v.accepted.join("|")})`);
    if (was.passage) lines.push(`    was: “${was.passage}” — ${was.reasons.join("; ")}`);
    const now = v.result?.evidence[0] ?? v.result?.candidates[0];
    if (now) lines.push(`    now: “${now.text.slice(0, 200)}” — ${reasonsOf(now).join("; ")}`);
  }
  return `${lines.join("\n")}${lines.length > 0 ? "\n" : ""}${lines.filter((l) => !l.startsWith(" ")).length} changed: ${better} right now, ${worse} wrong now\n`;
}
