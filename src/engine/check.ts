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

export interface CheckOptions {
  /** How many near misses a missing rule reports. */
  readonly candidates: number;
}

export const DEFAULT_CHECK: CheckOptions = { candidates: 3 };

const byPlace = (a: Finding, b: Finding): number =>
  compareStrings(a.unit.doc.path, b.unit.doc.path) || a.unit.span.start - b.unit.span.start;

/**
 * Near misses, best first. A passage that has one of the rule's main concepts beats one that only
 * shares a side concept (every sentence naming "Beställaren" would otherwise qualify).
 */
function nearMisses(rule: RuleSpec, findings: readonly Finding[], key: (concept: string) => string): Finding[] {
  const candidates = findings.filter((f) => f.status === "candidate");
  const main = new Set(rule.match.all.map(key));
  const central = main.size === 0 ? candidates : candidates.filter((f) => f.hits.some((h) => main.has(key(h.concept))));
  return (central.length > 0 ? central : candidates).sort((a, b) => b.score - a.score || byPlace(a, b));
}

/** A rule's status over a whole unit: present anywhere wins, then negated, then weak, else missing. */
export function judgeRule(rule: RuleSpec, analyses: readonly UnitAnalysis[], starts: ReadonlyMap<SourceDoc, readonly number[]>, options: CheckOptions = DEFAULT_CHECK): RuleResult {
  const known = new Map<string, string>();
  const key = (concept: string): string => {
    let k = known.get(concept);
    if (k === undefined) {
      k = conceptKey(rule.rulebook, concept);
      known.set(concept, k);
    }
    return k;
  };
  // Most units name none of the rule's concepts, or only a side concept: skip them before judging.
  // A unit can borrow one required concept from its context, so it must hold all but one itself.
  const required = rule.match.all.map(key);
  const side = rule.match.any.flat().map(key);
  const worthJudging = (a: UnitAnalysis): boolean => {
    const held = required.filter((k) => a.hits(k).length > 0).length;
    return held >= required.length - 1 && (held > 0 || side.some((k) => a.hits(k).length > 0));
  };
  const findings = analyses.flatMap((a) => (worthJudging(a) ? (judgeUnit(rule, key, a) ?? []) : []));
  const of = (status: Finding["status"]): Finding[] => findings.filter((f) => f.status === status).sort(byPlace);
  const order: readonly Exclude<Status, "missing">[] = ["present", "negated", "weak"];
  const status: Status = order.find((s) => findings.some((f) => f.status === s)) ?? "missing";
  const evidence = status === "missing" ? [] : of(status);
  const candidates = status === "missing" ? nearMisses(rule, findings, key).slice(0, options.candidates) : [];
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
export function checkUnit(name: string, docs: readonly SourceDoc[], prepared: PreparedRules, options: CheckOptions = DEFAULT_CHECK): UnitResult {
  const sorted = [...docs].sort((a, b) => compareStrings(a.path, b.path));
  const analyses = sorted.flatMap((doc) => analyseDocument(doc, prepared));
  const starts = new Map(sorted.map((doc) => [doc, lineStarts(doc.text)] as const));
  const results = prepared.rules.map((rule) => judgeRule(rule, analyses, starts, options));
  return {
    name,
    documents: sorted.map((d) => ({ path: d.path, format: d.format, pages: d.pages, warnings: d.warnings ?? [] })),
    results,
    summary: summarise(results),
  };
}
