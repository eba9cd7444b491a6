import type { LanguageCode } from "../model/language.js";
import type { Concept, Rulebook, RuleSpec } from "../model/rule.js";
import type { DiscourseCues } from "../discourse/index.js";
import { discourseCues } from "../discourse/index.js";
import type { Lexicon } from "../judge/lexicon.js";
import { compileLexicon } from "../judge/lexicon.js";
import { evaluationPatterns } from "../judge/modifiers/evaluation.js";
import { packFor } from "../lang/index.js";
import type { Vocabulary } from "../match/concepts.js";
import { compileVocabulary } from "../match/concepts.js";

/** Everything compiled for one language of a run: its lexicon, its concepts' terms, its cues. */
export interface LanguageRun {
  readonly lang: LanguageCode;
  readonly lexicon: Lexicon;
  readonly vocabulary: Vocabulary;
  readonly discourse: DiscourseCues;
  readonly evaluation: ReturnType<typeof evaluationPatterns>;
}

/** Rulebooks with every concept compiled once, ready to check any number of documents. */
export interface PreparedRules {
  readonly rulebooks: readonly Rulebook[];
  readonly rules: readonly RuleSpec[];
  /** One per language the rulebooks are judged in. */
  readonly languages: ReadonlyMap<LanguageCode, LanguageRun>;
  /** Every concept of the run, by run-wide key. */
  readonly concepts: ReadonlyMap<string, Concept>;
}

/** Concepts are named per rulebook; this is their run-wide key. */
export const conceptKey = (rulebook: string, concept: string): string => `${rulebook}:${concept}`;

/** Compiles a language for a run: the pack's lexicon and cues, and the terms of every concept written in it. */
export function languageRun(lang: LanguageCode, concepts: ReadonlyMap<string, Concept>): LanguageRun {
  const pack = packFor(lang);
  const lexicon = compileLexicon(pack);
  return { lang, lexicon, vocabulary: compileVocabulary(concepts, lang, lexicon.inflect), discourse: discourseCues(pack), evaluation: evaluationPatterns(pack) };
}

export function prepareRules(rulebooks: readonly Rulebook[]): PreparedRules {
  const concepts = new Map<string, Concept>();
  for (const book of rulebooks) {
    for (const concept of Object.values(book.concepts)) concepts.set(conceptKey(book.id, concept.id), concept);
  }
  const languages = new Map<LanguageCode, LanguageRun>();
  for (const book of rulebooks) if (!languages.has(book.language)) languages.set(book.language, languageRun(book.language, concepts));
  return { rulebooks, rules: rulebooks.flatMap((b) => b.rules), languages, concepts };
}
