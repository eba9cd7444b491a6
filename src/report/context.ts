import type { Message } from "../messages/catalogue.js";
import { formatMessage } from "../messages/catalogue.js";
import type { FailOn } from "../model/presentation.js";
import type { Evidence } from "../model/report.js";

/** What a formatter may know about the world; it never looks for itself. */
export interface ReportContext {
  readonly color: boolean;
  /** Language for rule titles and suggested clauses. */
  readonly lang: "sv" | "en";
  /** Show every passage and every reason. */
  readonly verbose: boolean;
  /** Terminal width for wrapping suggested clauses. */
  readonly width: number;
  /** The lowest severity that fails the run, so the summary says what the exit code says. */
  readonly failOn: FailOn;
}

export const localize = (text: { readonly sv: string; readonly en?: string }, lang: "sv" | "en"): string => (lang === "en" ? (text.en ?? text.sv) : text.sv);

/** A message of the catalogue in the reader's language. */
export const say = (m: Message, lang: "sv" | "en"): string => formatMessage(m, lang);

/** Evidence as JSON shows it: each reason with its message id and its words. */
export const evidenceJson = (ev: Evidence, lang: "sv" | "en") => ({ ...ev, reasons: ev.reasons.map((m) => ({ id: m.id, text: formatMessage(m, lang) })) });
