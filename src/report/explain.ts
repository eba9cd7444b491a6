import { Chalk } from "chalk";
import type { ConceptInfo, ExplainReport } from "../model/report.js";
import { SEVERITY_COLOR, STATUS_STYLE } from "../model/presentation.js";
import type { ReportContext } from "./context.js";
import { evidenceJson, localize, say } from "./context.js";
import { placeOf } from "./terminal.js";

const MAX_TERMS = 6;

const concept = (c: ConceptInfo): string => {
  const shown = c.terms.slice(0, MAX_TERMS).join(", ");
  return `${c.id} (${shown}${c.terms.length > MAX_TERMS ? ", …" : ""})`;
};

/** `kravkoll explain` in the terminal: what the rule looks for, what was found, and what came closest. */
export function formatExplainTerminal(report: ExplainReport, ctx: ReportContext): string {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const { rule } = report;
  const out: string[] = [];
  out.push(`${c.bold(rule.id)} — ${localize(rule.title, ctx.lang)} ${c[SEVERITY_COLOR[rule.severity]](`[${rule.severity}]`)}`);
  out.push(c.dim(`source: ${rule.source}`));
  const looks: string[] = [];
  if (rule.all.length > 0) looks.push(`all of ${rule.all.map(concept).join(" and ")}`);
  if (rule.any.length > 0) looks.push(`at least one of ${rule.any.map((g) => g.map(concept).join(" + ")).join(" or ")}`);
  out.push(`Looks for ${looks.join("; ")} in ${rule.within === "section" ? "one section" : "one clause"}, as a binding duty on the ${rule.party}.`);
  if (rule.binding.length > 0) out.push(`Also binding for this rule: ${rule.binding.map(concept).join(", ")}.`);
  if (rule.none.length > 0) out.push(`Not when the clause mentions ${rule.none.map(concept).join(" or ")}.`);
  if (rule.otherActions.length > 0) out.push(`Denying ${rule.otherActions.map(concept).join(" or ")} does not deny this rule.`);
  if (rule.own.length > 0) out.push(`The ${rule.own.join(", ")} must be the supplier's own, not the buyer's.`);

  for (const { name, result, notApplicable } of report.units) {
    if (result === undefined) {
      out.push("");
      out.push(`${c.bold.underline(name)}: ${c.dim(`not applicable: ${notApplicable === undefined ? "" : say(notApplicable, ctx.lang)}`)}`);
      continue;
    }
    const style = STATUS_STYLE[result.status];
    out.push("");
    out.push(`${c.bold.underline(name)}: ${c[style.color].bold(`${style.symbol} ${style.label}`)}`);
    const passages = result.status === "missing" ? result.candidates : result.evidence;
    if (result.status === "missing") {
      out.push(passages.length > 0 ? "  Nearest passages, best first, and what each lacked:" : "  No passage mentions any of the rule's concepts.");
    } else {
      out.push(`  ${result.evidence.length} passage${result.evidence.length === 1 ? "" : "s"} gave this status:`);
    }
    passages.forEach((ev, i) => {
      out.push(`  ${i + 1}. ${c.italic(`“${ev.text}”`)}`);
      out.push(`     ${c.cyan(placeOf(ev))}`);
      for (const reason of ev.reasons) out.push(`     ${c.dim(say(reason, ctx.lang))}`);
    });
    if (result.conflicts.length > 0) {
      out.push(`  ${c.yellow("The documents disagree:")}`);
      for (const k of result.conflicts) {
        out.push(`  – ${c[STATUS_STYLE[k.status].color](k.status)} in ${c.cyan(placeOf(k.evidence))}: ${c.italic(`“${k.evidence.text}”`)}`);
        for (const reason of k.evidence.reasons.slice(1)) out.push(`     ${c.dim(say(reason, ctx.lang))}`);
      }
    }
    if (result.appliesBecause !== undefined) out.push(`  ${c.dim(say(result.appliesBecause.reason, ctx.lang))}`);
    if (result.status !== "present") {
      out.push(`  ${c.dim("Suggested clause:")} ${c.green(localize(rule.suggestion, ctx.lang))}`);
    }
  }
  return `${out.join("\n")}\n`;
}

export function formatExplainJson(report: ExplainReport, ctx: ReportContext): string {
  const out = {
    tool: report.tool,
    rule: { ...report.rule, title: localize(report.rule.title, ctx.lang), suggestion: localize(report.rule.suggestion, ctx.lang) },
    units: report.units.map(({ name, result, notApplicable }) =>
      result
        ? {
            name,
            status: result.status,
            evidence: result.evidence.map((e) => evidenceJson(e, ctx.lang)),
            candidates: result.candidates.map((e) => evidenceJson(e, ctx.lang)),
            documents: result.documents,
            conflicts: result.conflicts.map((k) => ({ path: k.path, status: k.status, evidence: evidenceJson(k.evidence, ctx.lang) })),
            appliesBecause: result.appliesBecause === undefined ? null : say(result.appliesBecause.reason, ctx.lang),
          }
        : { name, status: "not-applicable", reason: notApplicable === undefined ? "" : say(notApplicable, ctx.lang) },
    ),
    skipped: report.skipped,
    errors: report.errors,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

export const EXPLAIN_FORMATTERS = {
  terminal: formatExplainTerminal,
  json: formatExplainJson,
} as const;
