import { Chalk } from "chalk";
import type { Evidence, Report, RuleResult, UnitResult } from "../model/report.js";
import type { Status } from "../model/rule.js";
import { isFinding, SEVERITY_COLOR, STATUS_STYLE } from "../model/presentation.js";
import type { ReportContext } from "./context.js";
import { localize, say } from "./context.js";

const GROUPS: readonly Status[] = ["present", "weak", "negated", "missing"];
const QUOTE_MAX = 220;

const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** Wraps `text` to `width` columns, every line indented by `indent`. */
function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/u)) {
    if (line !== "" && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(indent + line);
  return lines.join("\n");
}

/**
 * "kravspecifikation.pdf p. 3 § 6.3 Brandskydd"; text files give their line, Word files only their
 * section (their lines are kravkoll's, not the document's).
 */
export function placeOf(ev: Evidence): string {
  const parts = [ev.document];
  if (ev.page !== null) parts.push(`p. ${ev.page}`);
  else if (!/\.docx$/iu.test(ev.document)) parts.push(`line ${ev.line}`);
  if (ev.section !== null) parts.push(`§ ${ev.section}`);
  return parts.join(" ");
}

export function formatTerminal(report: Report, ctx: ReportContext): string {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const out: string[] = [];
  const books = report.rulebooks.map((b) => `${localize(b.title, ctx.lang)} (${b.id} ${b.version})`).join("; ");
  out.push(c.bold(`kravkoll ${report.tool.version}`) + c.dim(` · ${books}`));
  for (const s of report.skipped) out.push(c.dim(`skipped ${s.path}: ${s.reason}`));

  const evidenceLines = (result: RuleResult): string[] => {
    const lines: string[] = [];
    const shown = ctx.verbose ? result.evidence : result.evidence.slice(0, 1);
    for (const ev of shown) {
      lines.push(`      ${c.italic(`“${ctx.verbose ? ev.text : clip(ev.text, QUOTE_MAX)}”`)}`);
      const why = result.status === "present" && !ctx.verbose ? "" : ` — ${(ctx.verbose ? ev.reasons : ev.reasons.slice(1)).map((m) => say(m, ctx.lang)).join("; ")}`;
      lines.push(`      ${c.cyan(placeOf(ev))}${c.dim(why)}`);
    }
    const more = result.evidence.length - shown.length;
    if (more > 0) lines.push(c.dim(`      (+${more} more passage${more > 1 ? "s" : ""}; --verbose shows all)`));
    if (result.conflicts.length > 0) {
      lines.push(c.yellow("      documents disagree:"));
      for (const k of result.conflicts) lines.push(c.yellow(`        ${STATUS_STYLE[k.status].symbol} ${k.status} in ${placeOf(k.evidence)}: “${clip(k.evidence.text, QUOTE_MAX)}”`));
    }
    if (result.appliesBecause !== undefined && ctx.verbose) lines.push(c.dim(`      ${say(result.appliesBecause.reason, ctx.lang)}`));
    return lines;
  };

  const unitBlock = (unit: UnitResult): void => {
    out.push("");
    const docs = unit.documents.map((d) => (d.pages !== null ? `${d.path} (${d.pages} p.)` : d.path));
    out.push(`${c.bold.underline(unit.name)} ${c.dim(`— ${unit.documents.length} document${unit.documents.length === 1 ? "" : "s"}`)}`);
    if (unit.documents.length > 1 || docs[0] !== unit.name) for (const d of docs) out.push(c.dim(`  ${d}`));
    for (const d of unit.documents) for (const w of d.warnings) out.push(c.yellow(`  warning: ${d.path}: ${w}`));
    for (const status of GROUPS) {
      const results = unit.results.filter((r) => r.status === status);
      if (results.length === 0) continue;
      const style = STATUS_STYLE[status];
      const paint = c[style.color];
      out.push("");
      out.push(paint.bold(`  ${style.label} (${results.length})`));
      for (const r of results) {
        const severity = status === "present" ? "" : ` ${c[SEVERITY_COLOR[r.severity]](`[${r.severity}]`)}`;
        out.push(`    ${paint(style.symbol)} ${c.bold(r.ruleId)}  ${localize(r.title, ctx.lang)}${severity}`);
        out.push(...evidenceLines(r));
        if (status === "missing") {
          out.push(`      ${c.dim("Suggested clause:")}`);
          out.push(c.green(wrap(localize(r.suggestion, ctx.lang), ctx.width, "        ")));
        }
      }
    }
    if (unit.notApplicable.length > 0) {
      out.push("");
      out.push(c.dim.bold(`  not applicable (${unit.notApplicable.length})`));
      for (const n of unit.notApplicable) out.push(c.dim(`    – ${n.ruleId}  ${localize(n.title, ctx.lang)}: ${say(n.reason, ctx.lang)}`));
    }
    const s = unit.summary;
    const failing = unit.results.filter((r) => isFinding(r, ctx.failOn)).length;
    const level = ctx.failOn === "never" ? "" : ctx.failOn === "error" ? "error-severity " : `${ctx.failOn}-or-higher `;
    const verdict =
      ctx.failOn === "never"
        ? c.dim("nothing fails the run (--fail-on never)")
        : failing === 0
          ? c.green.bold(`all ${level}clauses present`)
          : c.red.bold(`${failing} ${level}clause${failing === 1 ? "" : "s"} not present`);
    out.push("");
    out.push(`  ${c.green(`${s.present} present`)} · ${c.yellow(`${s.weak} weak`)} · ${c.magenta(`${s.negated} negated`)} · ${c.red(`${s.missing} missing`)} — ${verdict}`);
  };
  for (const unit of report.units) unitBlock(unit);
  if (report.units.some((u) => u.results.some((r) => r.status === "missing"))) {
    out.push("");
    out.push(c.dim("For the passages nearest to a missing clause: kravkoll explain <RULE-ID> <paths…>"));
  }
  if (report.errors.length > 0) {
    out.push("");
    out.push(c.red.bold(`${report.errors.length} problem${report.errors.length === 1 ? "" : "s"} stopped kravkoll from checking everything (listed on stderr); the results above may be incomplete.`));
  }
  return `${out.join("\n")}\n`;
}
