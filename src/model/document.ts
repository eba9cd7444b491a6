/** The document model every stage after reading works on. */

export type Format = "pdf" | "docx" | "text" | "markdown";

export type BlockKind = "heading" | "paragraph" | "list-item" | "table-row";

/** A half-open character range [start, end) in a document's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Block extends Span {
  readonly kind: BlockKind;
  /** Always equal to `doc.text.slice(start, end)`. */
  readonly text: string;
  /** 1-based page number; only PDFs have pages. */
  readonly page?: number;
  /** Heading level (1 = top) for headings, nesting depth (1 = top) for list items. */
  readonly level?: number;
  /** The headings this block sits under, outermost first, e.g. ["6 Säkerhet", "6.3 Brandskydd"]. */
  readonly trail: readonly string[];
  /** For table rows: the cells' ranges in the document text. */
  readonly cells?: readonly Span[];
  /** For table rows: the texts of the table's header row, if it has one. */
  readonly header?: readonly string[];
}

export interface SourceDoc {
  /** The path as the user gave it (or as found under a folder the user gave). */
  readonly path: string;
  readonly format: Format;
  /** Page count for PDFs; null for formats without pages. */
  readonly pages: number | null;
  /** The document's text as kravkoll read it; blocks are slices of it. */
  readonly text: string;
  /** For PDFs: the offset in `text` where each page begins (index 0 is page 1). */
  readonly pageOffsets?: readonly number[];
  readonly blocks: readonly Block[];
  /** Things the reader could only partly do, e.g. pages without a text layer. */
  readonly warnings?: readonly string[];
}

/** The index of the last value in ascending `starts` that is at or before `offset` (0 if none is). */
export function lastStartAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** The 1-based page that `offset` falls on, for documents with pages. */
export function pageAt(doc: SourceDoc, offset: number): number | undefined {
  const starts = doc.pageOffsets;
  if (starts === undefined || starts.length === 0) return undefined;
  return lastStartAtOrBefore(starts, offset) + 1;
}
