import type { SourceDoc } from "../model/document.js";
import type { AppliesBecause, Conflict, DocumentStatus, RuleResult, Summary, UnitResult } from "../model/report.js";
import type { RuleSpec, Status } from "../model/rule.js";
import type { ClauseUnit } from "../model/unit.js";
import { compareStrings } from "../model/compare.js";
import type { Message } from "../messages/catalogue.js";
import { joined, message, quoted } from "../messages/catalogue.js";
import type { DocAnalysis, UnitSyntax } from "../judge/analysis.js";
import type { Finding, JudgeContext } from "../judge/judge.js";
import type { Held } from "../judge/judge.js";
import { conceptsHeld, contextHits, judgeUnit, needsReading } from "../judge/judge.js";
import { readUnit } from "../judge/syntax.js";
import { FINDING_RANK, STATUS_ORDER } from "../judge/verdict.js";
import { strikesOf } from "../discourse/strikes.js";
import { clauseUnits } from "../text/units.js";
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

const byPlace = (a: Finding, b: Finding): number => compareStrings(a.unit.doc.path, b.unit.doc.path) || a.unit.span.start - b.unit.span.start;

/** How strong a finding's passage is, to show the strongest first: a binding duty on a named supplier before a statement, a wish or a buyer's option. */
function strength(f: Finding): number {
  const frame = f.frame;
  const base = frame === undefined ? 1 : frame.strength === "binding" ? 4 : frame.strength === "statement" ? 3 : 2;
  const named = frame?.bearer.side === "supplier" || frame?.bearer.side === "supplier-org" ? 0.5 : 0;
  return base + named - (frame?.softener !== undefined ? 1 : 0);
}

/**
 * Near misses, best first. A passage that has one of the rule's main concepts beats one that only
 * shares a side concept (every sentence naming "Beställaren" would otherwise qualify).
 */
function nearMisses(rule: RuleSpec, findings: readonly Finding[], key: (concept: string) => string): Finding[] {
  const candidates = findings.filter((f) => f.status === "candidate");
  const main = new Set(rule.match.all.map(key));
  const central = main.size === 0 ? candidates : candidates.filter((f) => f.hits.some((h) => main.has(h.concept)));
  return (central.length > 0 ? central : candidates).toSorted((a, b) => b.score - a.score || byPlace(a, b));
}

/** The units of a document worth judging for a rule: those holding its concepts (all but one, which the context may lend), answers to questions that do, and strikes. */
function unitsToJudge(rule: RuleSpec, analysis: DocAnalysis, key: (concept: string) => string): number[] {
  const required = rule.match.all.map(key);
  const side = rule.match.any.flat().map(key);
  const section = rule.match.within === "section";
  const holds = (u: number): boolean => {
    const hits = analysis.hits[u];
    const held = required.filter((k) => (hits?.get(k)?.length ?? 0) > 0).length;
    const any = held > 0 || side.some((k) => (hits?.get(k)?.length ?? 0) > 0);
    // With within: section the rest may be anywhere in the section.
    if (!any || !(section || held >= required.length - 1)) return false;
    // A unit that shares only a side concept is judged only where its context lends the main one:
    // else every sentence naming "Beställaren" would be a near miss.
    return held > 0 || section || required.length === 0 || required.some((k) => contextHits(analysis, u, k).length > 0);
  };
  const found = new Set<number>();
  for (const k of [...required, ...side]) for (const u of analysis.index.get(k) ?? []) if (holds(u)) found.add(u);
  // A Q&A answer may take all its concepts from the question ("Svar: Nej.").
  for (const u of analysis.answering) if (holds(analysis.links.answers[u] ?? -1)) found.add(u);
  for (const u of analysis.striking) found.add(u);
  return [...found].sort((a, b) => a - b);
}

/** Why a rule with an `applies` condition does not apply, or undefined when it does. */
function notApplicable(rule: RuleSpec, analyses: readonly DocAnalysis[], profiles: readonly string[]): Message | undefined {
  const applies = rule.applies;
  if (applies === undefined || applies.profiles.some((p) => profiles.includes(p))) return undefined;
  const keys = applies.documents.map((c) => conceptKey(rule.rulebook, c));
  if (keys.length > 0 && analyses.some((a) => keys.some((k) => (a.index.get(k)?.length ?? 0) > 0))) return undefined;
  const documents = message("not-applicable-documents", { concepts: joined("or", applies.documents.map(quoted)) });
  const chosen = message("not-applicable-profiles", { profiles: joined("or", applies.profiles.map(quoted)) });
  if (applies.profiles.length === 0) return documents;
  return applies.documents.length === 0 ? chosen : message("not-applicable-both", { documents, profiles: chosen });
}

