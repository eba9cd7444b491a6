import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { SourceDoc } from "../model/document.js";
import type { KravError } from "../model/error.js";
import { kravError } from "../model/error.js";
import { compareStrings } from "../model/compare.js";
import { SEVERITY_RANK } from "../model/presentation.js";
import type { Report, ReportError } from "../model/report.js";
import type { Rulebook } from "../model/rule.js";
import { checkUnit, DEFAULT_CHECK } from "../engine/check.js";
import { prepareRules } from "../engine/prepare.js";
import { readDocument } from "../engine/read.js";
import { FORMATTERS } from "../report/index.js";
import { collectInputs } from "./inputs.js";
import type { Io } from "./io.js";
import type { CheckOptions, FailOn } from "./options.js";
import { toolVersion } from "./package-info.js";
import { renderErrors } from "./render-errors.js";
import { checkProfiles, loadRulebooksForRun } from "./rulebooks.js";

export const EXIT = { clean: 0, findings: 1, failure: 2 } as const;

export const toReportError = (e: KravError): ReportError => ({
  path: e.file ?? null,
  code: e.code,
  message: e.message,
  hint: e.hint ?? null,
  line: e.place?.line ?? null,
  column: e.place?.column ?? null,
});

/** The name of a bundle: the folder or file when one was given, else all the paths given. */
export const bundleName = (paths: readonly string[]): string => (paths.length === 1 ? (paths[0] ?? "") : paths.join(", "));

export function hasFindings(report: Report, failOn: FailOn): boolean {
  if (failOn === "never") return false;
  const threshold = SEVERITY_RANK[failOn];
  return report.units.some((u) => u.results.some((r) => r.status !== "present" && SEVERITY_RANK[r.severity] >= threshold));
}

export function rulebookInfo(books: readonly Rulebook[]): Report["rulebooks"] {
  return books.map((b) => ({ id: b.id, version: b.version, title: b.title, file: b.file }));
}

/** Reads every input; documents that cannot be read become errors, the rest are returned. */
export async function readInputs(paths: readonly string[], io: Io, password: string | undefined): Promise<{ docs: SourceDoc[]; errors: KravError[]; skipped: Report["skipped"] }> {
  const inputs = collectInputs(paths, io.cwd);
  const docs: SourceDoc[] = [];
  const errors = [...inputs.errors];
  for (const file of inputs.files) {
    const read = await readDocument(file.path, file.bytes, password !== undefined ? { password } : {});
    if (read.ok) docs.push(read.value);
    else errors.push(...read.errors);
  }
  // Errors in path order, wherever they arose (opening a zip, reading a document).
  errors.sort((a, b) => compareStrings(a.file ?? "", b.file ?? "") || compareStrings(a.code, b.code));
  return { docs, errors, skipped: inputs.skipped };
}

export function writeOutput(text: string, options: Pick<CheckOptions, "outputFile">, io: Io): KravError | undefined {
  if (options.outputFile === undefined) {
    io.stdout(text);
    return undefined;
  }
  try {
    writeFileSync(resolve(io.cwd, options.outputFile), text);
    return undefined;
  } catch (error) {
    return kravError("KRV-U001", `cannot write the report: ${(error as Error).message}`, { file: options.outputFile });
  }
}

/** `kravkoll check`: the exit code is 0 clean, 1 findings at or above --fail-on, 2 the check could not be done. */
export async function runCheck(paths: readonly string[], options: CheckOptions, io: Io): Promise<number> {
  const stderrColor = options.color;
  const books = loadRulebooksForRun(options.rules, io.cwd, options.params);
  if (!books.ok) {
    io.stderr(renderErrors(books.errors, stderrColor));
    return EXIT.failure;
  }
  const profiles = checkProfiles(books.value, options.profiles);
  if (!profiles.ok) {
    io.stderr(renderErrors(profiles.errors, stderrColor));
    return EXIT.failure;
  }
  const prepared = prepareRules(books.value);
  const { docs, errors, skipped } = await readInputs(paths, io, options.password);
  const unitOptions = { ...DEFAULT_CHECK, profiles: options.profiles };
  const units = options.each ? docs.map((doc) => checkUnit(doc.path, [doc], prepared, unitOptions)) : docs.length > 0 ? [checkUnit(bundleName(paths), docs, prepared, unitOptions)] : [];
  const report: Report = {
    tool: { name: "kravkoll", version: toolVersion() },
    rulebooks: rulebookInfo(books.value),
    units,
    skipped,
    errors: errors.map(toReportError),
  };
  if (errors.length > 0) io.stderr(renderErrors(errors, stderrColor));
  const ctx = { color: options.color, lang: options.lang, verbose: options.verbose, width: Math.max(60, Math.min(120, io.columns ?? 100)) };
  const writeError = writeOutput(FORMATTERS[options.format](report, ctx), options, io);
  if (writeError) {
    io.stderr(renderErrors([writeError], stderrColor));
    return EXIT.failure;
  }
  if (errors.length > 0) return EXIT.failure;
  return hasFindings(report, options.failOn) ? EXIT.findings : EXIT.clean;
}
