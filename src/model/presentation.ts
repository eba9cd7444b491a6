import type { Severity, Status } from "./rule.js";

/**
 * How a status looks, for every formatter, and what fails a run. The verdict (status) is the
 * judge's; the severity is the rule's.
 */
export const STATUS_STYLE: Readonly<Record<Status, { readonly symbol: string; readonly color: "green" | "yellow" | "magenta" | "red"; readonly label: string }>> = {
  present: { symbol: "✓", color: "green", label: "present" },
  weak: { symbol: "~", color: "yellow", label: "weak" },
  negated: { symbol: "⊘", color: "magenta", label: "negated" },
  missing: { symbol: "✗", color: "red", label: "missing" },
};

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

export const SEVERITY_COLOR: Readonly<Record<Severity, "red" | "yellow" | "blue">> = { error: "red", warning: "yellow", info: "blue" };

/** The lowest severity that fails a run, or never. */
export type FailOn = Severity | "never";

/** The one rule for what fails a run: a clause not present, of a severity at or above `failOn`. */
export function isFinding(result: { readonly status: Status; readonly severity: Severity }, failOn: FailOn): boolean {
  return failOn !== "never" && result.status !== "present" && SEVERITY_RANK[result.severity] >= SEVERITY_RANK[failOn];
}
