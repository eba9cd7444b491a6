import type { ClauseUnit, Token } from "../model/unit.js";
import type { Term } from "../model/rule.js";

/** Where a term was found in a clause unit: token indexes and normalised-text offsets. */
export interface TermHit {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
}

export type UnitText = Pick<ClauseUnit, "tokens" | "norm">;

/**
 * A compiled term. It finds candidates and decides nothing else. Token-based terms say whether a
 * hit can start at a token (`starts`, a pure function of the token, so the caller may remember
 * the answer per distinct word) and where it ends (`extend`); text-based terms (patterns) search
 * the unit's text themselves.
 */
export type TermMatcher =
  | {
      readonly term: Term;
      readonly kind: "token";
      starts(token: Token): boolean;
      /** The index of the hit's last token, given that it starts at `i`; -1 if it does not continue. */
      extend(tokens: readonly Token[], i: number): number;
    }
  | {
      readonly term: Term;
      readonly kind: "text";
      find(unit: UnitText): TermHit[];
    };

export type MatcherFactory = (term: Term) => TermMatcher;
