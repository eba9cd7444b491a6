import { joinLine } from "../text/dehyphen.js";
import { isRunningText, PAGE_NUMBER, RUNS_ON, TABLE_CLASS, TOC_LINE } from "../text/signals.js";
import type { DraftBlock } from "./blocks.js";
import type { PageTable } from "./pdf-tables.js";
import { placeTables } from "./pdf-tables.js";
import { numberedLevel } from "./blocks.js";

/**
 * Rebuilds blocks from the text lines a PDF gives page by page: drops running headers and
 * footers, joins lines into paragraphs, repairs words hyphenated at a line end, and recognises
 * numbered headings, list items and table-of-contents lines. PDFs carry no structure, so these
 * are heuristics tuned to how Word and similar tools print tender documents.
 */

interface Line {
  readonly text: string;
  readonly page: number;
  /** The rows of a ruled table that stood here (its fragments are dropped). */
  readonly table?: readonly DraftBlock[];
}

const ZONE = 3; // lines at the top and bottom of a page where running headers and footers live

/** A line's shape with its numbers blanked, so "Sida 2 (5)" and "Sida 3 (5)" compare equal. */
const shape = (line: string): string => line.trim().toLocaleLowerCase("sv").replace(/\d+/gu, "#").replace(/\s+/gu, " ");


/** Removes lines that repeat at the top or bottom of most pages, and bare page numbers there. */
export function dropRunningLines(pages: readonly (readonly string[])[]): string[][] {
  const counts = new Map<string, number>();
  const zoneOf = (lines: readonly string[]): Set<number> => {
    const zone = new Set<number>();
    for (let i = 0; i < Math.min(ZONE, lines.length); i++) zone.add(i);
    for (let i = Math.max(0, lines.length - ZONE); i < lines.length; i++) zone.add(i);
    return zone;
  };
  for (const lines of pages) {
    const seen = new Set<string>();
    for (const i of zoneOf(lines)) seen.add(shape(lines[i] ?? ""));
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pages.length * 0.5));
  return pages.map((lines) => {
    const zone = zoneOf(lines);
    return lines.filter((line, i) => {
      if (!zone.has(i)) return true;
      const key = shape(line);
      if (PAGE_NUMBER.test(key)) return false;
      return pages.length < 2 || (counts.get(key) ?? 0) < threshold;
    });
  });
}

