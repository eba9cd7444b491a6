import type { ClauseUnit } from "../model/unit.js";
import type { UnitSyntax } from "./analysis.js";
import { parseClauses } from "./clauses.js";
import { readDuties } from "./cues.js";
import type { Lexicon } from "./lexicon.js";
import type { evaluationPatterns } from "./modifiers/evaluation.js";
import { modify } from "./modifiers/index.js";
import type { PartyNames } from "./tag.js";
import { tagUnit } from "./tag.js";

/** Reads a unit as sentences, in a straight line: tag → clauses → cue table → modifiers. */
export function readUnit(unit: ClauseUnit, lexicon: Lexicon, names: PartyNames, evaluation: ReturnType<typeof evaluationPatterns>): UnitSyntax {
  const tagged = tagUnit(lexicon, unit.tokens, unit.norm.text, names);
  const parse = parseClauses(lexicon, tagged);
  const reading = modify(readDuties(lexicon, tagged, parse), { unit, pack: lexicon.pack, evaluation });
  return { tagged, parse, reading };
}
