/**
 * Swedish inflection by ending rules. A Snowball stemmer is not used on purpose: it conflates
 * "sårbarhetsanalys" and "sårbarhetsanalyser" to different stems and leaves "arbetet" unreduced,
 * while ending rules anchored on the rule author's base form get both right and stay explainable.
 */
const ENDINGS: ReadonlySet<string> = new Set([
  "",
  // nouns: definite, plural, genitive
  "n", "en", "et", "t", "na", "ne", "r", "er", "ar", "or", "rna", "erna", "arna", "orna",
  "s", "ns", "ens", "ets", "ts", "nas", "rs", "ers", "ars", "ors", "rnas", "ernas", "arnas", "ornas", "es", "as",
  "ena", "enas",
  // verbs: present, past, supine, participles, passive
  "de", "des", "da", "d", "ade", "ades", "ad", "at", "ats", "ande", "ende", "nde", "it", "its", "tt", "tts", "dd",
  // adjectives
  "a", "e", "are", "aste",
]);

export function isEnding(suffix: string): boolean {
  return ENDINGS.has(suffix);
}

const VOWEL_END = /[aeo]$/u;

/**
 * Whether `token` is an inflected form of the base form `base` (both case-folded). With `strict`,
 * the base's final vowel is never dropped, so "lokala" does not also claim "lokaler".
 */
export function isFormOf(token: string, base: string, strict = false): boolean {
  if (token === base) return true;
  if (token.startsWith(base) && ENDINGS.has(token.slice(base.length))) return true;
  if (strict) return false;
  // Adjectives written in the neuter: "systematiskt" → "systematisk", "systematiska", "systematiske".
  if (/(?:sk|ig|lig)t$/u.test(base)) {
    const root = base.slice(0, -1);
    if (token === root || token === `${root}a` || token === `${root}e`) return true;
  }
  // "följa" → "följer", "riktlinje" → "riktlinjer": drop the base's final vowel
  if (base.length >= 4 && VOWEL_END.test(base)) {
    const root = base.slice(0, -1);
    if (token.startsWith(root) && ENDINGS.has(token.slice(root.length))) return true;
  }
  return false;
}

/**
 * Where `part` occurs inside the compound `token` as one of its parts, or -1. A part at the end
 * may carry an inflection; anywhere else it must be followed by more of the compound.
 */
export function indexOfPart(token: string, part: string): number {
  if (isFormOf(token, part)) return 0;
  const roots = part.length >= 6 && VOWEL_END.test(part) ? [part, part.slice(0, -1)] : [part];
  for (const root of roots) {
    let at = token.indexOf(root);
    while (at >= 0) {
      const rest = token.slice(at + root.length);
      if (ENDINGS.has(rest) || rest.length >= 2) return at;
      at = token.indexOf(root, at + 1);
    }
  }
  return -1;
}
