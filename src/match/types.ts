import type { ClauseUnit, Token } from "../model/unit.js";
import type { Term } from "../model/rule.js";
import type { Inflector } from "../text/inflection.js";

/** Where a term was found in a clause unit: token indexes and normalised-text offsets. */
export interface TermHit {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
}

export type UnitText = Pick<ClauseUnit, "tokens" | "norm">;

/** Index keys of a token-based term: a token can start a hit only if it has one of them. */
export interface TermKeys {
  /** "prefix": the token starts with a value; "infix": it contains one; "raw": it is one as written (before a colon). */
  readonly by: "prefix" | "infix" | "raw";
  readonly values: readonly string[];
}

/**
 * A compiled term. It finds candidates and decides nothing else. Token-based terms say whether a
 * hit can start at a token (`starts`, a pure function of the token, so the caller may remember
 * the answer per distinct word) and where it ends (`extend`), and give the keys under which the
 * caller may index them (`keys`: a token can start a hit only if one of its keys is among them);
 * text-based terms (patterns) search the unit's text themselves.
 */
export type TermMatcher =
  | {
      readonly term: Term;
      readonly kind: "token";
      readonly keys: TermKeys;
      starts(token: Token): boolean;
      /** The index of the hit's last token, given that it starts at `i`; -1 if it does not continue. */
      extend(tokens: readonly Token[], i: number): number;
    }
  | {
      readonly term: Term;
      readonly kind: "text";
      find(unit: UnitText): TermHit[];
    };

export type MatcherFactory = (term: Term, inflect: Inflector) => TermMatcher;
