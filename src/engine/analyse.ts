import type { SourceDoc } from "../model/document.js";
import type { Token } from "../model/unit.js";
import type { ConceptHit } from "../match/concepts.js";
import { unitContext } from "../judge/context.js";
import { dutyFrames } from "../judge/frames.js";
import type { UnitAnalysis } from "../judge/judge.js";
import { usesAmaLetters } from "../judge/party.js";
import { normalise } from "../text/normalise.js";
import { tokenize } from "../text/tokens.js";
import { clauseUnits } from "../text/units.js";
import type { PreparedRules } from "./prepare.js";

/** Cuts a document into clause units and reads each unit's duties once, for every rule to use. */
export function analyseDocument(doc: SourceDoc, prepared: PreparedRules): UnitAnalysis[] {
  const parties = { amaLetters: usesAmaLetters(doc.text) };
  const headings = new Map<string, { tokens: Token[]; norm: ReturnType<typeof normalise> }>();
  const headingHits = new Map<string, readonly ConceptHit[]>();
  const headingOf = (text: string): { tokens: Token[]; norm: ReturnType<typeof normalise> } => {
    let h = headings.get(text);
    if (h === undefined) {
      const norm = normalise(text);
      h = { norm, tokens: tokenize(norm) };
      headings.set(text, h);
    }
    return h;
  };
  const conceptHitsInHeading = (heading: string, key: string): readonly ConceptHit[] => {
    const memo = `${key}\u0000${heading}`;
    let hits = headingHits.get(memo);
    if (hits === undefined) {
      hits = prepared.concepts.get(key)?.find(headingOf(heading)) ?? [];
      headingHits.set(memo, hits);
    }
    return hits;
  };

  return clauseUnits(doc).map((unit) => {
    const memo = new Map<string, readonly ConceptHit[]>();
    return {
      unit,
      context: unitContext(unit),
      frames: dutyFrames(unit.tokens, parties),
      parties,
      hits(key) {
        let hits = memo.get(key);
        if (hits === undefined) {
          hits = prepared.concepts.get(key)?.find(unit) ?? [];
          memo.set(key, hits);
        }
        return hits;
      },
      trailHits(key) {
        return unit.block.trail.flatMap((heading) => conceptHitsInHeading(heading, key));
      },
    };
  });
}
