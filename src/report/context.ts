/** What a formatter may know about the world; it never looks for itself. */
export interface ReportContext {
  readonly color: boolean;
  /** Language for rule titles and suggested clauses. */
  readonly lang: "sv" | "en";
  /** Show every passage and every reason. */
  readonly verbose: boolean;
  /** Terminal width for wrapping suggested clauses. */
  readonly width: number;
}

export const localize = (text: { readonly sv: string; readonly en?: string }, lang: "sv" | "en"): string => (lang === "en" ? (text.en ?? text.sv) : text.sv);
