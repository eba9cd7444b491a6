import { presentForms } from "../lang/index.js";
import type { LanguagePack, SectionContext } from "../model/language.js";
import type { ClauseUnit } from "../model/unit.js";
import { ANSWER_LABEL, QUESTION_HEADING, QUESTION_LABEL, TOC_LINE } from "../text/signals.js";

/** Where a clause unit stands: in the body, or somewhere that names concepts without binding anyone. */
export type Context = "body" | "heading" | SectionContext | "question" | "superseded";

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const anyOf = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");
const NUMBER = String.raw`(?:\d+(?:\.\d+)*\.?\s+)?`;

/** The patterns of a pack's context cues, compiled once per run. */
export interface ContextCues {
  readonly sections: readonly (readonly [RegExp, SectionContext])[];
  readonly superseded: RegExp;
  readonly definitions: readonly RegExp[];
  /** Words one of which a definition names early on ("avses", "betyder"), lower-cased: without one, and without a dash or colon, a sentence defines nothing. */
  readonly definitionVerbs: readonly string[];
  readonly definitionLeadIn: RegExp;
  readonly definitionColumns: RegExp;
  readonly historyColumns: RegExp;
}

export function contextCues(pack: LanguagePack): ContextCues {
  const c = pack.context;
  const d = c.definitions;
  const binding = anyOf([...pack.classes["modal-binding"], ...pack.classes["modal-soft"], ...pack.verbs.duty.flatMap((v) => presentForms(pack, v))]);
  return {
    sections: (Object.entries(c.sections) as [SectionContext, readonly string[]][]).map(([kind, words]) => [new RegExp(`^${NUMBER}(?:${anyOf(words)})(?![\\p{L}])`, "iu"), kind] as const),
    superseded: new RegExp(`^(?:${anyOf(c.superseded.adjectives)}) (?:${anyOf(c.superseded.nouns)})(?![\\p{L}])`, "iu"),
    definitions: [
      // "Med RSA avses …"
      ...(d.openers.length > 0 ? [new RegExp(`^(?:${anyOf(d.openers)})\\s.{2,80}?\\s(?:${anyOf(d.verbs)})\\s`, "iu")] : []),
      // "Incident betyder …", "RSA means …"
      new RegExp(`^[^.!?:]{2,80}?\\s(?:${anyOf(d.verbs)})\\s`, "iu"),
      // "Incident: en händelse som …", "Risk- och sårbarhetsanalys – en analys av …", but not a duty after a label ("Krav: Leverantören ska …").
      new RegExp(
        `^(?!(?:${anyOf(d.notTerms)})(?![\\p{L}]))(?![^.!?:]*(?<![\\p{L}])(?:${binding})(?![\\p{L}]))[^.!?:]{2,60}?(?:\\s[-–]\\s|:\\s)(?:${anyOf(d.afterDash)})\\s`,
        "iu",
      ),
    ],
    definitionVerbs: d.verbs.map((v) => v.toLocaleLowerCase(pack.locale)),
    definitionLeadIn: new RegExp(`(?:${anyOf(d.leadIns)})(?:\\s+\\p{L}+){0,3}\\s*:$`, "iu"),
    definitionColumns: new RegExp(`^(?:${anyOf(d.columns)})`, "iu"),
    historyColumns: new RegExp(`^(?:${anyOf(d.historyColumns)})\\.?$`, "iu"),
  };
}

/** A cheap test that a sentence may be a definition: a defining verb or a dash or colon near its start, which each definition pattern needs. */
function mayDefine(quote: string, cues: ContextCues): boolean {
  const head = quote.slice(0, 120);
  if (/\s[-–]\s|:\s/u.test(head)) return true;
  const lower = head.toLowerCase();
  return cues.definitionVerbs.some((v) => lower.includes(v));
}

/** The context a heading trail puts its units in ("Innehåll", "Bakgrund", "Definitioner"), if any. */
export function trailContext(trail: readonly string[], cues: ContextCues): SectionContext | undefined {
  for (const heading of trail) {
    for (const [pattern, context] of cues.sections) if (pattern.test(heading)) return context;
  }
  return undefined;
}

/**
 * `inAnswer`: the unit goes on with an answer ("Svar: …") in a Q&A, so its section is no question.
 * `section`: the context its heading trail gives it (`trailContext`, worked out once per section).
 */
export function unitContext(unit: Pick<ClauseUnit, "kind" | "quote" | "block">, cues: ContextCues, inAnswer: boolean, section: SectionContext | undefined): Context {
  if (unit.kind === "heading") return "heading";
  if (section !== undefined) return section;
  if (TOC_LINE.test(unit.quote)) return "toc";
  if (cues.superseded.test(unit.block.text)) return "superseded";
  // "Ska RSA:n skickas in till förvaltningen?" asks; the answer binds. In a Q&A, everything in a
  // question ("Fråga 4: I avtalsutkastet anges att …") is the asker's, not the buyer's.
  if (/\?["')]?$/u.test(unit.quote)) return "question";
  const answer = inAnswer || ANSWER_LABEL.test(unit.block.text) || ANSWER_LABEL.test(unit.quote);
  if (!answer && QUESTION_LABEL.test(unit.block.text)) return "question";
  if (!answer && QUESTION_HEADING.test(unit.block.trail.at(-1) ?? "")) return "question";
  if (unit.kind !== "list-item" && mayDefine(unit.quote, cues) && cues.definitions.some((re) => re.test(unit.quote))) return "definitions";
  // "I dessa villkor avses med: … Beredskapsplan: …": a list of definitions.
  if (unit.kind === "list-item" && cues.definitionLeadIn.test(unit.quote.split(" … ")[0] ?? "")) return "definitions";
  if (unit.kind === "table-row" && unit.block.header?.some((h) => cues.definitionColumns.test(h))) return "definitions";
  if (unit.kind === "table-row" && unit.block.header?.some((h) => cues.historyColumns.test(h.trim()))) return "history";
  return "body";
}
