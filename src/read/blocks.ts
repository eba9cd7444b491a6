import type { Block, BlockKind, Span } from "../model/document.js";
import { MODAL_WORD } from "../text/signals.js";

/** A block before it has a place in the document text: what PDF and DOCX readers produce. */
export interface DraftBlock {
  readonly kind: BlockKind;
  readonly text: string;
  readonly level?: number;
  readonly page?: number;
  /** Table rows: the cell texts. */
  readonly cells?: readonly string[];
  readonly header?: readonly string[];
  /** Where, inside `text`, a new page begins (a paragraph running over a page break). */
  readonly pageBreaks?: readonly { readonly at: number; readonly page: number }[];
}

type Placed = Omit<Block, "trail">;

const CELL_SEPARATOR = " | ";

/**
 * Lays out draft blocks as one text, a blank line between blocks and " | " between table cells,
 * and gives each block its range. Also returns where each page starts.
 */
export function layoutBlocks(drafts: readonly DraftBlock[]): { text: string; blocks: Block[]; pageOffsets: number[] } {
  // Offsets are counted while the pieces are collected and the text is joined once at the end:
  // growing one string and slicing it per block would copy the whole text for every block.
  const parts: string[] = [];
  let length = 0;
  const add = (s: string): void => {
    parts.push(s);
    length += s.length;
  };
  const ranges: { draft: DraftBlock; start: number; end: number; cells?: Span[] }[] = [];
  const pageOffsets: number[] = [];
  for (const draft of drafts) {
    if (length > 0) add("\n\n");
    const start = length;
    if (draft.page !== undefined) {
      while (pageOffsets.length < draft.page) pageOffsets.push(start);
    }
    let cells: Span[] | undefined;
    if (draft.kind === "table-row" && draft.cells) {
      cells = [];
      draft.cells.forEach((cell, k) => {
        if (k > 0) add(CELL_SEPARATOR);
        cells?.push({ start: length, end: length + cell.length });
        add(cell);
      });
    } else {
      add(draft.text);
    }
    for (const brk of draft.pageBreaks ?? []) {
      while (pageOffsets.length < brk.page) pageOffsets.push(start + brk.at);
    }
    ranges.push({ draft, start, end: length, ...(cells ? { cells } : {}) });
  }
  const text = parts.join("");
  const placed: Placed[] = ranges.map(({ draft, start, end, cells }) => ({
    kind: draft.kind,
    text: text.slice(start, end),
    start,
    end,
    ...(draft.page !== undefined ? { page: draft.page } : {}),
    ...(draft.level !== undefined ? { level: draft.level } : {}),
    ...(cells ? { cells } : {}),
    ...(draft.header ? { header: draft.header } : {}),
  }));
  return { text, blocks: withTrails(placed), pageOffsets };
}

/** Gives every block the trail of headings it sits under. */
export function withTrails(blocks: readonly Placed[]): Block[] {
  const stack: { level: number; text: string }[] = [];
  return blocks.map((block) => {
    if (block.kind === "heading") {
      const level = block.level ?? 1;
      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= level) stack.pop();
      const trail = stack.map((h) => h.text);
      stack.push({ level, text: oneLine(block.text) });
      return { ...block, trail };
    }
    return { ...block, trail: stack.map((h) => h.text) };
  });
}

export const oneLine = (text: string): string => text.replace(/\s+/gu, " ").trim();

/**
 * The level of a numbered heading: "6" → 1, "6.3" → 2. AMA AF codes nest one level per digit
 * after the dot: "AFC" → 1, "AFC.5" → 2, "AFC.55" → 3.
 */
export function numberedLevel(heading: string): number | undefined {
  const numbered = /^(\d{1,2}(?:\.\d{1,3}){0,5})\.?\s/u.exec(heading);
  if (numbered?.[1]) return numbered[1].split(".").length;
  const ama = /^(?:[A-Z]{3}\.(\d{1,5})|AF[A-Z])\s/u.exec(heading);
  if (ama) return 1 + (ama[1]?.length ?? 0);
  return undefined;
}

/** A table without marked header cells still usually starts with a row of column names. */
export function guessHeader(rows: readonly (readonly string[])[]): readonly string[] | undefined {
  const first = rows[0];
  if (first === undefined || rows.length < 2) return undefined;
  // "Ska", "Bör", "Ska/Bör" name columns; a modal inside a phrase ("Leverantören ska …") is a row.
  const columnName = (c: string): boolean => c.length <= 40 && !/[.]$/u.test(c) && (!MODAL_WORD.test(c) || c.split(/\s+/u).length <= 2);
  // A requirement matrix often leaves its corner empty: "" | Ska | Bör.
  const named = first.filter((c) => c.trim() !== "");
  return named.length >= 2 && named.length >= first.length - 1 && first.every(columnName) ? first : undefined;
}
