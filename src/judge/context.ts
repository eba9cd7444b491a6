import type { ClauseUnit } from "../model/unit.js";
import { ANSWER_LABEL, TOC_LINE } from "../text/signals.js";
import { NON_BINDING_SECTIONS } from "./lexicon.js";

/** Where a clause unit stands: in the body, or somewhere that names concepts without binding anyone. */
export type Context = "body" | "heading" | "toc" | "definitions" | "history" | "background" | "question" | "superseded";

/** An amendment quoting the wording it replaces: "Tidigare lydelse: …", "Nuvarande lydelse: …". */
const SUPERSEDED = /^(?:tidigare|nuvarande|gammal|gamla|befintlig|ursprunglig|hittillsvarande|gällande) (?:lydelse|text|formulering)\b/iu;

// "Med RSA avses …", "Incident: en händelse som …", "Risk- och sårbarhetsanalys – en analys av …"
const DEFINITION = [
  /^med\s.{2,80}?\s(?:avses|menas)\s/iu,
  /^[^.!?:]{2,80}?\s(?:betyder|definieras som)\s/iu,
  /^(?!(?:observera|notera|obs|viktigt|krav|kravet|exempel|ex|not|anm|svar|fråga)\b)(?![^.!?:]*(?<![\p{L}])(?:ska|skall|måste|bör|åligger|ansvarar|åtar)(?![\p{L}]))[^.!?:]{2,60}?(?:\s[-–]\s|:\s)(?:en|ett|de|den|avser|betyder|innebär|benämning|samlingsnamn|förkortning)\s/iu,
];

/** A list's lead-in that introduces definitions: "I dessa villkor avses med:". */
const DEFINITION_LEAD_IN = /(?:(?:avses|menas) med|följande (?:begrepp|definitioner|förkortningar|termer)(?: används)?(?: i \p{L}+)?)\s*:$/iu;

/** `inAnswer`: the unit goes on with an answer ("Svar: …") in a Q&A, so its section is no question. */
export function unitContext(unit: Pick<ClauseUnit, "kind" | "quote" | "block">, inAnswer = false): Context {
  if (unit.kind === "heading") return "heading";
  for (const heading of unit.block.trail) {
    for (const [pattern, context] of NON_BINDING_SECTIONS) if (pattern.test(heading)) return context;
  }
  if (TOC_LINE.test(unit.quote)) return "toc";
  if (SUPERSEDED.test(unit.block.text)) return "superseded";
  // "Ska RSA:n skickas in till förvaltningen?" asks; the answer binds. In a Q&A, everything in a
  // question ("Fråga 4: I avtalsutkastet anges att …") is the asker's, not the buyer's.
  if (/\?["')]?$/u.test(unit.quote)) return "question";
  const answer = inAnswer || ANSWER_LABEL.test(unit.block.text);
  if (!answer && /^(?:fråga|question)\s*\d*\s*[:.]/iu.test(unit.block.text)) return "question";
  if (!answer && /^(?:\d+(?:\.\d+)*\.?\s+)?(?:fråga|question)\s*\d+\s*$/iu.test(unit.block.trail.at(-1) ?? "")) return "question";
  if (unit.kind !== "list-item" && DEFINITION.some((re) => re.test(unit.quote))) return "definitions";
  // "I dessa villkor avses med: … Beredskapsplan: …": a list of definitions.
  if (unit.kind === "list-item" && DEFINITION_LEAD_IN.test(unit.quote.split(" … ")[0] ?? "")) return "definitions";
  if (unit.kind === "table-row" && unit.block.header?.some((h) => /^(?:begrepp|term|förkortning|definition)/iu.test(h))) return "definitions";
  if (unit.kind === "table-row" && unit.block.header?.some((h) => /^(?:version|rev(?:ision)?\.?|ändring(?:ar)?)$/iu.test(h.trim()))) return "history";
  return "body";
}

export const CONTEXT_REASONS: Readonly<Record<Exclude<Context, "body">, string>> = {
  heading: "a heading names a topic but binds no one",
  toc: "a table-of-contents line binds no one",
  definitions: "a definition explains a term but binds no one",
  history: "revision history binds no one",
  background: "a background section describes but binds no one",
  question: "a question binds no one (its answer may)",
  superseded: "it quotes wording that an amendment replaces",
};
