import { RE2JS } from "re2js";
import type { Token } from "../model/unit.js";
import { mayMatch, prefilterOf } from "./prefilter.js";
import type { MatcherFactory, TermHit } from "./types.js";

/**
 * A regular expression run on the case-folded, normalised clause text with RE2 semantics, so
 * that no rulebook can make a run take more than linear time. RE2 treats \b and \w as ASCII;
 * rule authors should use \p{L} for Swedish letters.
 */
export function compilePattern(source: string): RE2JS {
  return RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
}

/** The tokens a character range covers: the first token ending after `start` to the last starting before `end`. */
function tokenRange(tokens: readonly Token[], start: number, end: number): { first: number; last: number } {
  let first = tokens.findIndex((t) => t.end > start);
  if (first < 0) first = Math.max(0, tokens.length - 1);
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1]?.start ?? end) < end) last++;
  return { first, last };
}

/** A pattern without regular-expression syntax is a literal: search it with indexOf, much faster. */
const LITERAL = /^[^\\^$.|?*+()[\]{}]+$/u;

export const pattern: MatcherFactory = (term) => {
  if (LITERAL.test(term.text)) {
    const literal = term.text.toLocaleLowerCase("sv");
    return {
      term,
      kind: "text",
      find(unit) {
        const hits: TermHit[] = [];
        for (let at = unit.norm.folded.indexOf(literal); at >= 0; at = unit.norm.folded.indexOf(literal, at + 1)) {
          hits.push({ ...tokenRange(unit.tokens, at, at + literal.length), start: at, end: at + literal.length });
        }
        return hits;
      },
    };
  }
  const re = compilePattern(term.text);
  const filter = prefilterOf(term.text.toLocaleLowerCase("sv"));
  return {
    term,
    kind: "text",
    find(unit) {
      const hits: TermHit[] = [];
      if (!mayMatch(filter, unit.norm.folded)) return hits;
      const m = re.matcher(unit.norm.folded);
      while (m.find()) {
        const start = m.start();
        const end = m.end();
        if (end <= start) continue;
        hits.push({ ...tokenRange(unit.tokens, start, end), start, end });
      }
      return hits;
    },
  };
};
