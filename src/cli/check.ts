import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { SourceDoc } from "../model/document.js";
import type { KravError } from "../model/error.js";
import { kravError } from "../model/error.js";
import { compareStrings } from "../model/compare.js";
import type { FailOn } from "../model/presentation.js";
import { isFinding } from "../model/presentation.js";
import type { Report, ReportError, Skipped, UnitResult } from "../model/report.js";
import type { Rulebook } from "../model/rule.js";
import type { UnitOptions } from "../engine/check.js";
import { checkUnit, DEFAULT_CHECK } from "../engine/check.js";
import type { PreparedRules } from "../engine/prepare.js";
import { prepareRules } from "../engine/prepare.js";
import { readDocument } from "../engine/read.js";
import type { ReportContext } from "../report/index.js";
import { FORMATTERS } from "../report/index.js";
import { collectInputs } from "./inputs.js";
import type { Io } from "./io.js";
import { textWidth } from "./io.js";
import type { CheckOptions } from "./options.js";
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

export const hasFindings = (report: Report, failOn: FailOn): boolean => report.units.some((u) => u.results.some((r) => isFinding(r, failOn)));

export function rulebookInfo(books: readonly Rulebook[]): Report["rulebooks"] {
  return books.map((b) => ({ id: b.id, version: b.version, title: b.title, file: b.file }));
}

export const reportContext = (options: CheckOptions, io: Io, verbose = options.verbose): ReportContext => ({
  color: options.color,
  lang: options.lang,
  verbose,
  width: textWidth(io),
  failOn: options.failOn,
});

/** Everything a command that judges documents needs: rulebooks loaded and checked, documents read. */
export interface Run {
  readonly books: readonly Rulebook[];
  readonly prepared: PreparedRules;
  readonly docs: readonly SourceDoc[];
  readonly errors: readonly KravError[];
  readonly skipped: readonly Skipped[];
}

/**
 * Loads the rulebooks (before reading any document: a bad rulebook stops the run) and reads the
 * inputs. Returns an exit code when the run cannot start.
 */
export async function startRun(paths: readonly string[], options: CheckOptions, io: Io): Promise<Run | number> {
  const books = loadRulebooksForRun(options.rules, io.cwd, options.params, options.strictParams);
  const profiles = books.ok ? checkProfiles(books.value, options.profiles) : books;
  if (!books.ok || !profiles.ok) {
    io.stderr(renderErrors(books.ok ? (profiles.ok ? [] : profiles.errors) : books.errors, options.errorColor));
    return EXIT.failure;
  }
  // Never read the report this run is about to write (it quotes clauses).
  const exclude = options.outputFile !== undefined ? [resolve(io.cwd, options.outputFile)] : [];
  const inputs = collectInputs(paths, io.cwd, exclude);
  const docs: SourceDoc[] = [];
  const errors = [...inputs.errors];
  for (const file of inputs.files) {
    const read = await readDocument(file.path, file.bytes, options.password !== undefined ? { password: options.password } : {});
    if (read.ok) docs.push(read.value);
    else errors.push(...read.errors);
  }
  // Errors in path order, wherever they arose (opening a zip, reading a document).
  errors.sort((a, b) => compareStrings(a.file ?? "", b.file ?? "") || compareStrings(a.code, b.code));
  if (errors.length > 0) io.stderr(renderErrors(errors, options.errorColor));
  return { books: books.value, prepared: prepareRules(books.value), docs, errors, skipped: inputs.skipped };
}

/** One unit per document with --each, else one bundle of all of them. */
export function judgeUnits(run: Run, paths: readonly string[], options: CheckOptions, unit: Partial<UnitOptions> = {}): UnitResult[] {
  const unitOptions: UnitOptions = { ...DEFAULT_CHECK, profiles: options.profiles, ...unit };
  if (options.each) return run.docs.map((doc) => checkUnit(doc.path, [doc], run.prepared, unitOptions));
  return run.docs.length > 0 ? [checkUnit(bundleName(paths), run.docs, run.prepared, unitOptions)] : [];
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
  const run = await startRun(paths, options, io);
  if (typeof run === "number") return run;
  const report: Report = {
    tool: { name: "kravkoll", version: toolVersion() },
    rulebooks: rulebookInfo(run.books),
    units: judgeUnits(run, paths, options),
    skipped: run.skipped,
    errors: run.errors.map(toReportError),
  };
  const writeError = writeOutput(FORMATTERS[options.format](report, reportContext(options, io)), options, io);
  if (writeError) {
    io.stderr(renderErrors([writeError], options.errorColor));
    return EXIT.failure;
  }
  if (run.errors.length > 0) return EXIT.failure;
  return hasFindings(report, options.failOn) ? EXIT.findings : EXIT.clean;
}
