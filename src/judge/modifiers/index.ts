import type { LanguagePack } from "../../model/language.js";
import type { ClauseUnit } from "../../model/unit.js";
import type { Reading } from "../cues.js";
import type { evaluationPatterns } from "./evaluation.js";
import { withEvaluation } from "./evaluation.js";
import { withRowClass, withSectionClass } from "./row-class.js";

/** What a modifier may look at: the unit and its pack's compiled cues. */
export interface ModifierContext {
  readonly unit: ClauseUnit;
  readonly pack: LanguagePack;
  readonly evaluation: ReturnType<typeof evaluationPatterns>;
}

/** A step after the cue table: it takes a unit's reading and gives it back changed, or as it was. */
export type Modifier = (reading: Reading, ctx: ModifierContext) => Reading;

/** Every modifier, in the order they apply: a section's class, a table row's class, then the evaluation. */
export const MODIFIERS: readonly Modifier[] = [withSectionClass, withRowClass, withEvaluation];

export const modify = (reading: Reading, ctx: ModifierContext): Reading => MODIFIERS.reduce((r, m) => m(r, ctx), reading);
