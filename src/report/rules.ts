import { Chalk } from "chalk";
import type { Rulebook, RuleSpec } from "../model/rule.js";
import { SEVERITY_COLOR, STATUS_STYLE } from "../model/presentation.js";
import type { ExampleOutcome, ExampleProblem } from "../model/report.js";
import type { ReportContext } from "./context.js";
import { localize, say } from "./context.js";

/** `kravkoll rules list`: one line per rule, by rulebook. */
export function formatRuleList(books: readonly Rulebook[], ctx: ReportContext, json: boolean): string {
  if (json) {
    const rows = books.flatMap((b) =>
      b.rules.map((r) => ({ rulebook: b.id, id: r.id, severity: r.severity, title: localize(r.title, ctx.lang), tags: r.tags, applies: r.applies ?? null })),
    );
    return `${JSON.stringify(rows, null, 2)}\n`;
  }
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const out: string[] = [];
  for (const book of books) {
    out.push(`${c.bold(book.id)} ${book.version} ${c.dim(`— ${localize(book.title, ctx.lang)} (${book.file})`)}`);
    const width = Math.max(...book.rules.map((r) => r.id.length));
    for (const rule of book.rules) {
      const applies = rule.applies ? c.dim(" (applies only to some procurements)") : "";
      out.push(`  ${rule.id.padEnd(width)}  ${c[SEVERITY_COLOR[rule.severity]](rule.severity.padEnd(7))}  ${localize(rule.title, ctx.lang)}${applies}`);
    }
  }
  return `${out.join("\n")}\n`;
}

const terms = (book: Rulebook, id: string): string => {
  const concept = book.concepts[id];
  if (concept === undefined) return id;
  const list = concept.terms.map((t) => (t.form === "word" || t.form === "phrase" ? t.text : `${t.text} (${t.form})`));
  return `${id}: ${list.join(", ")}${concept.except.length > 0 ? `; not: ${concept.except.join(", ")}` : ""}`;
};

/** `kravkoll rules show ID`: everything about one rule. */
export function formatRuleShow(book: Rulebook, rule: RuleSpec, ctx: ReportContext, json: boolean): string {
  if (json) {
    const concepts = Object.fromEntries(
      [...new Set([...rule.match.all, ...rule.match.any.flat(), ...rule.match.none, ...rule.match.binding, ...rule.match.otherActions, ...(rule.applies?.documents ?? [])])].map((id) => [id, book.concepts[id] ?? null]),
    );
    return `${JSON.stringify({ rulebook: { id: book.id, version: book.version, file: book.file }, rule, concepts }, null, 2)}\n`;
  }
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const out: string[] = [];
  const field = (name: string, value: string): void => {
    out.push(`${c.dim(name.padEnd(12))}${value}`);
  };
  out.push(`${c.bold(rule.id)} ${c[SEVERITY_COLOR[rule.severity]](`[${rule.severity}]`)}`);
  field("title", rule.title.sv);
  if (rule.title.en) field("", rule.title.en);
  field("rulebook", `${book.id} ${book.version} (${rule.place.file}:${rule.place.line})`);
  field("source", rule.source);
  for (const ref of rule.references) field("reference", ref);
  field("party", `the duty must bind the ${rule.party}`);
  for (const id of rule.match.all) field("all of", terms(book, id));
  for (const group of rule.match.any) field("any of", typeof group === "string" ? terms(book, group) : group.map((id) => terms(book, id)).join(" + "));
  for (const id of rule.match.none) field("none of", terms(book, id));
  for (const id of rule.match.binding) field("binding", terms(book, id));
  for (const id of rule.match.otherActions) field("other action", `${terms(book, id)} (denying it does not deny this rule)`);
  if (rule.match.own.length > 0) field("own", `${rule.match.own.join(", ")} must be the supplier's, not the buyer's`);
  field("within", rule.match.within === "section" ? "one section" : "one clause");
  if (rule.applies) {
    if (rule.applies.profiles.length > 0) field("applies", `with profile ${rule.applies.profiles.join(" or ")}`);
    for (const id of rule.applies.documents) field("applies", `when documents mention ${terms(book, id)}`);
  }
  if (rule.tags.length > 0) field("tags", rule.tags.join(", "));
  if (rule.link) field("link", rule.link);
  if (rule.rationale) field("rationale", localize(rule.rationale, ctx.lang));
  field("suggestion", rule.suggestion.sv);
  if (rule.suggestion.en) field("", rule.suggestion.en);
  for (const example of rule.examples) {
    const style = STATUS_STYLE[example.status];
    field("example", `${c[style.color](style.label.padEnd(8))} ${example.text}${example.note ? c.dim(` (${example.note})`) : ""}`);
  }
  return `${out.join("\n")}\n`;
}

/** `kravkoll rules test`: each rule with its examples, every mismatch with the reasons kravkoll gave. */
export function formatRuleTests(outcomes: readonly ExampleOutcome[], problems: readonly ExampleProblem[], warnings: readonly ExampleProblem[], ctx: ReportContext, json: boolean): string {
  if (json) {
    const examples = outcomes.map((o) => ({ ruleId: o.rule.id, example: o.index + 1, text: o.example.text, expected: o.example.status, got: o.got, pass: o.got === o.example.status }));
    const list = (items: readonly ExampleProblem[]) => items.map((p) => ({ ruleId: p.rule.id, message: p.message }));
    return `${JSON.stringify({ examples, problems: list(problems), warnings: list(warnings) }, null, 2)}\n`;
  }
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const out: string[] = [];
  const rules = [...new Set([...outcomes.map((o) => o.rule), ...problems.map((p) => p.rule)])];
  for (const rule of rules) {
    const mine = outcomes.filter((o) => o.rule === rule);
    const wrong = mine.filter((o) => o.got !== o.example.status);
    const own = problems.filter((p) => p.rule === rule);
    const ok = wrong.length === 0 && own.length === 0;
    out.push(`${ok ? c.green("✓") : c.red("✗")} ${c.bold(rule.id)} ${c.dim(`${mine.length} example${mine.length === 1 ? "" : "s"} (${rule.place.file})`)}`);
    for (const o of wrong) {
      out.push(`    ${c.red(`example ${o.index + 1}`)}: expected ${o.example.status}, got ${o.got}${o.notApplicable ? " (the rule does not apply)" : ""}`);
      out.push(`      ${c.italic(`“${o.example.text}”`)}`);
      const ev = o.result ? [...o.result.evidence, ...o.result.candidates][0] : undefined;
      if (ev) out.push(`      ${c.dim(ev.reasons.map((m) => say(m, ctx.lang)).join("; "))}`);
      else out.push(`      ${c.dim(o.notApplicable !== undefined ? say(o.notApplicable, ctx.lang) : "no passage mentions the rule's concepts")}`);
    }
    for (const p of own) out.push(`    ${c.red(p.message)}`);
    for (const w of warnings.filter((x) => x.rule === rule)) out.push(`    ${c.yellow(`warning: ${w.message}`)}`);
  }
  const failed = outcomes.filter((o) => o.got !== o.example.status).length;
  out.push("");
  const verdict = failed + problems.length === 0 ? c.green.bold("all examples pass") : c.red.bold(`${failed} example${failed === 1 ? "" : "s"} failed, ${problems.length} rule problem${problems.length === 1 ? "" : "s"}`);
  out.push(`${outcomes.length} examples in ${rules.length} rules: ${verdict}`);
  return `${out.join("\n")}\n`;
}
