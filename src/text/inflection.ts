import type { Morphology } from "../model/language.js";

/**
 * Inflection by ending rules, anchored on a base form (the rule author's, or a language pack's).
 * The endings come from the language's morphology; this only applies them.
 */
export interface Inflector {
  /**
   * Whether `token` is an inflected form of the base form `base` (both case-folded). With
   * `strict`, the base's final vowel is never dropped, so "lokala" does not also claim "lokaler".
   */
  isFormOf(token: string, base: string, strict?: boolean): boolean;
  /**
   * Where `part` occurs inside the compound `token` as one of its parts, or -1. A part at the end
   * may carry an inflection; anywhere else it must be followed by more of the compound.
   */
  indexOfPart(token: string, part: string): number;
  isEnding(suffix: string): boolean;
}

export function inflector(morphology: Morphology): Inflector {
  const endings: ReadonlySet<string> = new Set(morphology.endings);
  const droppable: ReadonlySet<string> = new Set(morphology.droppable);
  const { minDropLength, neuterEndings } = morphology;
  const dropsVowel = (base: string): boolean => base.length >= minDropLength && droppable.has(base.slice(-1));

  const isFormOf = (token: string, base: string, strict = false): boolean => {
    if (token === base) return true;
    if (token.startsWith(base) && endings.has(token.slice(base.length))) return true;
    if (strict) return false;
    // Adjectives written in the neuter: "systematiskt" → "systematisk", "systematiska", "systematiske".
    if (neuterEndings.some((e) => base.endsWith(e))) {
      const root = base.slice(0, -1);
      if (token === root || token === `${root}a` || token === `${root}e`) return true;
    }
    // "följa" → "följer", "riktlinje" → "riktlinjer": drop the base's final vowel.
    if (dropsVowel(base)) {
      const root = base.slice(0, -1);
      if (token.startsWith(root) && endings.has(token.slice(root.length))) return true;
    }
    return false;
  };

  const indexOfPart = (token: string, part: string): number => {
    if (isFormOf(token, part)) return 0;
    const roots = part.length >= 6 && droppable.has(part.slice(-1)) ? [part, part.slice(0, -1)] : [part];
    for (const root of roots) {
      let at = token.indexOf(root);
      while (at >= 0) {
        const rest = token.slice(at + root.length);
        if (endings.has(rest) || rest.length >= 2) return at;
        at = token.indexOf(root, at + 1);
      }
    }
    return -1;
  };

  return { isFormOf, indexOfPart, isEnding: (suffix) => endings.has(suffix) };
}
