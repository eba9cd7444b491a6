/** A rulebook as the engine sees it: loaded, validated, parameters filled in. Plain data only. */
import type { LanguageCode } from "./language.js";

export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type Status = "present" | "weak" | "negated" | "missing";
export const STATUSES: readonly Status[] = ["present", "weak", "negated", "missing"];

/** Who must carry the duty for a clause to count. */
export type Party = "supplier" | "buyer" | "any";

export type TermForm = "word" | "part" | "phrase" | "abbreviation" | "pattern";

export interface Term {
  readonly form: TermForm;
  /** As the rule author wrote it, with parameters filled in. */
  readonly text: string;
  /** The language the term is written in: a document in another language is not searched for it. */
  readonly lang: LanguageCode;
}

/** A text written in one language: an exception's words, an exception pattern. */
export interface LangText {
  readonly text: string;
  readonly lang: LanguageCode;
}

export interface Concept {
  readonly id: string;
  readonly description?: string;
  readonly terms: readonly Term[];
  /** Words or phrases that look like the concept but are not it ("personalkontinuitet", "följa upp"). */
  readonly except: readonly LangText[];
  /** RE2 patterns: a hit inside a match is not a hit ("anmäls till IVO" is no report to the buyer). */
  readonly exceptPatterns: readonly LangText[];
}

export interface Localized {
  readonly sv: string;
  readonly en?: string;
}

export interface Example {
  readonly text: string;
  readonly status: Status;
  readonly note?: string;
  /** The language the example is written in (the rulebook's, unless it says). */
  readonly lang: LanguageCode;
}

/** A concept id, or a list of concept ids that must all be found. */
export type ConceptGroup = string | readonly string[];

export interface MatchSpec {
  /** Every one of these concepts must be found. */
  readonly all: readonly string[];
  /** At least one of these (a concept, or a group that must all be found); empty means no condition. */
  readonly any: readonly ConceptGroup[];
  /** None of these may be found in the clause. */
  readonly none: readonly string[];
  /** Concepts that must be the supplier's own, not the buyer's ("stadens RSA" does not count). */
  readonly own: readonly string[];
  /** Wording that binds the supplier for this rule although it has no modal verb ("kan komma att användas"). */
  readonly binding: readonly string[];
  /**
   * Actions other than the one the rule asks for: a denial of one of them ("behöver inte lämnas
   * in") does not deny the rule's own duty (carrying out the analysis).
   */
  readonly otherActions: readonly string[];
  /** Where the concepts must meet: in one clause unit (default) or anywhere in its section. */
  readonly within: "clause" | "section";
  /**
   * What the clause must be about. `recipient`: whom the action goes to, where the clause names
   * anyone ("rapporteras till Beställaren", not "till entreprenörens arbetsledning" or "till IVO").
   */
  readonly recipient?: "buyer";
  /** Concepts whose thing must be the buyer's: "stadens riktlinjer", not "gällande lagar och föreskrifter". */
  readonly owner: Readonly<Record<string, "buyer">>;
  /** Concepts that must not be limited to one of these concepts: "anvisningar för CAD-leveranser". */
  readonly notLimitedTo: Readonly<Record<string, readonly string[]>>;
  /** Concepts that, as work done for the buyer, are the service bought ("leda kommunens informationssäkerhetsarbete"). */
  readonly service: readonly string[];
}

/**
 * When a rule applies. Without it, always. With it, when the user chose one of its profiles
 * (--profile, or the project configuration), or when the documents mention one of its concepts
 * anywhere (a bundle about a care home, say).
 */
export interface Applicability {
  readonly profiles: readonly string[];
  readonly documents: readonly string[];
}

export interface SourcePlace {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface RuleSpec {
  readonly id: string;
  /** Id of the rulebook the rule comes from. */
  readonly rulebook: string;
  /** The language its rulebook is judged in. */
  readonly language: LanguageCode;
  readonly title: Localized;
  readonly severity: Severity;
  /** Where the demand comes from (programme, consultation answer, law). */
  readonly source: string;
  readonly references: readonly string[];
  readonly party: Party;
  readonly match: MatchSpec;
  /** Clause text a buyer can paste into the contract when the clause is missing. */
  readonly suggestion: Localized;
  readonly rationale?: Localized;
  readonly link?: string;
  readonly tags: readonly string[];
  readonly applies?: Applicability;
  readonly examples: readonly Example[];
  readonly place: SourcePlace;
}

export interface Rulebook {
  readonly id: string;
  readonly version: string;
  /** The rulebook's main language: its terms and examples are in it unless they say otherwise. */
  readonly language: LanguageCode;
  readonly title: Localized;
  readonly description?: Localized;
  /** The file it was loaded from, as named by the user, or "bundled:<id>". */
  readonly file: string;
  readonly params: Readonly<Record<string, string>>;
  /** Profiles a user may choose, with what each means. */
  readonly profiles: Readonly<Record<string, string>>;
  readonly concepts: Readonly<Record<string, Concept>>;
  readonly rules: readonly RuleSpec[];
}
