import type { ClauseUnit } from "../model/unit.js";
import type { Term, TermForm } from "../model/rule.js";

/** Where a term was found in a clause unit: token indexes and normalised-text offsets. */
export interface TermHit {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
}

/** A compiled term: finds its hits in a unit and decides nothing else. */
export interface TermMatcher {
  readonly term: Term;
  find(unit: Pick<ClauseUnit, "tokens" | "norm">): TermHit[];
}

export type MatcherFactory = (term: Term) => TermMatcher;

export type { TermForm };