const BULLET = /^([•·▪◦●○■□➢►✓\-–*]|\d{1,2}[.)]|[a-zåäö][.)])\s+(?=\S)/u;
const SECONDARY_BULLET = /^[◦○\-–*o]|^[a-zåäö][.)]/u;
const ENDS_SENTENCE = /[.!?:;]["')\]]?$/u;
const STARTS_UPPER = /^["'(]?[\p{Lu}\d]/u;

/**
 * Whether the line `previous` ends its block before `next`: sentence punctuation on a short line or
 * before a capital, or a short unpunctuated line (a table row, a caption) before a capital.
 */
function endsBlock(previous: string, next: string, width: number): boolean {
  if (ENDS_SENTENCE.test(previous)) return previous.length < width * 0.85 || STARTS_UPPER.test(next);
  // A line that stops on a comma or a word that needs a continuation runs on, short or not
  // ("… ska rapporteras i" / "Regionens avvikelsesystem").
  if (RUNS_ON.test(previous)) return false;
  return previous.length < width * 0.7 && STARTS_UPPER.test(next);
}



/** The line length that a full line of body text has: the 90th percentile. */
function fullWidth(lines: readonly string[]): number {
  const lengths = lines.map((l) => l.length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 80;
}

/** A page's lines without running headers and footers, and the body text's full line width. */
export function pageLines(pageTexts: readonly string[]): { pages: string[][]; width: number } {
  const pages = dropRunningLines(pageTexts.map((t) => t.split("\n").map((l) => l.replace(/\t+/gu, " ").trim()).filter((l) => l !== "")));
  return { pages, width: fullWidth(pages.flat()) };
}

/**
 * Blocks from a PDF's pages. `tables` holds, by page (index 0 is page 1), the ruled tables read
 * from it; their rows replace the fragments the text layer gave for them.
 */
export function pagesToBlocks(pageTexts: readonly string[], tables: readonly (readonly PageTable[] | undefined)[] = []): DraftBlock[] {
  const { pages, width } = pageLines(pageTexts);
  let header: readonly string[] | undefined;
  const lines: Line[] = pages.flatMap((ls, i) => {
    const placed = placeTables(ls, tables[i] ?? [], i + 1, header);
    const last = placed[placed.length - 1];
    // Only a table that runs to the foot of the page can go on over the next.
    if (last !== undefined) header = last.end === ls.length - 1 ? last.header : undefined;
    else if (ls.length > 0) header = undefined;
    return ls.flatMap((text, k): Line[] => {
      const table = placed.find((t) => t.start <= k && k <= t.end);
      if (table === undefined) return [{ text, page: i + 1 }];
      return k === table.start ? [{ text, page: i + 1, table: table.blocks }] : [];
    });
  });
  const blocks: DraftBlock[] = [];
  let open: { kind: "paragraph" | "list-item"; text: string; last: string; page: number; level?: number; breaks: { at: number; page: number }[] } | undefined;
  let lastHeadingLevel = 0;
  let lastHeadingNumbered = false;

  const flush = (): void => {
    if (open) blocks.push({ kind: open.kind, text: open.text, page: open.page, ...(open.level ? { level: open.level } : {}), ...(open.breaks.length > 0 ? { pageBreaks: open.breaks } : {}) });
    open = undefined;
  };
  const previousEnded = (): boolean => open === undefined || ENDS_SENTENCE.test(open.text);

  lines.forEach((line, i) => {
    const text = line.text;
    const next = lines[i + 1]?.text ?? "";
    if (line.table) {
      flush();
      blocks.push(...line.table);
      return;
    }
    if (TOC_LINE.test(text)) {
      flush();
      blocks.push({ kind: "paragraph", text, page: line.page });
      return;
    }
    // A requirement table's type column ("Ska", "Bör-krav") printed on its own line belongs to the row.
    if (open && TABLE_CLASS.test(text)) {
      open.text = `${open.text} | ${text}`;
      open.last = text;
      return;
    }
    const numbered = numberedLevel(text);
    const headingShape = text.length <= 100 && !/[.,;:]$/u.test(text) && !isRunningText(text);
    // A numbered line is a heading after a finished sentence, or when it is too short to be running
    // text; never when it fills the line and the sentence runs on in lower case.
    const runsOn = text.length >= width * 0.85 || /^\p{Ll}/u.test(next);
    if (numbered !== undefined && headingShape && !runsOn && /^\S+\s+["'(]?\p{Lu}/u.test(text) && (previousEnded() || text.length < width * 0.7)) {
      flush();
      blocks.push({ kind: "heading", text, page: line.page, level: numbered });
      lastHeadingLevel = numbered;
      lastHeadingNumbered = true;
      return;
    }
    const bullet = BULLET.exec(text);
    if (bullet) {
      flush();
      const item = text.slice(bullet[0].length);
      open = { kind: "list-item", text: item, last: item, page: line.page, level: SECONDARY_BULLET.test(bullet[1] ?? "") ? 2 : 1, breaks: [] };
      return;
    }
    const shortLine = text.length < width * 0.6 && text.split(/\s+/u).length <= 8;
    if (headingShape && previousEnded() && shortLine && /^\p{Lu}/u.test(text) && (next === "" || STARTS_UPPER.test(next) || BULLET.test(next))) {
      flush();
      // Below a numbered heading, or directly below another heading, an unnumbered heading is a
      // subheading ("Revisionshistorik" › "Version Datum Ändring"); otherwise a sibling.
      const underHeading = blocks[blocks.length - 1]?.kind === "heading";
      const level = lastHeadingNumbered || underHeading ? lastHeadingLevel + 1 : Math.max(1, lastHeadingLevel);
      blocks.push({ kind: "heading", text, page: line.page, level });
      lastHeadingLevel = level;
      lastHeadingNumbered = false;
      return;
    }
    if (open && !endsBlock(open.last, text, width)) {
      const lastPage = open.breaks[open.breaks.length - 1]?.page ?? open.page;
      const joined = joinLine(open.text, text);
      if (line.page !== lastPage) open.breaks.push({ at: joined.length - text.length, page: line.page });
      open.text = joined;
      open.last = text;
      return;
    }
    flush();
    open = { kind: "paragraph", text, last: text, page: line.page, breaks: [] };
  });
  flush();
  return blocks;
}