/** The passage that switched a rule on: the first that names one of its `applies` concepts, or the profile chosen. */
function appliesBecause(rule: RuleSpec, analyses: readonly DocAnalysis[], profiles: readonly string[], starts: ReadonlyMap<SourceDoc, readonly number[]>): AppliesBecause | undefined {
  const applies = rule.applies;
  if (applies === undefined) return undefined;
  const profile = applies.profiles.find((p) => profiles.includes(p));
  if (profile !== undefined) return { reason: message("switched-on-profile", { profile: quoted(profile) }) };
  for (const a of analyses) {
    for (const c of applies.documents) {
      const u = a.index.get(conceptKey(rule.rulebook, c))?.[0];
      const unit = u === undefined ? undefined : a.units[u];
      const hit = u === undefined ? undefined : a.hits[u]?.get(conceptKey(rule.rulebook, c))?.[0];
      if (unit === undefined || hit === undefined) continue;
      const reason = message("switched-on", { term: quoted(unit.norm.text.slice(hit.start, hit.end)), passage: quoted(unit.quote) });
      const finding: Finding = { unit, status: "candidate", hits: [hit], reasons: [reason], score: 0 };
      return { reason, evidence: toEvidence(finding, unit.doc, starts.get(unit.doc) ?? [0]) };
    }
  }
  return undefined;
}

/**
 * A rule's status over a unit (a bundle or one document). Each document's status is the best of
 * its passages, by the single order present > weak > negated; the bundle's is the best of its
 * documents'. When documents disagree, each one's strongest passage is kept as a conflict.
 */
export function judgeRule(rule: RuleSpec, findings: readonly Finding[], docs: readonly SourceDoc[], starts: ReadonlyMap<SourceDoc, readonly number[]>, options: UnitOptions, key: (concept: string) => string): Omit<RuleResult, "appliesBecause"> {
  const best = (list: readonly Finding[]): Status => STATUS_ORDER.find((s) => list.some((f) => f.status === s)) ?? "missing";
  const status = best(findings);
  const ordered = (s: Status): Finding[] => findings.filter((f) => f.status === s).toSorted((a, b) => strength(b) - strength(a) || byPlace(a, b));
  const toEv = (f: Finding) => toEvidence(f, f.unit.doc, starts.get(f.unit.doc) ?? [0]);
  const documents: DocumentStatus[] = docs.map((d) => ({ path: d.path, status: best(findings.filter((f) => f.unit.doc === d)) }));
  const stated = documents.filter((d) => d.status !== "missing");
  const conflicts: Conflict[] =
    new Set(stated.map((d) => d.status)).size < 2
      ? []
      : stated.flatMap((d) => {
          const own = findings.filter((f) => f.unit.doc.path === d.path && f.status === d.status).toSorted((a, b) => strength(b) - strength(a) || byPlace(a, b))[0];
          return own === undefined || d.status === "missing" ? [] : [{ path: d.path, status: d.status, evidence: toEv(own) }];
        });
  return {
    ruleId: rule.id,
    rulebook: rule.rulebook,
    title: rule.title,
    severity: rule.severity,
    status,
    evidence: status === "missing" ? [] : ordered(status).map(toEv),
    candidates: status === "missing" ? nearMisses(rule, findings, key).slice(0, options.candidates).map(toEv) : [],
    suggestion: rule.suggestion,
    source: rule.source,
    references: rule.references,
    link: rule.link ?? null,
    documents,
    conflicts,
  };
}

export function summarise(results: readonly RuleResult[]): Summary {
  const count = (s: Status): number => results.filter((r) => r.status === s).length;
  return { present: count("present"), weak: count("weak"), negated: count("negated"), missing: count("missing") };
}

/** A rule's concept names to their run-wide keys, each worked out once. */
function keysOf(rule: RuleSpec): (concept: string) => string {
  const keys = new Map<string, string>();
  return (c) => {
    let k = keys.get(c);
    if (k === undefined) {
      k = conceptKey(rule.rulebook, c);
      keys.set(c, k);
    }
    return k;
  };
}

/**
 * Judges documents together as one unit (a bundle): a clause may sit in any of them. The engine
 * only chains the stages: read → units → discourse → match → judge → aggregate.
 */
