import type { Span } from "../model/document.js";
import type { ClauseUnit } from "../model/unit.js";
import type { Frame, Strength } from "./frames.js";

/**
 * Requirement tables classify each row in a column of their own: a cell that says "Ska" or
 * "Bör-krav", or an X under the column headed "Ska" or "Bör". The class is the buyer's own
 * reading of the row, so it decides how strong the row's duty is, whatever verb the row uses
 * ("Leverantören har en kontinuitetsplan" under "Bör" is a wish).
 */
export interface RowClass {
  readonly strength: Extract<Strength, "binding" | "soft">;
  /** As the reader should see it: "Bör", "X under Ska-krav". */
  readonly label: string;
  /** The cell that says it, in document offsets. */
  readonly cell: Span;
}

const BINDING = /^(?:ska|skall|ska-?krav|skall-?krav|obligatorisk[at]?|obligatoriskt krav|grundkrav|minimikrav|kvalificeringskrav)$/iu;
const SOFT = /^(?:bör|bör-?krav|önskemål|önskvärt|meriterande|mervärde|utvärderingskrav|tilldelningskriterium|utvärderingskriterium)$/iu;
const MARK = /^(?:x|✓|✔|✗|●|•|ja)$/iu;

const classOf = (text: string): RowClass["strength"] | undefined => (BINDING.test(text) ? "binding" : SOFT.test(text) ? "soft" : undefined);

/** The class a table row gives itself, when one of its cells (or a mark under a heading) names it. */
export function rowClass(unit: Pick<ClauseUnit, "kind" | "block" | "doc">): RowClass | undefined {
  if (unit.kind !== "table-row") return undefined;
  const { cells, header } = unit.block;
  if (cells === undefined) return undefined;
  let found: RowClass | undefined;
  for (const [i, cell] of cells.entries()) {
    const text = unit.doc.text.slice(cell.start, cell.end).trim();
    if (text === "") continue;
    const own = classOf(text);
    const column = header?.[i]?.trim() ?? "";
    const marked = own === undefined && MARK.test(text) ? classOf(column) : undefined;
    const strength = own ?? marked;
    if (strength === undefined) continue;
    // Two classes in one row ("X" under both, or "Ska" and "Bör"): the row does not say.
    if (found !== undefined && found.strength !== strength) return undefined;
    found ??= { strength, label: own !== undefined ? text : `${text} under ${column}`, cell };
  }
  return found;
}

/**
 * The row's frames with its class applied: the class cell's own word ("Ska", "Bör") is no frame
 * of its own; under "Bör" every duty is soft; a row with no duty word binds (or wishes) as its
 * class says, with no party named.
 */
export function withRowClass(unit: Pick<ClauseUnit, "kind" | "block" | "doc" | "norm" | "tokens">, frames: readonly Frame[]): readonly Frame[] {
  const row = rowClass(unit);
  if (row === undefined) return frames;
  const inClassCell = (f: Frame): boolean => {
    const token = unit.tokens[f.cue];
    const at = token === undefined ? -1 : (unit.norm.map[token.start] ?? -1);
    return at >= row.cell.start && at < row.cell.end;
  };
  const own = frames.filter((f) => !inClassCell(f));
  if (own.length === 0) {
    return [{ cue: 0, cueText: row.label, scopeStart: 0, strength: row.strength, actor: "implicit", passive: false }];
  }
  if (row.strength === "binding") return own;
  return own.map((f) => (f.strength === "soft" || f.negation !== undefined ? f : { ...f, strength: "soft", cueText: row.label }));
}
