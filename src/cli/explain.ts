import type { ConceptInfo, ExplainReport } from "../model/report.js";
import type { Rulebook, RuleSpec } from "../model/rule.js";
import { kravError } from "../model/error.js";
import { checkUnit } from "../engine/check.js";
import { prepareRules } from "../engine/prepare.js";
import { EXPLAIN_FORMATTERS } from "../report/explain.js";
import { didYouMean } from "../rules/places.js";
import { bundleName, EXIT, readInputs, toReportError, writeOutput } from "./check.js";
import type { Io } from "./io.js";
import type { CheckOptions } from "./options.js";
import { toolVersion } from "./package-info.js";
import { renderErrors } from "./render-errors.js";
import { loadRulebooksForRun } from "./rulebooks.js";

function conceptInfo(book: Rulebook, id: string): ConceptInfo {
  return { id, terms: book.concepts[id]?.terms.map((t) => t.text) ?? [] };
}

function ruleInfo(book: Rulebook, rule: RuleSpec): ExplainReport["rule"] {
  const info = (id: string): ConceptInfo => conceptInfo(book, id);
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
    suggestion: rule.suggestion,
  };
}

/**
 * `kravkoll explain RULE-ID PATH…`: why a rule got its status. For a missing rule, the passages that
 * came nearest and what each lacked. The exit code is 0 when the explanation could be given.
 */
export async function runExplain(ruleId: string, paths: readonly string[], options: CheckOptions & { candidates: number }, io: Io): Promise<number> {
  const books = loadRulebooksForRun(options.rules, io.cwd, options.params);
  if (!books.ok) {
    io.stderr(renderErrors(books.errors, options.color));
    return EXIT.failure;
  }
  const book = books.value.find((b) => b.rules.some((r) => r.id === ruleId));
  const rule = book?.rules.find((r) => r.id === ruleId);
  if (book === undefined || rule === undefined) {
    const ids = books.value.flatMap((b) => b.rules.map((r) => r.id));
    const guess = didYouMean(ruleId, ids);
    io.stderr(renderErrors([kravError("KRV-U002", `no rule ${ruleId}${guess ? `: did you mean ${guess}?` : ""}`, { hint: `rules: ${ids.join(", ")}` })], options.color));
    return EXIT.failure;
  }
  const prepared = { ...prepareRules(books.value), rules: [rule] };
  const { docs, errors, skipped } = await readInputs(paths, io, options.password);
  const check = { candidates: options.candidates, profiles: options.profiles };
  const units = options.each ? docs.map((d) => checkUnit(d.path, [d], prepared, check)) : docs.length > 0 ? [checkUnit(bundleName(paths), docs, prepared, check)] : [];
  const report: ExplainReport = {
    tool: { name: "kravkoll", version: toolVersion() },
    rule: ruleInfo(book, rule),
    units: units.map((u) => ({ name: u.name, ...(u.results[0] ? { result: u.results[0] } : {}), ...(u.notApplicable[0] ? { notApplicable: u.notApplicable[0].reason } : {}) })),
    skipped,
    errors: errors.map(toReportError),
  };
  if (errors.length > 0) io.stderr(renderErrors(errors, options.color));
  const ctx = { color: options.color, lang: options.lang, verbose: true, width: Math.max(60, Math.min(120, io.columns ?? 100)) };
  const writeError = writeOutput(EXPLAIN_FORMATTERS[options.format](report, ctx), options, io);
  if (writeError) {
    io.stderr(renderErrors([writeError], options.color));
    return EXIT.failure;
  }
  return errors.length > 0 ? EXIT.failure : EXIT.clean;
}
