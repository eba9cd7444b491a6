import type { Rulebook } from "../model/rule.js";
import { prepareRules } from "../engine/prepare.js";
import { runExamples } from "../engine/examples.js";
import type { ReportContext } from "../report/context.js";
import type { ExampleProblem } from "../model/report.js";
import { formatRuleList, formatRuleShow, formatRuleTests } from "../report/rules.js";
import { EXIT } from "./check.js";
import type { Io } from "./io.js";
import { renderErrors } from "./render-errors.js";
import { loadRulebooksForRun, unknownRule } from "./rulebooks.js";

export interface RulesOptions {
  readonly rules: readonly string[];
  readonly params: Readonly<Record<string, string>>;
  readonly strictParams: readonly string[];
  readonly json: boolean;
  readonly ctx: ReportContext;
}

function load(refs: readonly string[], options: RulesOptions, io: Io): Rulebook[] | undefined {
  const books = loadRulebooksForRun(refs, io.cwd, options.params, options.strictParams);
  if (books.ok) return books.value;
  io.stderr(renderErrors(books.errors, options.ctx.color));
  return undefined;
}

/** `kravkoll rules validate FILE…`: every rulebook on its own, as written, every problem with its place. */
export function runRulesValidate(files: readonly string[], options: RulesOptions, io: Io): number {
  let failed = false;
  for (const file of files) {
    const books = loadRulebooksForRun([file], io.cwd, {});
    if (!books.ok) {
      io.stderr(renderErrors(books.errors, options.ctx.color));
      failed = true;
      continue;
    }
    for (const book of books.value) {
      io.stdout(`✓ ${file}: ${book.id} ${book.version}, ${book.rules.length} rule${book.rules.length === 1 ? "" : "s"}, ${Object.keys(book.concepts).length} concepts\n`);
    }
  }
  return failed ? EXIT.failure : EXIT.clean;
}

export function runRulesList(files: readonly string[], options: RulesOptions, io: Io): number {
  const books = load(files.length > 0 ? files : options.rules, options, io);
  if (!books) return EXIT.failure;
  io.stdout(formatRuleList(books, options.ctx, options.json));
  return EXIT.clean;
}

export function runRulesShow(id: string, options: RulesOptions, io: Io): number {
  const books = load(options.rules, options, io);
  if (!books) return EXIT.failure;
  const book = books.find((b) => b.rules.some((r) => r.id === id));
  const rule = book?.rules.find((r) => r.id === id);
  if (!book || !rule) {
    io.stderr(renderErrors([unknownRule(id, books)], options.ctx.color));
    return EXIT.failure;
  }
  io.stdout(formatRuleShow(book, rule, options.ctx, options.json));
  return EXIT.clean;
}

/**
 * `kravkoll rules test FILE…`: judges every example clause on its own and compares it with the
 * status the rulebook gives it. Fails on a mismatch and on a rule with no `present` example.
 */
export function runRulesTest(files: readonly string[], options: RulesOptions, io: Io): number {
  const books = load(files.length > 0 ? files : options.rules, options, io);
  if (!books) return EXIT.failure;
  const outcomes = runExamples(prepareRules(books));
  const rules = books.flatMap((b) => b.rules);
  const problems: ExampleProblem[] = rules
    .filter((r) => !r.examples.some((e) => e.status === "present"))
    .map((rule) => ({ rule, message: "no example with status present: add a clause the rule must find" }));
  const warnings: ExampleProblem[] = rules
    .filter((r) => !r.examples.some((e) => e.status === "missing"))
    .map((rule) => ({ rule, message: "no example with status missing: add a look-alike the rule must not take" }));
  const failed = outcomes.filter((o) => o.got !== o.example.status);
  io.stdout(formatRuleTests(outcomes, problems, warnings, options.ctx, options.json));
  return failed.length > 0 || problems.length > 0 ? EXIT.findings : EXIT.clean;
}
