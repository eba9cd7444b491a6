import type { Report } from "../model/report.js";
import type { ReportContext } from "./context.js";
import { formatJson } from "./json.js";
import { formatTerminal } from "./terminal.js";

export type Formatter = (report: Report, ctx: ReportContext) => string;

/** Every output format by name. The keys are the list `--format` accepts. */
export const FORMATTERS = {
  terminal: formatTerminal,
  json: formatJson,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;

export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export const isFormatName = (name: string): name is FormatName => Object.hasOwn(FORMATTERS, name);

export type { ReportContext } from "./context.js";
