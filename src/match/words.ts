import type { Token } from "../model/unit.js";
import type { Inflector } from "../text/inflection.js";
import { normalise } from "../text/normalise.js";
import { tokenize } from "../text/tokens.js";
import type { MatcherFactory, TermKeys, TermMatcher } from "./types.js";

/** The folded words of a rule author's term, normalised exactly as documents are. */
export function termWords(text: string): string[] {
  return tokenize(normalise(text)).map((t) => t.text);
}

/** Every form of a base form starts with its first letters (the endings change only its end). */
export const KEY_LENGTH = 3;
const prefixKey = (base: string): string => base.slice(0, KEY_LENGTH);

/** Consecutive tokens, each passing the test for its position. */
function sequence(term: TermMatcher["term"], tests: readonly ((token: string) => boolean)[], keys: TermKeys): TermMatcher {
  return {
    term,
    kind: "token",
    keys,
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

const form = (base: string, inflect: Inflector) => (token: string): boolean => inflect.isFormOf(token, base);
const inCompound = (base: string, inflect: Inflector) => (token: string): boolean => inflect.indexOfPart(token, base) >= 0;

/** A whole word in any inflection: "riktlinje" finds "riktlinjer", "riktlinjerna". */
export const word: MatcherFactory = (term, inflect) => {
  const words = termWords(term.text);
  return sequence(term, words.map((w) => form(w, inflect)), { by: "prefix", values: [prefixKey(words[0] ?? "")] });
};

/** A part of a compound, anywhere in it: "incident" finds "säkerhetsincidenter", "incidentrapportering". */
export const part: MatcherFactory = (term, inflect) => {
  const words = termWords(term.text);
  const tests = words.map((w, k) => (k === words.length - 1 ? inCompound(w, inflect) : form(w, inflect)));
  const first = words[0] ?? "";
  return sequence(term, tests, words.length > 1 ? { by: "prefix", values: [prefixKey(first)] } : { by: "infix", values: [first.slice(0, KEY_LENGTH)] });
};

/** Words in sequence, each inflected: "systematiskt brandskyddsarbete", "vid var tid gällande". */
export const phrase: MatcherFactory = (term, inflect) => {
  const words = termWords(term.text);
  return sequence(term, words.map((w) => form(w, inflect)), { by: "prefix", values: [prefixKey(words[0] ?? "")] });
};

/** Case-sensitive abbreviation, with endings after a colon or hyphen: "RSA", "RSA:n", "RSA-arbetet". */
export const abbreviation: MatcherFactory = (term) => ({
  term,
  kind: "token",
  keys: { by: "raw", values: [term.text] },
  starts: (token: Token) => token.raw === term.text || token.raw.startsWith(`${term.text}:`),
  extend: (_tokens, i) => i,
});
