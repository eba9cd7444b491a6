import type { TermForm } from "../model/rule.js";
import { pattern } from "./pattern.js";
import type { MatcherFactory } from "./types.js";
import { abbreviation, part, phrase, word } from "./words.js";

/** Every term form and the matcher that finds it. The keys are the list of forms. */
export const MATCHERS = {
  word,
  part,
  phrase,
  abbreviation,
  pattern,
} as const satisfies Record<TermForm, MatcherFactory>;
