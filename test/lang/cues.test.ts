import { describe, expect, it } from "vitest";
import type { CueExample, LanguagePack } from "../../src/model/language.js";
import { LANGUAGES } from "../../src/lang/index.js";
import { checkPack, compileLexicon } from "../../src/judge/lexicon.js";
import { evaluationPatterns } from "../../src/judge/modifiers/evaluation.js";
import { readUnit } from "../../src/judge/syntax.js";
import { NO_NAMES } from "../../src/judge/tag.js";
import { clauseUnits } from "../../src/text/units.js";
import { textDoc } from "../helpers.js";

/** What the judge reads in an example sentence: its first duty, as the example states it. */
function reading(pack: LanguagePack, text: string): CueExample {
  const lexicon = compileLexicon(pack);
  const units = clauseUnits(textDoc(text, "exempel.md", "markdown"));
  const frames = units.flatMap((unit) => {
    const r = readUnit(unit, lexicon, NO_NAMES, evaluationPatterns(pack)).reading;
    return [...r.frames, ...(r.unitFrame ? [r.unitFrame] : [])];
  });
  const first = frames[0];
  if (first === undefined) return { text, strength: "none" };
  return { text, strength: first.strength, negated: first.negation !== undefined, softened: first.softener !== undefined, bearer: first.bearer.side };
}

describe.each(Object.values(LANGUAGES).map((p) => [p.code, p] as const))("the %s language pack", (_code, pack) => {
  it("is well formed: every class filled, patterns compile, every cue row has examples", () => {
    expect(checkPack(pack)).toEqual([]);
  });

  const examples = pack.cues.flatMap((row) => row.examples.map((example) => ({ row: row.id, example })));
  it.each(examples.map((e) => [e.row, e.example.text, e.example] as const))("cue %s: %s", (_row, text, example) => {
    const got = reading(pack, text);
    const want: CueExample = {
      text,
      strength: example.strength,
      ...(example.strength === "none" ? {} : { negated: example.negated ?? false, softened: example.softened ?? false }),
      ...(example.bearer !== undefined ? { bearer: example.bearer } : {}),
    };
    const seen: CueExample = {
      text,
      strength: got.strength,
      ...(example.strength === "none" ? {} : { negated: got.negated ?? false, softened: got.softened ?? false }),
      ...(example.bearer !== undefined && got.bearer !== undefined ? { bearer: got.bearer } : {}),
    };
    expect(seen).toEqual(want);
  });
});
