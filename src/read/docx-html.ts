import type { DraftBlock } from "./blocks.js";
import { guessHeader, oneLine } from "./blocks.js";

/**
 * Turns the HTML that mammoth writes into draft blocks. Mammoth's output is a small, well-formed
 * subset (headings, paragraphs, nested lists, tables, inline formatting), so a tag scanner is
 * enough; this is not a general HTML parser.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const clean = (text: string): string => text.replace(/[ \n\r]+/gu, " ").trim();

interface TableState {
  header?: readonly string[];
  rows: string[][];
  inHead: boolean;
  row: string[] | undefined;
  rowIsHeader: boolean;
  cell: string[] | undefined;
}


export function htmlToBlocks(html: string): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  let sink: string[] | undefined; // text being collected for the current heading, paragraph or item
  let heading = 0;
  let listDepth = 0;
  const items: { text: string[]; emitted: boolean }[] = []; // open list items, innermost last
  const tables: TableState[] = [];

  const emitItem = (item: { text: string[]; emitted: boolean }, level: number): void => {
    const text = clean(item.text.join(""));
    if (!item.emitted && text !== "") blocks.push({ kind: "list-item", text, level });
    item.emitted = true;
  };

  // Footnote markers ("[1]") and back-links ("↑") that mammoth adds are links to skip.
  let skipping = false;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*?)(\/?)>|([^<]+)/gu)) {
    const [, closing, rawTag, attributes, selfClosing, text] = m;
    if (rawTag?.toLowerCase() === "a") {
      if (closing === "") skipping = /href="#(?:footnote|endnote)/u.test(attributes ?? "");
      else skipping = false;
      continue;
    }
    if (skipping) continue;
    if (text !== undefined) {
      const decoded = decodeEntities(text);
      const table = tables[tables.length - 1];
      if (table?.cell) table.cell.push(decoded);
      else if (sink) sink.push(decoded);
      else if (items.length > 0) items[items.length - 1]?.text.push(decoded);
      continue;
    }
    const tag = (rawTag ?? "").toLowerCase();
    const open = closing === "";
    if (selfClosing === "/" || tag === "br") {
      if (tag === "br") (tables[tables.length - 1]?.cell ?? sink ?? items[items.length - 1]?.text)?.push(" ");
      continue;
    }
    const table = tables[tables.length - 1];
    switch (tag) {
      case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": {
        if (table?.cell) break;
        if (open) {
          heading = Number(tag.slice(1));
          sink = [];
        } else if (sink) {
          const t = clean(sink.join(""));
          if (t !== "") blocks.push({ kind: "heading", text: t, level: heading });
          sink = undefined;
        }
        break;
      }
      case "p": {
        if (table?.cell) {
          if (!open) table.cell.push(" ");
          break;
        }
        if (items.length > 0) {
          if (!open) items[items.length - 1]?.text.push(" ");
          break;
        }
        if (open) sink = [];
        else if (sink) {
          const t = oneLine(sink.join("").replace(/\t/gu, "\u0000")).replace(/\u0000/gu, "\t");
          if (t.trim() !== "") blocks.push({ kind: "paragraph", text: t.trim() });
          sink = undefined;
        }
        break;
      }
      case "ul": case "ol": {
        if (table?.cell) break;
        if (open) {
          const parent = items[items.length - 1];
          if (parent) emitItem(parent, listDepth);
          listDepth++;
        } else listDepth = Math.max(0, listDepth - 1);
        break;
      }
      case "li": {
        if (table?.cell) break;
        if (open) items.push({ text: [], emitted: false });
        else {
          const item = items.pop();
          if (item) emitItem(item, Math.max(1, listDepth));
        }
        break;
      }
      case "table": {
        if (open) tables.push({ rows: [], inHead: false, rowIsHeader: false, row: undefined, cell: undefined });
        else {
          const done = tables.pop();
          if (done) {
            const header = done.header ?? guessHeader(done.rows);
            const body = done.header === undefined && header !== undefined ? done.rows.slice(1) : done.rows;
            for (const row of body) blocks.push({ kind: "table-row", text: row.join(" | "), cells: row, ...(header ? { header } : {}) });
          }
        }
        break;
      }
      case "thead": {
        if (table) table.inHead = open;
        break;
      }
      case "tr": {
        if (!table) break;
        if (open) {
          table.row = [];
          table.rowIsHeader = true;
        } else if (table.row) {
          const row = table.row;
          if (row.some((c) => c !== "")) {
            if ((table.inHead || table.rowIsHeader) && table.rows.length === 0 && table.header === undefined) table.header = row;
            else table.rows.push(row);
          }
          table.row = undefined;
        }
        break;
      }
      case "td": case "th": {
        if (!table) break;
        if (open) {
          table.cell = [];
          if (tag === "td") table.rowIsHeader = false;
        } else if (table.cell) {
          table.row?.push(clean(table.cell.join("")));
          table.cell = undefined;
        }
        break;
      }
      default:
        break; // inline formatting, links, images: transparent
    }
  }
  return blocks;
}
