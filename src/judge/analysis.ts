import type { ConceptHit } from "../match/concepts.js";
import type { DiscourseLinks } from "../discourse/index.js";
import type { SourceDoc } from "../model/document.js";
import type { ClauseUnit } from "../model/unit.js";
import type { Parse } from "./clauses.js";
import type { Reading } from "./cues.js";
import type { PartyNames, TaggedUnit } from "./tag.js";

/** A heading's (or a table column's) concept hits, each with the buyer that owns it there: "Beställarens riskbedömning". */
export interface HeadingHit {
  readonly hit: ConceptHit;
  readonly text: string;
  readonly owner?: string;
}

/**
 * One document as the judge sees it, in one language: its clause units, how they hang together,
 * and every concept found in each. Plain data, built once per document and shared by every rule.
 */
export interface DocAnalysis {
  readonly doc: SourceDoc;
  readonly units: readonly ClauseUnit[];
  readonly links: DiscourseLinks;
  readonly names: PartyNames;
  /** Per unit: its concept hits by concept key, with the words that point back counted as mentions. */
  readonly hits: readonly ReadonlyMap<string, readonly ConceptHit[]>[];
  /** Concept hits of every heading and table column the units sit under, by its text. */
  readonly headings: ReadonlyMap<string, ReadonlyMap<string, readonly HeadingHit[]>>;
  /** Headings that list several topics ("Arbetsmiljö, tillbud och riskanalys"): they lend none of them. */
  readonly listHeadings: ReadonlySet<string>;
  /** The units that answer a question (those whose `links.answers` is a unit), and those that strike a clause: judged for every rule. */
  readonly answering: readonly number[];
  readonly striking: readonly number[];
  /** The units of each section (heading trail), for rules whose concepts may meet anywhere in a section. */
  readonly sections: ReadonlyMap<string, readonly number[]>;
  /** Per concept key, the units that name it: a rule is judged only where its concepts are. */
  readonly index: ReadonlyMap<string, readonly number[]>;
}

/** A unit read as sentences: tagged, parsed into clauses, its duties read by the cue table and its modifiers. */
export interface UnitSyntax {
  readonly tagged: TaggedUnit;
  readonly parse: Parse;
  readonly reading: Reading;
}

export const sectionKey = (unit: ClauseUnit): string => unit.block.trail.join("\u0001");
