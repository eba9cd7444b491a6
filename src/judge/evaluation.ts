import type { ClauseUnit } from "../model/unit.js";
import type { Frame } from "./frames.js";

/**
 * Tender evaluation: what a bidder "förbinder sig" to in order to earn a quality bonus
 * (mervärde, meriterande, poäng) is an offer the buyer rewards, not a requirement it sets. Until
 * the contract takes the offer in, it is a wish.
 */
const POINTS = /(?<![\p{L}])(?:mervärde(?!sskatt)\p{L}*|meriterande|tillgodoräkn\p{L}*|poäng|mervärdesavdrag\p{L}*|tilldelningskriteri\p{L}*|utvärderingskriteri\p{L}*)(?![\p{L}])/iu;
const EVALUATION_HEADING = /(?<![\p{L}])(?:mervärde(?!sskatt)\p{L}*|meriterande\p{L}*|kvalitetsutvärdering|kvalitetskriteri\p{L}*|tilldelningskriteri\p{L}*|utvärderingskriteri\p{L}*)(?![\p{L}])/iu;

/** The word that makes a unit part of the evaluation, if it is: in the unit, its table's columns or its headings. */
export function evaluationWord(unit: Pick<ClauseUnit, "quote" | "block">): string | undefined {
  const found = POINTS.exec(unit.quote) ?? unit.block.header?.map((h) => POINTS.exec(h)).find((m) => m !== null) ?? unit.block.trail.map((h) => EVALUATION_HEADING.exec(h)).find((m) => m !== null);
  return found?.[0];
}

/** Duties in the evaluation are soft: "Mervärde ges till den anbudsgivare som förbinder sig att …". */
export function withEvaluation(unit: Pick<ClauseUnit, "quote" | "block">, frames: readonly Frame[]): readonly Frame[] {
  if (frames.length === 0) return frames;
  const word = evaluationWord(unit);
  if (word === undefined) return frames;
  return frames.map((f) => (f.strength === "soft" || f.negation !== undefined || f.softener !== undefined ? f : { ...f, softener: word }));
}
