import type { Span } from "../../model/document.js";
import type { LanguagePack, Strength } from "../../model/language.js";
import type { ClauseUnit } from "../../model/unit.js";
import type { Frame } from "../cues.js";
import type { Modifier } from "./index.js";

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

const fold = (s: string, pack: LanguagePack): string => s.trim().toLocaleLowerCase(pack.locale).replace(/\s+/gu, " ");

function classOf(text: string, pack: LanguagePack): RowClass["strength"] | undefined {
  const t = fold(text, pack);
  const bare = t.replace(/-/gu, "");
  const has = (list: readonly string[]): boolean => list.some((w) => w === t || w.replace(/-/gu, "") === bare);
  return has(pack.table.binding) ? "binding" : has(pack.table.soft) ? "soft" : undefined;
}

/** The class a table row gives itself, when one of its cells (or a mark under a heading) names it. */
export function rowClass(unit: Pick<ClauseUnit, "kind" | "block" | "doc">, pack: LanguagePack): RowClass | undefined {
  if (unit.kind !== "table-row") return undefined;
  const { cells, header } = unit.block;
  if (cells === undefined) return undefined;
  const marks = [...pack.table.marks, ...pack.context.yes];
  let found: RowClass | undefined;
  for (const [i, cell] of cells.entries()) {
    const text = unit.doc.text.slice(cell.start, cell.end).trim();
    if (text === "") continue;
    const own = classOf(text, pack);
    const column = header?.[i]?.trim() ?? "";
    const marked = own === undefined && marks.includes(fold(text, pack)) ? classOf(column, pack) : undefined;
    const strength = own ?? marked;
    if (strength === undefined) continue;
    // Two classes in one row ("X" under both, or "Ska" and "Bör"): the row does not say.
    if (found !== undefined && found.strength !== strength) return undefined;
    found ??= { strength, label: own !== undefined ? text : `${text} · ${column}`, cell };
  }
  return found;
}

/**
 * The row's class applied: the class cell's own word ("Ska", "Bör") is no frame of its own; under
 * "Bör" every duty is soft; and the row as a whole binds (or wishes) as its class says, for the
 * cells that have no duty word of their own.
 */
export const withRowClass: Modifier = (reading, ctx) => {
  const row = rowClass(ctx.unit, ctx.pack);
  if (row === undefined) return reading;
  const inClassCell = (f: Frame): boolean => {
    const token = ctx.unit.tokens[f.cue];
    const at = token === undefined ? -1 : (ctx.unit.norm.map[token.start] ?? -1);
    return at >= row.cell.start && at < row.cell.end;
  };
  const soften = (f: Frame): Frame => (row.strength === "binding" || f.strength === "soft" || f.negation !== undefined ? f : { ...f, strength: "soft", cueText: row.label });
  const frames = reading.frames.map((f) => (inClassCell(f) ? undefined : soften(f)));
  const kept: Frame[] = [];
  const frameOf = reading.frameOf.map((k) => {
    const f = k >= 0 ? frames[k] : undefined;
    if (f === undefined) return -1;
    kept.push(f);
    return kept.length - 1;
  });
  const unitFrame: Frame = { clause: -1, row: "row-class", cue: 0, cueText: row.label, strength: row.strength, slot: "none", passive: false, negation: undefined, softener: undefined, bearer: { side: "implicit", via: "none" } };
  return { ...reading, frames: kept, frameOf, unitFrame };
};

/** The class a section's heading gives every passage under it: "5.4 Bör-krav", "Ska-krav". */
export function sectionClass(unit: Pick<ClauseUnit, "block">, pack: LanguagePack): RowClass | undefined {
  const heading = unit.block.trail.at(-1);
  if (heading === undefined) return undefined;
  const bare = heading.replace(/^[\p{Lu}]{0,4}[\d.]*\s*/u, "").split(/\s+[-–:]\s+/u).at(-1) ?? "";
  const strength = classOf(bare, pack);
  return strength === undefined ? undefined : { strength, label: heading, cell: { start: 0, end: 0 } };
}

/** A section headed by a requirement class: under "Bör-krav" every duty is a wish, and a passage with no duty word binds or wishes as the heading says. */
export const withSectionClass: Modifier = (reading, ctx) => {
  if (ctx.unit.kind === "heading") return reading;
  const section = sectionClass(ctx.unit, ctx.pack);
  if (section === undefined) return reading;
  const soften = (f: Frame): Frame => (section.strength === "binding" || f.strength === "soft" || f.negation !== undefined ? f : { ...f, strength: "soft", cueText: section.label });
  const unitFrame: Frame = { clause: -1, row: "section-class", cue: 0, cueText: section.label, strength: section.strength, slot: "none", passive: false, negation: undefined, softener: undefined, bearer: { side: "implicit", via: "none" } };
  return { ...reading, frames: reading.frames.map(soften), unitFrame: reading.unitFrame ?? unitFrame };
};
