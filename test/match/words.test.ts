import { describe, expect, it } from "vitest";
import type { Term } from "../../src/model/rule.js";
import type { Concept } from "../../src/model/rule.js";
import { compileVocabulary } from "../../src/match/concepts.js";
import { MATCHERS } from "../../src/match/kinds.js";
import { tokensOf } from "../helpers.js";
import { normalise } from "../../src/text/normalise.js";
import { inflector } from "../../src/text/inflection.js";
import { LANGUAGES } from "../../src/lang/index.js";

const sv = inflector(LANGUAGES.sv.morphology);

/** The passages of `text` that one concept, made of `terms` and `except`, finds. */
const conceptHits = (terms: Term[], text: string, except: string[] = [], exceptPatterns: string[] = []): string[] => {
  const norm = normalise(text);
  const concept: Concept = { id: "c", terms, except: except.map((t) => ({ text: t, lang: "sv" })), exceptPatterns: exceptPatterns.map((t) => ({ text: t, lang: "sv" })) };
  const hits = compileVocabulary(new Map([["c", concept]]), "sv", sv).find({ norm, tokens: tokensOf(text) }).get("c") ?? [];
  return hits.map((h) => norm.text.slice(h.start, h.end));
};
const found = (term: Term, text: string): string[] => conceptHits([term], text);

describe("term matchers", () => {
  it("word: finds a base form in every inflection", () => {
    const term: Term = { form: "word", text: "riktlinje", lang: "sv" };
    expect(found(term, "Stadens riktlinjer och riktlinjerna, riktlinjens syfte.")).toEqual(["riktlinjer", "riktlinjerna", "riktlinjens"]);
    expect(found({ form: "word", text: "sårbarhetsanalys", lang: "sv" }, "sårbarhetsanalysen och sårbarhetsanalyserna")).toHaveLength(2);
    expect(found({ form: "word", text: "brandskyddsarbete", lang: "sv" }, "Brandskyddsarbetet ska dokumenteras.")).toEqual(["Brandskyddsarbetet"]);
    expect(found({ form: "word", text: "följa", lang: "sv" }, "Leverantören följer och ska följa riktlinjerna, som följs.")).toEqual(["följer", "följa", "följs"]);
  });

  it("word: does not match inside a compound", () => {
    expect(found({ form: "word", text: "incident", lang: "sv" }, "säkerhetsincidenter rapporteras")).toEqual([]);
  });

  it("part: finds a word as any part of a compound", () => {
    const term: Term = { form: "part", text: "incident", lang: "sv" };
    expect(found(term, "Säkerhetsincidenter och incidentrapportering samt incidenten.")).toEqual(["Säkerhetsincidenter", "incidentrapportering", "incidenten"]);
  });

  it("phrase: words in sequence, each inflected, across an expanded ellipsis", () => {
    expect(found({ form: "phrase", text: "systematiskt brandskyddsarbete", lang: "sv" }, "ett systematiskt brandskyddsarbete bedrivs")).toHaveLength(1);
    expect(found({ form: "phrase", text: "risk- och sårbarhetsanalys", lang: "sv" }, "Riskanalyser och sårbarhetsanalyser görs, liksom risk- och sårbarhetsanalysen.")).toHaveLength(2);
  });

  it("abbreviation: case-sensitive, with Swedish endings", () => {
    const term: Term = { form: "abbreviation", text: "RISK", lang: "sv" };
    expect(found(term, "Rapportera i RISK. En risk är inte RISK:s sak, men RISK-systemet är det.")).toEqual(["RISK", "RISK:s", "RISK"]);
    expect(found({ form: "abbreviation", text: "RSA", lang: "sv" }, "RSA:n ska redovisas.")).toEqual(["RSA:n"]);
  });

  it("pattern: an RE2 expression on the folded text", () => {
    expect(found({ form: "pattern", text: "2003:778", lang: "sv" }, "enligt lag (2003:778) om skydd mot olyckor")).toEqual(["2003:778"]);
    expect(found({ form: "pattern", text: "skydd mot \\p{L}+", lang: "sv" }, "Lag om SKYDD MOT OLYCKOR")).toEqual(["SKYDD MOT OLYCKOR"]);
  });

  it("concept exceptions remove look-alikes: personalkontinuitet, följa upp, lokala", () => {
    expect(conceptHits([{ form: "part", text: "kontinuitet", lang: "sv" }], "God personalkontinuitet och kontinuitetsplanering.", ["personalkontinuitet"])).toEqual(["kontinuitetsplanering"]);
    expect(conceptHits([{ form: "word", text: "följa", lang: "sv" }], "Beställaren ska följa upp och leverantören ska följa riktlinjerna.", ["följa upp"])).toEqual(["följa"]);
    expect(conceptHits([{ form: "word", text: "lokal", lang: "sv" }], "Lokalerna och stadens lokala rutiner.", ["lokala"])).toEqual(["Lokalerna"]);
  });

  it("an exception pattern drops the hits inside its matches, and only those", () => {
    const report = [{ form: "word" as const, text: "rapportera", lang: "sv" as const }, { form: "word" as const, text: "anmäla", lang: "sv" as const }];
    const text = "Olyckor ska rapporteras till Beställaren inom ett dygn och anmälas av Entreprenören till Arbetsmiljöverket.";
    expect(conceptHits(report, text, [], ["anmäl\\p{L}* (?:\\p{L}+ ){0,6}till arbetsmiljöverket"])).toEqual(["rapporteras"]);
    expect(conceptHits(report, text)).toEqual(["rapporteras", "anmälas"]);
  });

  it("every term form has a matcher", () => {
    expect(Object.keys(MATCHERS).sort()).toEqual(["abbreviation", "part", "pattern", "phrase", "word"]);
  });
});

describe("patterns from a rulebook", () => {
  it("run in linear time: a pattern that backtracks catastrophically in JavaScript finishes on 100 kB", () => {
    // With a backtracking engine this would not finish within the test's timeout.
    const text = `${"a".repeat(100_000)}!`;
    expect(found({ form: "pattern", text: "(a+)+$", lang: "sv" }, text)).toEqual([]);
    expect(found({ form: "pattern", text: "(a+)+!", lang: "sv" }, text)).toHaveLength(1);
  });
});

describe("adjectives written in the neuter", () => {
  it("systematiskt also finds systematisk, systematiska", () => {
    expect(found({ form: "phrase", text: "systematiskt brandskyddsarbete", lang: "sv" }, "Det systematiska brandskyddsarbetet och ett systematiskt brandskyddsarbete.")).toHaveLength(2);
  });
});
