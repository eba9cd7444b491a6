import type { Report } from "../model/report.js";
import type { ReportContext } from "./context.js";
import { evidenceJson, localize, say } from "./context.js";

/**
 * The stable JSON shape. Key order is fixed by construction; `title` is in the chosen language and
 * `titles` carries both.
 */
export function formatJson(report: Report, ctx: ReportContext): string {
  const out = {
    tool: report.tool,
    rulebooks: report.rulebooks.map((b) => ({ id: b.id, version: b.version, title: localize(b.title, ctx.lang), file: b.file })),
    units: report.units.map((unit) => ({
      name: unit.name,
      documents: unit.documents.map((d) => ({ path: d.path, format: d.format, pages: d.pages, warnings: d.warnings })),
      summary: unit.summary,
      results: unit.results.map((r) => ({
        ruleId: r.ruleId,
        rulebook: r.rulebook,
        title: localize(r.title, ctx.lang),
        titles: { sv: r.title.sv, en: r.title.en ?? null },
        severity: r.severity,
        status: r.status,
        evidence: r.evidence.map((e) => evidenceJson(e, ctx.lang)),
        candidates: r.candidates.map((e) => evidenceJson(e, ctx.lang)),
        suggestion: r.status === "present" ? null : localize(r.suggestion, ctx.lang),
        source: r.source,
        references: r.references,
        link: r.link,
        documents: r.documents,
        conflicts: r.conflicts.map((k) => ({ path: k.path, status: k.status, evidence: evidenceJson(k.evidence, ctx.lang) })),
        appliesBecause: r.appliesBecause === undefined ? null : { reason: say(r.appliesBecause.reason, ctx.lang), evidence: r.appliesBecause.evidence === undefined ? null : evidenceJson(r.appliesBecause.evidence, ctx.lang) },
      })),
      notApplicable: unit.notApplicable.map((n) => ({ ruleId: n.ruleId, rulebook: n.rulebook, title: localize(n.title, ctx.lang), reason: say(n.reason, ctx.lang) })),
    })),
    skipped: report.skipped,
    errors: report.errors,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
