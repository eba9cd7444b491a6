import type { ConceptInfo, ExplainReport } from "../model/report.js";
import type { Rulebook, RuleSpec } from "../model/rule.js";
import { EXPLAIN_FORMATTERS } from "../report/explain.js";
import { EXIT, judgeUnits, reportContext, startRun, toReportError, writeOutput } from "./check.js";
import type { Io } from "./io.js";
import type { CheckOptions } from "./options.js";
import { toolVersion } from "./package-info.js";
import { renderErrors } from "./render-errors.js";
import { unknownRule } from "./rulebooks.js";

function ruleInfo(book: Rulebook, rule: RuleSpec): ExplainReport["rule"] {
  const info = (id: string): ConceptInfo => ({ id, terms: book.concepts[id]?.terms.map((t) => t.text) ?? [] });
  return {
    id: rule.id,
    rulebook: rule.rulebook,
    title: rule.title,
    severity: rule.severity,
    source: rule.source,
    references: rule.references,
    party: rule.party,
    all: rule.match.all.map(info),
    any: rule.match.any.map((g) => (typeof g === "string" ? [info(g)] : g.map(info))),
    none: rule.match.none.map(info),
    own: rule.match.own,
    binding: rule.match.binding.map(info),
    otherActions: rule.match.otherActions.map(info),
    within: rule.match.within,
    suggestion: rule.suggestion,
  };
}

/**
 * `kravkoll explain RULE-ID PATH…`: why a rule got its status. For a missing rule, the passages that
 * came nearest and what each lacked. The exit code is 0 when the explanation could be given.
 */
export async function runExplain(ruleId: string, paths: readonly string[], options: CheckOptions & { candidates: number }, io: Io): Promise<number> {
  const run = await startRun(paths, options, io);
  if (typeof run === "number") return run;
  const book = run.books.find((b) => b.rules.some((r) => r.id === ruleId));
  const rule = book?.rules.find((r) => r.id === ruleId);
  if (book === undefined || rule === undefined) {
    io.stderr(renderErrors([unknownRule(ruleId, run.books)], options.errorColor));
    return EXIT.failure;
  }
  const units = judgeUnits({ ...run, prepared: { ...run.prepared, rules: [rule] } }, paths, options, { candidates: options.candidates });
  const report: ExplainReport = {
    tool: { name: "kravkoll", version: toolVersion() },
    rule: ruleInfo(book, rule),
    units: units.map((u) => ({ name: u.name, ...(u.results[0] ? { result: u.results[0] } : {}), ...(u.notApplicable[0] ? { notApplicable: u.notApplicable[0].reason } : {}) })),
    skipped: run.skipped,
    errors: run.errors.map(toReportError),
  };
  const writeError = writeOutput(EXPLAIN_FORMATTERS[options.format](report, reportContext(options, io, true)), options, io);
  if (writeError) {
    io.stderr(renderErrors([writeError], options.errorColor));
    return EXIT.failure;
  }
  return run.errors.length > 0 ? EXIT.failure : EXIT.clean;
}
