import type { LanguagePack } from "../../model/language.js";
import type { ClauseUnit } from "../../model/unit.js";
import type { Frame } from "../cues.js";
import type { Modifier } from "./index.js";

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** The evaluation words of a pack as patterns: a word that begins with one, unless it begins with an exception. */
export function evaluationPatterns(pack: LanguagePack): { readonly text: RegExp; readonly heading: RegExp } {
  const c = pack.context;
  const not = c.notEvaluation.length > 0 ? `(?!(?:${c.notEvaluation.map(escape).join("|")}))` : "";
  const starts = (words: readonly string[]): RegExp => new RegExp(`(?<![\\p{L}])${not}(?:${words.map(escape).join("|")})\\p{L}*(?![\\p{L}])`, "iu");
  return { text: starts(c.evaluation), heading: starts(c.evaluationHeadings) };
}

/** The word that makes a unit part of the evaluation, if it is: in the unit, its table's columns or its headings. */
export function evaluationWord(unit: Pick<ClauseUnit, "quote" | "block">, patterns: ReturnType<typeof evaluationPatterns>): string | undefined {
  const found = patterns.text.exec(unit.quote) ?? unit.block.header?.map((h) => patterns.text.exec(h)).find((m) => m !== null) ?? unit.block.trail.map((h) => patterns.heading.exec(h)).find((m) => m !== null);
  return found?.[0];
}

/**
 * Tender evaluation: what a bidder "förbinder sig" to in order to earn a quality bonus (mervärde,
 * meriterande, poäng) is an offer the buyer rewards, not a requirement it sets. Until the
 * contract takes the offer in, it is a wish.
 */
export const withEvaluation: Modifier = (reading, ctx) => {
  if (reading.frames.length === 0 && reading.unitFrame === undefined) return reading;
  const word = evaluationWord(ctx.unit, ctx.evaluation);
  if (word === undefined) return reading;
  const soften = (f: Frame): Frame => (f.strength === "soft" || f.negation !== undefined || f.softener !== undefined ? f : { ...f, softener: word });
  return { ...reading, frames: reading.frames.map(soften), ...(reading.unitFrame !== undefined ? { unitFrame: soften(reading.unitFrame) } : {}) };
};
