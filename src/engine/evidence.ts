import type { SourceDoc } from "../model/document.js";
import { lastStartAtOrBefore, pageAt } from "../model/document.js";
import type { Evidence } from "../model/report.js";
import type { Finding } from "../judge/judge.js";

/** Offsets where each line of a document's text starts, for 1-based line and column numbers. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

export function lineColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  const index = lastStartAtOrBefore(starts, offset);
  return { line: index + 1, column: offset - (starts[index] ?? 0) + 1 };
}

/** The section a passage sits under: its nearest heading, or the heading itself. */
export function sectionOf(finding: Pick<Finding, "unit">): string | null {
  const { unit } = finding;
  if (unit.kind === "heading") return unit.quote;
  return unit.block.trail[unit.block.trail.length - 1] ?? null;
}

export function toEvidence(finding: Finding, doc: SourceDoc, starts: readonly number[]): Evidence {
  const span = finding.unit.leadIn ?? finding.unit.span;
  const { line, column } = lineColumn(starts, span.start);
  return {
    document: doc.path,
    page: pageAt(doc, finding.unit.span.start) ?? null,
    section: sectionOf(finding),
    text: finding.unit.quote,
    start: span.start,
    end: finding.unit.span.end,
    line,
    column,
    reasons: finding.reasons,
  };
}
