import type { LanguageCode, LanguagePack } from "../model/language.js";
import { en } from "./en/index.js";
import { sv } from "./sv/index.js";

/** Every language pack kravkoll has; the keys are the codes a rulebook's `language` may name. */
export const LANGUAGES = { sv, en } as const satisfies Record<LanguageCode, LanguagePack>;

export const LANGUAGE_CODES = Object.keys(LANGUAGES) as readonly LanguageCode[];

export const DEFAULT_LANGUAGE: LanguageCode = "sv";

const PACKS: readonly LanguagePack[] = Object.values(LANGUAGES);

/** A verb's present-tense forms, from its base form and the pack's endings. */
export function presentForms(pack: LanguagePack, base: string): string[] {
  const m = pack.morphology;
  const root = base.length >= m.minDropLength && m.droppable.includes(base.slice(-1)) ? base.slice(0, -1) : base;
  return m.presentEndings.flatMap((e) => [base + e, root + e]);
}
const union = (pick: (pack: LanguagePack) => readonly string[]): readonly string[] => [...new Set(PACKS.flatMap(pick))];

/**
 * What reading and normalising need of every language at once: a document is read before its
 * language is known, so the readers see the words of all packs (derived once from the packs'
 * data, never kept apart from it).
 */
export const READING = {
  /** Sentence abbreviations that end in a full stop without ending the sentence. */
  abbreviations: union((p) => p.layout.abbreviations),
  pageWords: union((p) => p.layout.pageWords),
  pageOf: union((p) => p.layout.pageOf),
  /** The words that make a heading running text: modal verbs of duty and preference. */
  modals: union((p) => [...p.classes["modal-binding"], ...p.classes["modal-soft"]]),
  /** Duty verbs in the present, which a heading never holds ("åtar", "ansvarar"). */
  dutyVerbs: union((p) => p.verbs.duty.flatMap((base) => presentForms(p, base))),
  /** Words a line of running text may stop on before it goes on: "och", "att", "till". */
  runsOn: union((p) => [...p.classes.coordinator, ...p.classes.preposition, ...p.classes.article, ...p.classes["infinitive-marker"], ...p.classes.relative]),
  /** Words a heading never ends on: "att", "och", "som", "till". */
  neverEndsHeading: union((p) => [...p.classes["infinitive-marker"], ...p.classes.coordinator, ...p.classes.relative, ...p.classes["recipient-preposition"]]),
  /** A requirement table's class words and marks. */
  tableBinding: union((p) => p.table.binding),
  tableSoft: union((p) => p.table.soft),
  tableMarks: union((p) => [...p.table.marks, ...p.table.answers]),
  compoundHeads: union((p) => p.morphology.compoundHeads),
  endings: union((p) => p.morphology.endings),
  ellipsisConjunctions: union((p) => p.morphology.ellipsisConjunctions),
  hyphenKeepers: union((p) => p.morphology.hyphenKeepers),
  /** Word's style names for headings, the title and table-of-contents lines, in every language. */
  wordStyles: {
    heading: union((p) => [p.layout.wordStyles.heading]),
    title: union((p) => [p.layout.wordStyles.title]),
    toc: union((p) => [p.layout.wordStyles.toc]),
  },
  /** The labels of questions and answers in a Q&A. */
  questions: union((p) => p.context.question),
  answers: union((p) => p.context.answer),
} as const;

/** The pack for a language code; the code must be one of LANGUAGE_CODES. */
export const packFor = (code: LanguageCode): LanguagePack => LANGUAGES[code];
