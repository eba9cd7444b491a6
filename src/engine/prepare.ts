import type { Concept, Rulebook, RuleSpec } from "../model/rule.js";
import type { Vocabulary } from "../match/concepts.js";
import { compileVocabulary } from "../match/concepts.js";

/** Rulebooks with every concept compiled once, ready to check any number of documents. */
export interface PreparedRules {
  readonly rulebooks: readonly Rulebook[];
  readonly rules: readonly RuleSpec[];
  readonly vocabulary: Vocabulary;
}

/** Concepts are named per rulebook; this is their run-wide key. */
export const conceptKey = (rulebook: string, concept: string): string => `${rulebook}:${concept}`;

export function prepareRules(rulebooks: readonly Rulebook[]): PreparedRules {
  const concepts = new Map<string, Concept>();
  for (const book of rulebooks) {
    for (const concept of Object.values(book.concepts)) concepts.set(conceptKey(book.id, concept.id), concept);
  }
  return { rulebooks, rules: rulebooks.flatMap((b) => b.rules), vocabulary: compileVocabulary(concepts) };
}
