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

  return clauseUnits(doc).map((unit) => {
    let hits: ReadonlyMap<string, readonly ConceptHit[]> | undefined;
    let context: Context | undefined;
    let frames: readonly Frame[] | undefined;
    return {
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
      // The headings a unit sits under, and a table row's column headers, give it context.
      trailHits(key) {
        const context = unit.kind === "table-row" ? [...unit.block.trail, ...(unit.block.header ?? [])] : unit.block.trail;
        return context.flatMap((heading) => conceptHitsInHeading(heading, key));
      },
    };
  });
}
