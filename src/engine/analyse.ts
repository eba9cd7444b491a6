import type { SourceDoc } from "../model/document.js";
import type { ConceptHit } from "../match/concepts.js";
import type { Context } from "../judge/context.js";
import { unitContext } from "../judge/context.js";
import type { Frame } from "../judge/frames.js";
import { dutyFrames } from "../judge/frames.js";
import type { UnitAnalysis } from "../judge/judge.js";
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

  const analyses: UnitAnalysis[] = [];
  // Units by section (their heading trail), for rules whose concepts may meet anywhere in a section.
  const sections = new Map<string, UnitAnalysis[]>();
  const sectionOf = (unit: ClauseUnit): string => unit.block.trail.join("\u0001");
  let previous: UnitAnalysis | undefined;
  for (const unit of clauseUnits(doc)) {
    // The sentence before, in the same paragraph or list, when this one refers back to it.
    const referent = previous && refersBack(unit) && sameStretch(previous.unit, unit) ? previous : undefined;
    let hits: ReadonlyMap<string, readonly ConceptHit[]> | undefined;
    let context: Context | undefined;
    let frames: readonly Frame[] | undefined;
    const analysis: UnitAnalysis = {
      unit,
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
        const nearest = unit.block.trail.slice(-1);
        const headings = unit.kind === "table-row" ? [...nearest, ...(unit.block.header ?? [])] : nearest;
        const above = headings.flatMap((heading) => conceptHitsInHeading(heading, key));
        return referent ? [...above, ...referent.hits(key)] : above;
      },
    };
    analyses.push(analysis);
    const section = sections.get(sectionOf(unit)) ?? [];
    section.push(analysis);
    sections.set(sectionOf(unit), section);
    previous = analysis;
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

/** Two sentences of one paragraph, or two items of one list (units arrive in document order). */
const sameStretch = (a: ClauseUnit, b: ClauseUnit): boolean => a.block === b.block || (a.kind === "list-item" && b.kind === "list-item");
