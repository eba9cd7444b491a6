import type { Block, Format, Span } from "../model/document.js";
import { fail, kravError, ok } from "../model/error.js";
import { numberedLevel, withTrails } from "./blocks.js";
import { MODAL_WORD, TOC_LINE } from "../text/signals.js";
import { binaryKind, decodeText, unixLines } from "./decode.js";
import type { Reader } from "./types.js";

type Placed = Omit<Block, "trail">;

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const BULLET = /^([ \t]*)(?:[-*+•–·▪◦]|\d{1,3}[.)]|[a-zåäö][.)])[ \t]+(?=\S)/u;
const MD_HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/u;
const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/u;
const TABLE_RULE = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/u;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split("\n")) {
    lines.push({ start, end: start + part.length, text: part });
    start += part.length + 1;
  }
  return lines;
}

/** The range of `line` without leading and trailing white space, starting at `from` characters in. */
function trimmed(line: Line, from = 0): Span {
  const lead = /^\s*/u.exec(line.text.slice(from))?.[0].length ?? 0;
  const trail = /\s*$/u.exec(line.text)?.[0].length ?? 0;
  return { start: line.start + from + lead, end: Math.max(line.start + from + lead, line.end - trail) };
}

const blank = (line: Line | undefined): boolean => line === undefined || line.text.trim() === "";


/**
 * A numbered line standing alone in plain text, such as "6.3 Brandskydd": a blank line before and
 * after, no full stop, no modal verb (a numbered clause "4.1 Leverantören ska …" is not a heading)
 * and no table-of-contents page number.
 */
function isNumberedHeading(line: Line, previous: Line | undefined, next: Line | undefined): boolean {
  const text = line.text.trim();
  if (text.length > 100 || /[.,;:]$/u.test(text) || MODAL_WORD.test(text) || TOC_LINE.test(text)) return false;
  if (numberedLevel(text) === undefined) return false;
  if (!/^\S+\s+["'(]?\p{Lu}/u.test(text)) return false;
  return blank(previous) && blank(next);
}

/** A short capitalised line standing alone, such as "Bakgrund" or "SÄKERHETSKRAV". */
function isPlainHeading(line: Line, previous: Line | undefined, next: Line | undefined): boolean {
  const text = line.text.trim();
  if (!blank(previous) || !blank(next) || text.length > 60 || /[.,;:!?]$/u.test(text) || MODAL_WORD.test(text)) return false;
  // "Ändring 4 – Avvikelser och händelser i vården": a heading, if short, capitalised and on its own.
  return /^\p{Lu}/u.test(text) && text.split(/\s+/u).length <= 9 && !/^[-*+•]/u.test(text);
}

function tableCells(line: Line): Span[] {
  const cells: Span[] = [];
  const text = line.text;
  const first = text.indexOf("|");
  const last = text.lastIndexOf("|");
  let at = first + 1;
  while (at <= last) {
    let next = text.indexOf("|", at);
    while (next > 0 && text[next - 1] === "\\") next = text.indexOf("|", next + 1);
    if (next < 0) break;
    const raw = text.slice(at, next);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    cells.push({ start: line.start + at + lead, end: line.start + at + lead + body.length });
    at = next + 1;
  }
  return cells;
}

/** Plain text and Markdown: blank lines end paragraphs; headings, lists and pipe tables are recognised. */
export function parseText(text: string, format: Format): Placed[] {
  const lines = splitLines(text);
  const blocks: Placed[] = [];
  let open: { kind: "paragraph" | "list-item"; start: number; end: number; level?: number } | undefined;
  let table: { header?: readonly string[]; rows: Placed[] } | undefined;
  let lastNumbered = 0;

  const flush = (): void => {
    if (open && open.end > open.start) {
      blocks.push({ kind: open.kind, text: text.slice(open.start, open.end), start: open.start, end: open.end, ...(open.level ? { level: open.level } : {}) });
    }
    open = undefined;
  };
  const flushTable = (): void => {
    if (table) for (const row of table.rows) blocks.push(table.header ? { ...row, header: table.header } : row);
    table = undefined;
  };

  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (blank(line)) {
      flush();
      flushTable();
      return;
    }
    if (TABLE_ROW.test(line.text)) {
      flush();
      table ??= { rows: [] };
      if (TABLE_RULE.test(line.text)) {
        const head = table.rows.pop();
        if (head?.cells) table.header = head.cells.map((c) => text.slice(c.start, c.end));
        return;
      }
      const cells = tableCells(line);
      const span = trimmed(line);
      table.rows.push({ kind: "table-row", text: text.slice(span.start, span.end), ...span, cells });
      return;
    }
    flushTable();
    const md = format === "markdown" || line.text.startsWith("#") ? MD_HEADING.exec(line.text) : null;
    if (md) {
      flush();
      const hashes = md[1] ?? "#";
      const title = md[2] ?? "";
      if (title === "") return;
      const start = line.start + line.text.indexOf(title, line.text.indexOf(hashes) + hashes.length);
      blocks.push({ kind: "heading", text: title, start, end: start + title.length, level: hashes.length });
      return;
    }
    // Setext headings: a single line underlined with === or ---.
    if (format === "markdown" && open?.kind === "paragraph" && /^[ \t]*(=+|-+)[ \t]*$/u.test(line.text) && !text.slice(open.start, open.end).includes("\n")) {
      const level = line.text.trim().startsWith("=") ? 1 : 2;
      blocks.push({ kind: "heading", text: text.slice(open.start, open.end), start: open.start, end: open.end, level });
      open = undefined;
      return;
    }
    if (format === "text" && open === undefined && isNumberedHeading(line, previous, lines[i + 1])) {
      const span = trimmed(line);
      const heading = text.slice(span.start, span.end);
      const level = numberedLevel(heading) ?? 1;
      blocks.push({ kind: "heading", text: heading, ...span, level });
      lastNumbered = level;
      return;
    }
    if (format === "text" && open === undefined && isPlainHeading(line, previous, lines[i + 1])) {
      // An unnumbered heading sits below the last numbered one ("6 Säkerhet" › "Brandskydd").
      const span = trimmed(line);
      blocks.push({ kind: "heading", text: text.slice(span.start, span.end), ...span, level: lastNumbered + 1 });
      return;
    }
    const bullet = BULLET.exec(line.text);
    if (bullet) {
      flush();
      const indent = (bullet[1] ?? "").replace(/\t/gu, "    ").length;
      const span = trimmed(line, bullet[0].length);
      open = { kind: "list-item", ...span, level: 1 + Math.floor(indent / 2) };
      return;
    }
    const span = trimmed(line);
    if (open) open.end = span.end;
    else open = { kind: "paragraph", ...span };
  });
  flush();
  flushTable();
  return blocks;
}

export function textReader(format: Format): Reader {
  return async (bytes, path) => {
    if (bytes.length === 0) return fail(kravError("KRV-D002", "the file is empty", { file: path }));
    const decoded = decodeText(bytes);
    const kind = binaryKind(bytes, decoded);
    if (kind !== undefined) {
      return fail(kravError("KRV-D013", `not a text file: its content is ${kind}`, { file: path, hint: "give the file its right extension (.pdf, .docx) or save it as text" }));
    }
    const text = unixLines(decoded);
    const blocks = withTrails(parseText(text, format));
    if (blocks.length === 0) return fail(kravError("KRV-D009", "the file holds no text", { file: path }));
    return ok({ path, format, pages: null, text, blocks });
  };
}
