import type { Token } from "../model/unit.js";
import { indexOfPart, isFormOf } from "../text/inflection.js";
import { normalise } from "../text/normalise.js";
import { tokenize } from "../text/tokens.js";
import type { MatcherFactory, TermMatcher } from "./types.js";

/** The folded words of a rule author's term, normalised exactly as documents are. */
export function termWords(text: string): string[] {
  return tokenize(normalise(text)).map((t) => t.text);
}

/** Consecutive tokens, each passing the test for its position. */
function sequence(term: TermMatcher["term"], tests: readonly ((token: string) => boolean)[]): TermMatcher {
  return {
    term,
    kind: "token",
    starts: (token) => tests[0]?.(token.text) ?? false,
    extend(tokens, i) {
      for (let k = 1; k < tests.length; k++) {
        const token = tokens[i + k];
        if (token === undefined || !(tests[k]?.(token.text) ?? false)) return -1;
      }
      return i + tests.length - 1;
    },
  };
}

const form = (base: string) => (token: string): boolean => isFormOf(token, base);
const inCompound = (base: string) => (token: string): boolean => indexOfPart(token, base) >= 0;

/** A whole word in any inflection: "riktlinje" finds "riktlinjer", "riktlinjerna". */
export const word: MatcherFactory = (term) => sequence(term, termWords(term.text).map(form));

/** A part of a compound, anywhere in it: "incident" finds "säkerhetsincidenter", "incidentrapportering". */
export const part: MatcherFactory = (term) => {
  const words = termWords(term.text);
  return sequence(term, words.map((w, k) => (k === words.length - 1 ? inCompound(w) : form(w))));
};

/** Words in sequence, each inflected: "systematiskt brandskyddsarbete", "vid var tid gällande". */
export const phrase: MatcherFactory = (term) => sequence(term, termWords(term.text).map(form));

/** Case-sensitive abbreviation, with Swedish endings after a colon or hyphen: "RSA", "RSA:n", "RSA-arbetet". */
export const abbreviation: MatcherFactory = (term) => ({
  term,
  kind: "token",
  starts: (token: Token) => token.raw === term.text || token.raw.startsWith(`${term.text}:`),
  extend: (_tokens, i) => i,
});
