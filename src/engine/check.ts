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

export interface UnitOptions {
  /** How many near misses a missing rule reports. */
  readonly candidates: number;
  /** Profiles the user chose (--profile), which switch on rules that apply to them. */
  readonly profiles: readonly string[];
}

export const DEFAULT_CHECK: UnitOptions = { candidates: 3, profiles: [] };

/** Why a rule with an `applies` condition does not apply, or undefined when it does. */
export function notApplicableReason(rule: RuleSpec, analyses: readonly UnitAnalysis[], profiles: readonly string[]): string | undefined {
  const applies = rule.applies;
  if (applies === undefined) return undefined;
  if (applies.profiles.some((p) => profiles.includes(p))) return undefined;
  const keys = applies.documents.map((c) => conceptKey(rule.rulebook, c));
  if (keys.length > 0 && analyses.some((a) => keys.some((k) => a.hits(k).length > 0))) return undefined;
  const parts: string[] = [];
  if (applies.documents.length > 0) parts.push(`the documents mention none of ${applies.documents.map((c) => `"${c}"`).join(", ")}`);
  if (applies.profiles.length > 0) parts.push(`no profile ${applies.profiles.map((p) => `"${p}"`).join(" or ")} was chosen`);
  return parts.join(", and ");
}

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
export function judgeRule(rule: RuleSpec, analyses: readonly UnitAnalysis[], starts: ReadonlyMap<SourceDoc, readonly number[]>, options: UnitOptions = DEFAULT_CHECK): RuleResult {
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
  const section = rule.match.within === "section";
  const worthJudging = (a: UnitAnalysis): boolean => {
    // A Q&A answer may take all its concepts from the question ("Svar: Nej.").
    if (a.answers !== undefined && worthJudging(a.answers)) return true;
    if (a.striking) return true;
    const held = required.filter((k) => a.hits(k).length > 0).length;
    const any = held > 0 || side.some((k) => a.hits(k).length > 0);
    // With within: section the rest may be anywhere in the section.
    return any && (section || held >= required.length - 1);
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
export function checkUnit(name: string, docs: readonly SourceDoc[], prepared: PreparedRules, options: UnitOptions = DEFAULT_CHECK): UnitResult {
  const sorted = [...docs].sort((a, b) => compareStrings(a.path, b.path));
  const analyses = sorted.flatMap((doc) => analyseDocument(doc, prepared));
  const starts = new Map(sorted.map((doc) => [doc, lineStarts(doc.text)] as const));
  const results: RuleResult[] = [];
  const notApplicable: UnitResult["notApplicable"][number][] = [];
  for (const rule of prepared.rules) {
    const reason = notApplicableReason(rule, analyses, options.profiles);
    if (reason === undefined) results.push(judgeRule(rule, analyses, starts, options));
    else notApplicable.push({ ruleId: rule.id, rulebook: rule.rulebook, title: rule.title, reason });
  }
  return {
    name,
    documents: sorted.map((d) => ({ path: d.path, format: d.format, pages: d.pages, warnings: d.warnings ?? [] })),
    results,
    notApplicable,
    summary: summarise(results),
  };
}
