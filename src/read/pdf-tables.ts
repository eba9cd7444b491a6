import type { DraftBlock } from "./blocks.js";
import { guessHeader, oneLine } from "./blocks.js";
import { joinLine } from "../text/dehyphen.js";
import { TABLE_MARK } from "../text/signals.js";

/**
 * Ruled tables in a PDF. Its text layer prints a table row by row and line by line, so a row whose
 * cells wrap comes out as a column of fragments ("S3 Säkerhetsincidenter" / "som påverkar" / …)
 * with its "X" for the Ska or Bör column somewhere after them. pdf-parse can read the table from
 * the lines drawn around its cells; these functions pick the pages worth asking and put the rows
 * back where the fragments were.
 */

/** A table as pdf-parse gives it: rows of cells, a cell's lines joined by "\n". */
export type PageTable = readonly (readonly string[])[];

/** A table placed among a page's lines: the lines it replaces and the blocks it becomes. */
export interface PlacedTable {
  readonly start: number;
  readonly end: number;
  readonly blocks: readonly DraftBlock[];
  /** The header row its rows were read under, for a table that continues on the next page. */
  readonly header?: readonly string[];
}

const words = (line: string): string[] => oneLine(line).split(" ").filter((w) => w !== "");

/** A line that is only a table's mark or class: "X", "Ja", "Ska", "Bör-krav". */

/** Up to this many pages every page is asked for tables; reading them costs little. */
const ALL_PAGES = 40;

/**
 * The pages worth asking for tables: every page of a short document; in a long one, pages with a
 * run of short lines (text in narrow cells wraps) or a line that is only a mark ("X", "Bör").
 */
export function tableShapedPages(pages: readonly (readonly string[])[], width: number): number[] {
  if (pages.length <= ALL_PAGES) return pages.map((_, i) => i + 1);
  // A document that is mostly table has no full line to measure by: assume an A4 text width.
  const short = Math.max(width, 80) * 0.5;
  return pages.flatMap((lines, i) => {
    let run = 0;
    for (const line of lines) {
      if (TABLE_MARK.test(line.trim())) return [i + 1];
      run = line.trim().length < short ? run + 1 : 0;
      if (run >= 3) return [i + 1];
    }
    return [];
  });
}

/** A cell's text as one line: its wrapped lines joined, words split at a line end mended. */
const cellText = (cell: string): string =>
  cell
    .split("\n")
    .map((l) => oneLine(l))
    .filter((l) => l !== "")
    .reduce((text, line) => (text === "" ? line : joinLine(text, line)), "");

/** Whether a page line is made only of cell lines, side by side: "S1 Leverantören", "X Uppfylls". */
function madeOf(line: string, pieces: ReadonlySet<string>): boolean {
  const w = words(line);
  if (w.length === 0) return false;
  const reachable = new Array<boolean>(w.length + 1).fill(false);
  reachable[0] = true;
  for (let end = 1; end <= w.length; end++) {
    for (let start = end - 1; start >= 0 && !reachable[end]; start--) {
      if (reachable[start] && pieces.has(w.slice(start, end).join(" "))) reachable[end] = true;
    }
  }
  return reachable[w.length] === true;
}

/** The table's rows as blocks; a table with no header row of its own may continue one (`carried`). */
function rowBlocks(table: PageTable, page: number, carried: readonly string[] | undefined): { blocks: DraftBlock[]; header?: readonly string[] } {
  const rows = table.map((row) => row.map(cellText)).filter((row) => row.some((c) => c !== ""));
  const own = guessHeader(rows);
  const header = own ?? (carried !== undefined && rows.every((r) => r.length === carried.length) ? carried : undefined);
  const body = own === undefined ? rows : rows.slice(1);
  return { blocks: body.map((cells) => ({ kind: "table-row", text: cells.join(" | "), cells, page, ...(header ? { header } : {}) })), ...(header ? { header } : {}) };
}

/**
 * Finds where each table's fragments lie among a page's lines (after running headers and footers
 * are gone). A table is placed only where a run of lines holds nearly all of its words; a box
 * drawn around one paragraph is no table and is left alone. A table at the very top of a page
 * without a header row of its own continues the one before (`carried`, the last header seen).
 */
export function placeTables(lines: readonly string[], tables: readonly PageTable[], page: number, carried?: readonly string[]): PlacedTable[] {
  const placed: PlacedTable[] = [];
  let from = 0;
  for (const table of tables) {
    // A header row left alone at the foot of a page heads the rows on the next.
    const lone = table.length === 1 ? guessHeader([table[0] ?? [], []]) : undefined;
    const foot = lines.length - 1;
    if (lone !== undefined && lone.length >= 2 && foot >= from && oneLine(lines[foot] ?? "") === lone.map(oneLine).join(" ")) {
      placed.push({ start: foot, end: foot, blocks: [], header: lone });
      continue;
    }
    if (!table.some((row) => row.filter((c) => c.trim() !== "").length >= 2)) continue;
    const pieces = new Set(table.flatMap((row) => row.flatMap((cell) => cell.split("\n").map(oneLine).filter((l) => l !== ""))));
    const total = table.flat().reduce((n, cell) => n + words(cell).length, 0);
    let best: { start: number; end: number; words: number } | undefined;
    for (let i = from; i < lines.length; i++) {
      if (!madeOf(lines[i] ?? "", pieces)) continue;
      let j = i;
      let count = 0;
      while (j < lines.length && madeOf(lines[j] ?? "", pieces)) count += words(lines[j++] ?? "").length;
      if (best === undefined || count > best.words) best = { start: i, end: j - 1, words: count };
      i = j;
    }
    if (best === undefined || best.end === best.start || best.words < total * 0.8) continue;
    // A header row the table reader left out: the line just above, one short name per column.
    const columns = Math.max(...table.map((row) => row.length));
    const above = best.start > from ? words(lines[best.start - 1] ?? "") : [];
    const headerAbove = guessHeader(table) === undefined && above.length === columns && above.every((w) => w.length <= 20) ? above : undefined;
    const rows = rowBlocks(table, page, headerAbove ?? (best.start === 0 ? carried : undefined));
    placed.push({ start: headerAbove ? best.start - 1 : best.start, end: best.end, ...rows });
    from = best.end + 1;
  }
  return placed;
}
