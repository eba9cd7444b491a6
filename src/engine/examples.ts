import type { SourceDoc } from "../model/document.js";
import type { Example, RuleSpec } from "../model/rule.js";
import type { ExampleOutcome } from "../model/report.js";
import { withTrails } from "../read/blocks.js";
import { parseText } from "../read/text.js";
import { checkUnit } from "./check.js";
import type { PreparedRules } from "./prepare.js";
import { languageRun } from "./prepare.js";


/** A rule example as a one-paragraph text document. */
function exampleDoc(rule: RuleSpec, index: number, text: string): SourceDoc {
  return { path: `${rule.id} example ${index + 1}`, format: "text", pages: null, text, blocks: withTrails(parseText(text, "text")) };
}

/**
 * Judges every example of every rule on its own, against its own rule only, in the example's
 * language: an English example of a Swedish rulebook is read with the English pack.
 */
export function runExamples(prepared: PreparedRules): ExampleOutcome[] {
  const languages = new Map(prepared.languages);
  const runFor = (lang: Example["lang"]): PreparedRules["languages"] => {
    if (!languages.has(lang)) languages.set(lang, languageRun(lang, prepared.concepts));
    return languages;
  };
  return prepared.rules.flatMap((rule) =>
    rule.examples.map((example, index) => {
      const own = { ...rule, language: example.lang };
      const unit = checkUnit(rule.id, [exampleDoc(rule, index, example.text)], { ...prepared, rules: [own], languages: runFor(example.lang) });
      const result = unit.results[0];
      const notApplicable = unit.notApplicable[0]?.reason;
      return { rule, example, index, got: result?.status ?? "missing", ...(result ? { result } : {}), ...(notApplicable ? { notApplicable } : {}) };
    }),
  );
}
