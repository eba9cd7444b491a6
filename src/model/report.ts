import type { Format } from "./document.js";
import type { ErrorCode } from "./error.js";
import type { Message } from "../messages/catalogue.js";
import type { Example, Localized, RuleSpec, Severity, Status } from "./rule.js";

/** A passage that shows why a rule got its status. */
export interface Evidence {
  readonly document: string;
  /** 1-based page, for PDFs. */
  readonly page: number | null;
  /** The heading the passage sits under, e.g. "6.3 Brandskydd". */
  readonly section: string | null;
  readonly text: string;
  /** Character range in the document's text as kravkoll read it. */
  readonly start: number;
  readonly end: number;
  /** 1-based line and column of `start` in that text (for .txt and .md: in the file itself). */
  readonly line: number;
  readonly column: number;
  /** Which terms, which party, which modal verb, which negation, or what was lacking: messages of the catalogue. */
  readonly reasons: readonly Message[];
}

/** One document's own status for a rule, in a bundle. */
export interface DocumentStatus {
  readonly path: string;
  readonly status: Status;
}

/** A document whose passage disagrees with another's, in a bundle: each with its strongest passage. */
export interface Conflict {
  readonly path: string;
  readonly status: Exclude<Status, "missing">;
  readonly evidence: Evidence;
}

/** Why a rule with an `applies` condition applies: a profile chosen, or the passage that names its concept. */
export interface AppliesBecause {
  readonly reason: Message;
  readonly evidence?: Evidence;
}

export interface RuleResult {
  readonly ruleId: string;
  readonly rulebook: string;
  readonly title: Localized;
  readonly severity: Severity;
  readonly status: Status;
  /** The passages that gave the status (empty when missing). */
  readonly evidence: readonly Evidence[];
  /** When missing: the nearest passages, best first, and what each lacked. */
  readonly candidates: readonly Evidence[];
  readonly suggestion: Localized;
  readonly source: string;
  readonly references: readonly string[];
  readonly link: string | null;
  /** Each document's own status, in path order (one entry when a document is judged alone). */
  readonly documents: readonly DocumentStatus[];
  /** When documents of a bundle disagree: each disagreeing document's status and passage. */
  readonly conflicts: readonly Conflict[];
  /** For a rule that applies only to some procurements: why it applies here. */
  readonly appliesBecause?: AppliesBecause;
}

export interface DocumentInfo {
  readonly path: string;
  readonly format: Format;
  readonly pages: number | null;
  readonly warnings: readonly string[];
}

export type Summary = Readonly<Record<Status, number>>;

/** A rule that did not apply to a unit, and why. */
export interface NotApplicable {
  readonly ruleId: string;
  readonly rulebook: string;
  readonly title: Localized;
  readonly reason: Message;
}

/** One judged unit: a bundle of documents judged together, or one file with --each. */
export interface UnitResult {
  readonly name: string;
  readonly documents: readonly DocumentInfo[];
  readonly results: readonly RuleResult[];
  /** Rules with an `applies` condition that the unit did not meet; they are not judged. */
  readonly notApplicable: readonly NotApplicable[];
  readonly summary: Summary;
}

export interface ReportError {
  readonly path: string | null;
  readonly code: ErrorCode;
  readonly message: string;
  readonly hint: string | null;
  readonly line: number | null;
  readonly column: number | null;
}

export interface Skipped {
  readonly path: string;
  readonly reason: string;
}

export interface RulebookInfo {
  readonly id: string;
  readonly version: string;
  readonly title: Localized;
  readonly file: string;
}

export interface Report {
  readonly tool: { readonly name: string; readonly version: string };
  readonly rulebooks: readonly RulebookInfo[];
  readonly units: readonly UnitResult[];
  readonly skipped: readonly Skipped[];
  readonly errors: readonly ReportError[];
}

/** A rule's concept, as `explain` shows it: id and the terms it searches for. */
export interface ConceptInfo {
  readonly id: string;
  readonly terms: readonly string[];
}

export interface ExplainReport {
  readonly tool: { readonly name: string; readonly version: string };
  readonly rule: {
    readonly id: string;
    readonly rulebook: string;
    readonly title: Localized;
    readonly severity: Severity;
    readonly source: string;
    readonly references: readonly string[];
    readonly party: string;
    /** The match spec with each concept spelled out. */
    readonly all: readonly ConceptInfo[];
    readonly any: readonly (readonly ConceptInfo[])[];
    readonly none: readonly ConceptInfo[];
    readonly own: readonly string[];
    readonly binding: readonly ConceptInfo[];
    readonly otherActions: readonly ConceptInfo[];
    readonly within: "clause" | "section";
    readonly suggestion: Localized;
  };
  /** One entry per judged unit: its status, the evidence, and the nearest candidates; or why the rule does not apply. */
  readonly units: readonly { readonly name: string; readonly result?: RuleResult; readonly notApplicable?: Message }[];
  readonly skipped: readonly Skipped[];
  readonly errors: readonly ReportError[];
}

/** One example clause of a rulebook, judged on its own against its own rule (`kravkoll rules test`). */
export interface ExampleOutcome {
  readonly rule: RuleSpec;
  readonly example: Example;
  readonly index: number;
  /** A rule that does not apply to the example counts as missing there. */
  readonly got: Status;
  readonly result?: RuleResult;
  readonly notApplicable?: Message;
}

/** A rule-level finding of `rules test`: a failure (no present example) or a warning (no missing example). */
export interface ExampleProblem {
  readonly rule: RuleSpec;
  readonly message: string;
}
