import type { Severity, Status } from "./rule.js";

/**
 * The one table that says how a status looks and counts, for every formatter: terminal colour and
 * symbol, SARIF level and JUnit outcome. The verdict (status) is the judge's; the severity is the rule's.
 */
export const STATUS_STYLE: Readonly<Record<Status, { readonly symbol: string; readonly color: "green" | "yellow" | "magenta" | "red"; readonly label: string }>> = {
  present: { symbol: "✓", color: "green", label: "present" },
  weak: { symbol: "~", color: "yellow", label: "weak" },
  negated: { symbol: "⊘", color: "magenta", label: "negated" },
  missing: { symbol: "✗", color: "red", label: "missing" },
};

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

export const SEVERITY_COLOR: Readonly<Record<Severity, "red" | "yellow" | "blue">> = { error: "red", warning: "yellow", info: "blue" };

/** A rule result is a finding when its clause is not present as a binding duty. */
export const isFinding = (status: Status): boolean => status !== "present";

/** SARIF level for a result: a present clause passes, anything else takes the rule's severity. */
export function sarifLevel(status: Status, severity: Severity): "none" | "note" | "warning" | "error" {
  if (!isFinding(status)) return "none";
  return severity === "info" ? "note" : severity;
}
