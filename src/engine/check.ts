import type { SourceDoc } from "../model/document.js";
import type { RuleResult, Summary, UnitResult } from "../model/report.js";
import type { RuleSpec, Status } from "../model/rule.js";
import { compareStrings } from "../model/compare.js";
import type { Finding, UnitAnalysis } from "../judge/judge.js";
import { judgeUnit } from "../judge/judge.js";
import { analyseDocument } from "./analyse.js";
import { lineStarts, toEvidence } from "./evidence.js";
import type { PreparedRules } from "./prepare.js";
import { conceptKey } from "./prepare.js";

/** How many near misses a missing rule reports. */
const CANDIDATES = 3;

const byPlace = (a: Finding, b: Finding): number =>
  compareStrings(a.unit.doc.path, b.unit.doc.path) || a.unit.span.start - b.unit.span.start;

/** A rule's status over a whole unit: present anywhere wins, then negated, then weak, else missing. */
export function judgeRule(rule: RuleSpec, analyses: readonly UnitAnalysis[], starts: ReadonlyMap<SourceDoc, readonly number[]>): RuleResult {
  const key = (concept: string): string => conceptKey(rule.rulebook, concept);
  const findings = analyses.flatMap((a) => judgeUnit(rule, key, a) ?? []);
  const of = (status: Finding["status"]): Finding[] => findings.filter((f) => f.status === status).sort(byPlace);
  const order: readonly Exclude<Status, "missing">[] = ["present", "negated", "weak"];
  const status: Status = order.find((s) => findings.some((f) => f.status === s)) ?? "missing";
  const evidence = status === "missing" ? [] : of(status);
  const candidates =
    status === "missing" ? findings.filter((f) => f.status === "candidate").sort((a, b) => b.score - a.score || byPlace(a, b)).slice(0, CANDIDATES) : [];
  const toEv = (f: Finding) => toEvidence(f, f.unit.doc, starts.get(f.unit.doc) ?? [0]);
  return {
    ruleId: rule.id,
    rulebook: rule.rulebook,
    title: rule.title,
    severity: rule.severity,
    status,
    evidence: evidence.map(toEv),
    candidates: candidates.map(toEv),
    suggestion: rule.suggestion,
    source: rule.source,
    references: rule.references,
    link: rule.link ?? null,
  };
}

export function summarise(results: readonly RuleResult[]): Summary {
  const count = (s: Status): number => results.filter((r) => r.status === s).length;
  return { present: count("present"), weak: count("weak"), negated: count("negated"), missing: count("missing") };
}

/** Judges documents together as one unit: a clause may sit in any of them. */
export function checkUnit(name: string, docs: readonly SourceDoc[], prepared: PreparedRules): UnitResult {
  const sorted = [...docs].sort((a, b) => compareStrings(a.path, b.path));
  const analyses = sorted.flatMap((doc) => analyseDocument(doc, prepared));
  const starts = new Map(sorted.map((doc) => [doc, lineStarts(doc.text)] as const));
  const results = prepared.rules.map((rule) => judgeRule(rule, analyses, starts));
  return {
    name,
    documents: sorted.map((d) => ({ path: d.path, format: d.format, pages: d.pages, warnings: d.warnings ?? [] })),
    results,
    summary: summarise(results),
  };
}
