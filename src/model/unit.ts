import type { Block, SourceDoc, Span } from "./document.js";

/**
 * Text ready for matching, with a map back to where each character came from.
 * `text` keeps the document's case (abbreviations such as "RSA" and "RISK" are case-sensitive);
 * `folded` is the same text case-folded for Swedish, character for character.
 */
export interface NormalText {
  readonly text: string;
  readonly folded: string;
  /** For each index in `text`, the offset in the document text it came from. */
  readonly map: Int32Array;
}

export interface Token {
  /** Case-folded form, used for words, parts and phrases. */
  readonly text: string;
  /** The form as written, used for case-sensitive abbreviations ("RSA", "RISK"). */
  readonly raw: string;
  /** Range in the normalised text. */
  readonly start: number;
  readonly end: number;
}

export type UnitKind = "sentence" | "list-item" | "table-row" | "heading";

/**
 * The smallest passage a clause is judged on: a sentence, a list item joined with its lead-in
 * ("Leverantören ska: … genomföra en RSA"), a table row with its header, or a heading.
 */
export interface ClauseUnit {
  readonly doc: SourceDoc;
  readonly block: Block;
  readonly kind: UnitKind;
  /** The unit's own range in the document text (for a list item: the item, not its lead-in). */
  readonly span: Span;
  /** A list item's lead-in ("Leverantören ska:"), when it has one. */
  readonly leadIn?: Span;
  /** What a reader should see as the evidence: lead-in and item, or the row's cells. */
  readonly quote: string;
  readonly norm: NormalText;
  readonly tokens: readonly Token[];
}
