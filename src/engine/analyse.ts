import type { SourceDoc } from "../model/document.js";
import type { ConceptHit } from "../match/concepts.js";
import type { Context } from "../judge/context.js";
import { unitContext } from "../judge/context.js";
import type { Frame } from "../judge/frames.js";
import { dutyFrames } from "../judge/frames.js";
import type { ContextHit, UnitAnalysis } from "../judge/judge.js";
import { usesAmaLetters, wordMemo } from "../judge/party.js";
import { normalise } from "../text/normalise.js";
import { tokenize } from "../text/tokens.js";
import { clauseUnits } from "../text/units.js";
import type { ClauseUnit } from "../model/unit.js";
import type { PreparedRules } from "./prepare.js";

/** Cuts a document into clause units and reads each unit's duties once, for every rule to use. */
export function analyseDocument(doc: SourceDoc, prepared: PreparedRules): UnitAnalysis[] {
  const parties = { amaLetters: usesAmaLetters(doc.text), memo: wordMemo() };
  // Headings (and table headers) are shared by many units: find their concepts once.
  const headingHits = new Map<string, ReadonlyMap<string, readonly ConceptHit[]>>();
  const conceptHitsInHeading = (heading: string, key: string): readonly ConceptHit[] => {
    let hits = headingHits.get(heading);
    if (hits === undefined) {
      const norm = normalise(heading);
      hits = prepared.vocabulary.find({ norm, tokens: tokenize(norm) });
      headingHits.set(heading, hits);
    }
    return hits.get(key) ?? [];
  };

  const units = clauseUnits(doc);
  const strikes = struckClauses(units);
  const analyses: UnitAnalysis[] = [];
  // Units by section (their heading trail), for rules whose concepts may meet anywhere in a section.
  const sections = new Map<string, UnitAnalysis[]>();
  const sectionOf = (unit: ClauseUnit): string => unit.block.trail.join("\u0001");
  let previous: UnitAnalysis | undefined;
  let question: UnitAnalysis | undefined;
  for (const unit of units) {
    // The sentence before, when this one refers back to it; in a Q&A, the question an answer answers.
    const answer = question !== undefined && /^(?:svar|answer)\b/iu.test(unit.block.text) && sameStretch(question.unit, unit) ? question : undefined;
    const referent = answer ?? (previous && sameStretch(previous.unit, unit) && (refersBack(unit) || previous.context === "question") ? previous : undefined);
    const struck = struckBy(unit, strikes);
    let hits: ReadonlyMap<string, readonly ConceptHit[]> | undefined;
    let context: Context | undefined;
    let frames: readonly Frame[] | undefined;
    const analysis: UnitAnalysis = {
      unit,
      ...(struck !== undefined ? { struck } : {}),
      get context() {
        context ??= unitContext(unit);
        return context;
      },
      get frames() {
        frames ??= dutyFrames(unit.tokens, parties);
        return frames;
      },
      parties,
      hits(key) {
        hits ??= prepared.vocabulary.find(unit);
        return hits.get(key) ?? [];
      },
      sectionHits(key) {
        return (sections.get(sectionOf(unit)) ?? []).flatMap((other) => other.hits(key));
      },
      contextHits(key) {
        // Only the nearest heading: a document's title or a chapter far above says little about one clause.
        const found: ContextHit[] = [];
        const heading = unit.block.trail.at(-1);
        if (heading !== undefined) for (const hit of conceptHitsInHeading(heading, key)) found.push({ hit, from: `the heading "${heading}"` });
        if (unit.kind === "table-row") {
          for (const header of unit.block.header ?? []) for (const hit of conceptHitsInHeading(header, key)) found.push({ hit, from: `the column "${header}"` });
        }
        if (referent) {
          const from = referent.context === "question" ? "the question answered" : "the sentence before";
          for (const hit of referent.hits(key)) found.push({ hit, from, text: referent.unit.norm.text.slice(hit.start, hit.end) });
        }
        return found;
      },
    };
    analyses.push(analysis);
    const section = sections.get(sectionOf(unit)) ?? [];
    section.push(analysis);
    sections.set(sectionOf(unit), section);
    previous = analysis;
    if (analysis.context === "question") question = analysis;
  }
  return analyses;
}

/** Words that point back to something named in the sentence before: "Resultatet", "analysen", "dessa". */
const ANAPHORS: ReadonlySet<string> = new Set([
  "denna", "detta", "dessa", "sådan", "sådant", "sådana", "densamma", "resultatet", "resultaten", "analysen", "analyserna",
  "planen", "planerna", "arbetet", "rapporten", "rapporterna", "dokumentationen", "underlaget",
]);

/** Whether a unit points back: an anaphor, also in the genitive ("analysens slutsatser"). */
const refersBack = (unit: ClauseUnit): boolean => unit.tokens.some((t) => ANAPHORS.has(t.text) || (t.text.endsWith("s") && ANAPHORS.has(t.text.slice(0, -1))));

/**
 * Two units that read as one stretch of text: sentences of one paragraph, items of one list, or
 * consecutive paragraphs under the same heading (numbered clauses "7.1 …", "7.2 Analysen enligt 7.1 …").
 */
const sameStretch = (a: ClauseUnit, b: ClauseUnit): boolean =>
  a.block === b.block || (a.kind === "list-item" && b.kind === "list-item") || (a.kind !== "heading" && a.block.trail.join("\u0001") === b.block.trail.join("\u0001"));

/**
 * Clause numbers a document strikes out: "Punkt 5.2 i Allmänna avtalsvillkor utgår", "avsnitt 7.3
 * gäller inte". The number must be named as a clause ("punkt", "avsnitt" …), and "utgår vite" (a
 * penalty is payable) strikes nothing.
 */
function struckClauses(units: readonly ClauseUnit[]): Map<string, string> {
  const struck = new Map<string, string>();
  const strike = /(?<![\p{L}])(?:utgår(?!\s+(?:vite|ersättning|ränta|avdrag|arvode|betalning|ett|en|kr))|stryks|gäller inte|ska inte tillämpas|tillämpas inte)(?![\p{L}])/iu;
  const named = /(?<![\p{L}])(?:punkt|punkterna|avsnitt|avsnitten|klausul|klausulerna|villkor|§)\s+((?:\d{1,2}(?:\.\d{1,3})+)(?:(?:\s*,\s*|\s+och\s+)\d{1,2}(?:\.\d{1,3})+)*)/giu;
  for (const unit of units) {
    if (!strike.test(unit.quote)) continue;
    for (const m of unit.quote.matchAll(named)) {
      for (const ref of (m[1] ?? "").matchAll(/\d{1,2}(?:\.\d{1,3})+/gu)) struck.set(ref[0], unit.quote);
    }
  }
  return struck;
}

/** The striking sentence, when a unit belongs to a clause the document strikes out. */
function struckBy(unit: ClauseUnit, struck: ReadonlyMap<string, string>): string | undefined {
  if (struck.size === 0) return undefined;
  const number = /^(\d{1,2}(?:\.\d{1,3})+)\s/u.exec(unit.block.text)?.[1] ?? /^(\d{1,2}(?:\.\d{1,3})+)\s/u.exec(unit.block.trail.at(-1) ?? "")?.[1];
  const by = number === undefined ? undefined : struck.get(number);
  return by !== undefined && !unit.quote.includes(by.slice(0, 40)) ? by : undefined;
}
