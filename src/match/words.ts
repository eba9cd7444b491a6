import { indexOfPart, isFormOf } from "../text/inflection.js";
import { normalise } from "../text/normalise.js";
import { tokenize } from "../text/tokens.js";
import type { MatcherFactory, TermHit, TermMatcher } from "./types.js";

/** The folded words of a rule author's term, normalised exactly as documents are. */
export function termWords(text: string): string[] {
  return tokenize(normalise(text)).map((t) => t.text);
}

/** Matches single tokens with `test`, remembering the answer per distinct token. */
function tokenMatcher(term: TermMatcher["term"], test: (token: string) => boolean): TermMatcher {
  const seen = new Map<string, boolean>();
  return {
    term,
    find(unit) {
      const hits: TermHit[] = [];
      unit.tokens.forEach((token, i) => {
        let yes = seen.get(token.text);
        if (yes === undefined) {
          yes = test(token.text);
          seen.set(token.text, yes);
        }
        if (yes) hits.push({ first: i, last: i, start: token.start, end: token.end });
      });
      return hits;
    },
  };
}

/** Consecutive tokens, each an inflected form of the phrase's word at that position. */
function sequenceMatcher(term: TermMatcher["term"], words: readonly string[], lastAsPart: boolean): TermMatcher {
  return {
    term,
    find(unit) {
      const hits: TermHit[] = [];
      const tokens = unit.tokens;
      for (let i = 0; i + words.length <= tokens.length; i++) {
        let all = true;
        for (let k = 0; k < words.length && all; k++) {
          const token = tokens[i + k]?.text ?? "";
          const word = words[k] ?? "";
          all = lastAsPart && k === words.length - 1 ? indexOfPart(token, word) >= 0 : isFormOf(token, word);
        }
        const last = tokens[i + words.length - 1];
        if (all && last) hits.push({ first: i, last: i + words.length - 1, start: tokens[i]?.start ?? 0, end: last.end });
      }
      return hits;
    },
  };
}

/** A whole word in any inflection: "riktlinje" finds "riktlinjer", "riktlinjerna". */
export const word: MatcherFactory = (term) => {
  const words = termWords(term.text);
  if (words.length !== 1) return sequenceMatcher(term, words, false);
  const base = words[0] ?? "";
  return tokenMatcher(term, (token) => isFormOf(token, base));
};

/** A part of a compound, anywhere in it: "incident" finds "säkerhetsincidenter", "incidentrapportering". */
export const part: MatcherFactory = (term) => {
  const words = termWords(term.text);
  if (words.length !== 1) return sequenceMatcher(term, words, true);
  const base = words[0] ?? "";
  return tokenMatcher(term, (token) => indexOfPart(token, base) >= 0);
};

/** Words in sequence, each inflected: "systematiskt brandskyddsarbete", "vid var tid gällande". */
export const phrase: MatcherFactory = (term) => sequenceMatcher(term, termWords(term.text), false);

/** Case-sensitive abbreviation, with Swedish endings after a colon or hyphen: "RSA", "RSA:n", "RSA-arbetet". */
export const abbreviation: MatcherFactory = (term) => {
  const text = term.text;
  return {
    term,
    find(unit) {
      const hits: TermHit[] = [];
      unit.tokens.forEach((token, i) => {
        if (token.raw === text || token.raw.startsWith(`${text}:`)) hits.push({ first: i, last: i, start: token.start, end: token.end });
      });
      return hits;
    },
  };
};
