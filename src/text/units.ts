import type { Block, SourceDoc, Span } from "../model/document.js";
import type { ClauseUnit, NormalText, UnitKind } from "../model/unit.js";
import { joinNormal, normalise } from "./normalise.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokens.js";

const normalSpan = (doc: SourceDoc, span: Span): NormalText => normalise(doc.text.slice(span.start, span.end), span.start);

function makeUnit(doc: SourceDoc, block: Block, kind: UnitKind, span: Span, pieces: readonly Span[], separator: string, leadIn?: Span): ClauseUnit {
  const norm = joinNormal(pieces.map((p) => normalSpan(doc, p)), separator);
  const quote = pieces.map((p) => doc.text.slice(p.start, p.end).replace(/\s+/gu, " ").trim()).join(separator);
  return { doc, block, kind, span, ...(leadIn ? { leadIn } : {}), quote, norm, tokens: tokenize(norm) };
}

/**
 * Whether a sentence leads into the list after it: it ends with a colon, or it stops mid-clause
 * ("Utföraren åtar sig att", "För ramavtalet gäller följande undantag. Leverantören").
 */
const leadsIn = (doc: SourceDoc, span: Span): boolean => !/[.!?]["')]?\s*$/u.test(doc.text.slice(span.start, span.end));

const offset = (base: number, spans: readonly Span[]): Span[] => spans.map((s) => ({ start: base + s.start, end: base + s.end }));

/**
 * Cuts a document into clause units. List items are joined with the sentence that leads into
 * them ("Leverantören ska:", "Utföraren åtar sig att") so that the duty and the item are judged
 * together; nested items take the nearest enclosing item that ends in a colon, or else the
 * list's lead-in.
 */
export function clauseUnits(doc: SourceDoc): ClauseUnit[] {
  const units: ClauseUnit[] = [];
  let listLeadIn: Span | undefined; // last sentence of the paragraph just before a list, if it ends with ":"
  const itemLeadIns: (Span | undefined)[] = []; // by nesting level - 1: an item ending with ":"
  for (const block of doc.blocks) {
    switch (block.kind) {
      case "heading": {
        units.push(makeUnit(doc, block, "heading", block, [block], " "));
        listLeadIn = undefined;
        itemLeadIns.length = 0;
        break;
      }
      case "paragraph": {
        const sentences = offset(block.start, splitSentences(block.text));
        for (const s of sentences) units.push(makeUnit(doc, block, "sentence", s, [s], " "));
        const last = sentences[sentences.length - 1];
        listLeadIn = last && leadsIn(doc, last) ? last : undefined;
        itemLeadIns.length = 0;
        break;
      }
      case "list-item": {
        const level = block.level ?? 1;
        itemLeadIns.length = Math.min(itemLeadIns.length, level - 1);
        const parent = itemLeadIns.findLast((s) => s !== undefined);
        const leadIn = parent ?? listLeadIn;
        for (const s of offset(block.start, splitSentences(block.text))) {
          units.push(makeUnit(doc, block, "list-item", s, leadIn ? [leadIn, s] : [s], " … ", leadIn));
        }
        itemLeadIns[level - 1] = /:\s*$/u.test(block.text) ? block : undefined;
        break;
      }
      case "table-row": {
        const cells = (block.cells ?? [block]).filter((c) => c.end > c.start);
        if (cells.length > 0) units.push(makeUnit(doc, block, "table-row", block, cells, " | "));
        listLeadIn = undefined;
        itemLeadIns.length = 0;
        break;
      }
      default: {
        const never: never = block.kind;
        throw new Error(`unknown block kind ${String(never)}`);
      }
    }
  }
  return units;
}