export function checkUnit(name: string, docs: readonly SourceDoc[], prepared: PreparedRules, options: UnitOptions = DEFAULT_CHECK): UnitResult {
  const sorted = docs.toSorted((a, b) => compareStrings(a.path, b.path));
  const units = sorted.map((doc) => clauseUnits(doc));
  const starts = new Map(sorted.map((doc) => [doc, lineStarts(doc.text)] as const));
  const byRule = new Map<RuleSpec, RuleResult | { notApplicable: Message }>();
  for (const [lang, run] of prepared.languages) {
    const rules = prepared.rules.filter((r) => r.language === lang);
    if (rules.length === 0) continue;
    // Struck and replaced clauses are resolved across the bundle first: an amendment may strike another document's clause.
    const strikes = units.flatMap((u) => strikesOf(u, run.discourse.strikes));
    const analyses = sorted.map((doc, d) => analyseDocument(doc, units[d] ?? [], run, strikes));
    const applicable = rules.filter((rule) => notApplicable(rule, analyses, options.profiles) === undefined);
    const keys = new Map(rules.map((rule) => [rule, keysOf(rule)] as const));
    const keyOf = (rule: RuleSpec): ((concept: string) => string) => keys.get(rule) ?? keysOf(rule);
    // Read as sentences only the units some rule will judge, and each once; and the questions and
    // passages they refer back to.
    const needed = analyses.map(() => new Set<number>());
    const referenced = analyses.map(() => new Set<number>());
    // Per rule and document, the units to judge, each with what it holds of the rule's concepts, found once.
    const toJudge = new Map<RuleSpec, Map<number, Held>[]>();
    for (const rule of applicable) {
      const key = keyOf(rule);
      toJudge.set(rule, analyses.map((a, d) => {
        const ctx = { analysis: a, lexicon: run.lexicon, key };
        const held = new Map<number, Held>();
        for (const u of unitsToJudge(rule, a, key)) {
          const unit = a.units[u];
          if (unit === undefined) continue;
          const holds = conceptsHeld(rule, ctx, u, unit);
          held.set(u, holds);
          // A unit that lacks one of the rule's concepts is a near miss, judged from its hits alone.
          if (!needsReading(rule, ctx, u, holds)) continue;
          needed[d]?.add(u);
          const q = a.links.answers[u] ?? -1;
          if (q >= 0) referenced[d]?.add(q);
          // What a word refers back to decides whose the thing is ("Resultatet" of the buyer's analysis).
          for (const hits of a.hits[u]?.values() ?? []) for (const h of hits) if (h.from !== undefined) referenced[d]?.add(h.from.unit);
        }
        return held;
      }));
    }
    // Judged unit by unit, in document order, every rule at once: a unit's reading lives only while
    // it is judged (the questions and passages referred back to are read first, and kept).
    const findings = new Map<RuleSpec, Finding[]>(applicable.map((rule) => [rule, []]));
    analyses.forEach((a, d) => {
      const read = (u: number): UnitSyntax => readUnit(a.units[u] as ClauseUnit, run.lexicon, a.names, run.evaluation);
      const syntax = new Map<number, UnitSyntax>([...(referenced[d] ?? [])].sort((x, y) => x - y).map((u) => [u, read(u)] as const));
      const rulesAt = new Map<number, RuleSpec[]>();
      for (const rule of applicable) {
        for (const u of toJudge.get(rule)?.[d]?.keys() ?? []) {
          const list = rulesAt.get(u);
          if (list === undefined) rulesAt.set(u, [rule]);
          else list.push(rule);
        }
      }
      for (const u of [...rulesAt.keys()].sort((x, y) => x - y)) {
        const own = (needed[d]?.has(u) ?? false) && !syntax.has(u);
        if (own) syntax.set(u, read(u));
        for (const rule of rulesAt.get(u) ?? []) {
          const ctx: JudgeContext = { analysis: a, syntax, lexicon: run.lexicon, key: keyOf(rule) };
          const finding = judgeUnit(rule, ctx, u, toJudge.get(rule)?.[d]?.get(u));
          if (finding !== undefined) findings.get(rule)?.push(finding);
        }
        if (own) syntax.delete(u);
      }
    });
    for (const rule of rules) {
      const reason = notApplicable(rule, analyses, options.profiles);
      if (reason !== undefined) {
        byRule.set(rule, { notApplicable: reason });
        continue;
      }
      const key = keyOf(rule);
      const result = judgeRule(rule, findings.get(rule) ?? [], sorted, starts, options, key);
      const because = appliesBecause(rule, analyses, options.profiles, starts);
      byRule.set(rule, { ...result, ...(because !== undefined ? { appliesBecause: because } : {}) });
    }
  }
  const results: RuleResult[] = [];
  const notApplicableRules: UnitResult["notApplicable"][number][] = [];
  for (const rule of prepared.rules) {
    const r = byRule.get(rule);
    if (r === undefined) continue;
    if ("notApplicable" in r) notApplicableRules.push({ ruleId: rule.id, rulebook: rule.rulebook, title: rule.title, reason: r.notApplicable });
    else results.push(r);
  }
  return {
    name,
    documents: sorted.map((d) => ({ path: d.path, format: d.format, pages: d.pages, warnings: d.warnings ?? [] })),
    results,
    notApplicable: notApplicableRules,
    summary: summarise(results),
  };
}

export { FINDING_RANK };
