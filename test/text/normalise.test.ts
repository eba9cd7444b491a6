import { describe, expect, it } from "vitest";
import { headStart, normalise, sourceRange } from "../../src/text/normalise.js";

const folded = (s: string): string => normalise(s).folded;

describe("normalise", () => {
  it("composes decomposed Swedish letters (NFC) so å from a PDF matches å typed in a rulebook", () => {
    const decomposed = "sa\u030Arbarhetsanalys"; // a + combining ring above
    expect(folded(decomposed)).toBe("sårbarhetsanalys");
  });

  it("removes soft hyphens and zero-width characters that Word and PDFs leave inside words", () => {
    expect(folded("brand\u00ADskydds\u200Barbete")).toBe("brandskyddsarbete");
  });

  it("resolves ligatures from PDF fonts", () => {
    expect(folded("ﬁnansiering och ﬂexibel")).toBe("finansiering och flexibel");
  });

  it("turns no-break spaces, typographic quotes and dashes into plain ones", () => {
    expect(normalise("Lag\u00A0(2003:778) – ”skydd” mot ‘olyckor’").text).toBe('Lag (2003:778) - "skydd" mot \'olyckor\'');
  });

  it("folds case the Swedish way", () => {
    expect(folded("ÅTAGANDE ÄR ÖVERENSKOMMET")).toBe("åtagande är överenskommet");
  });

  it("expands coordination ellipsis: risk- och sårbarhetsanalys", () => {
    expect(folded("Leverantören ska genomföra risk- och sårbarhetsanalyser.")).toBe("leverantören ska genomföra riskanalyser och sårbarhetsanalyser.");
  });

  it("expands a list of several first parts: brand-, inbrotts- och vattenskadeskydd", () => {
    expect(folded("brand-, inbrotts- och vattenskadeskydd")).toBe("brandskydd, inbrottsskydd och vattenskadeskydd");
  });

  it("expands a shared first part: incidentrapportering och -hantering", () => {
    expect(folded("incidentrapportering och -hantering")).toBe("incidentrapportering och incidenthantering");
  });

  it("leaves an ellipsis alone when the shared head is unclear", () => {
    expect(folded("IT- och informationssäkerhetsarbete")).toBe("it- och informationssäkerhetsarbete");
  });

  it("joins a word hyphenated at a line break but keeps a coordination hyphen", () => {
    expect(folded("systematiskt brandskydds-\narbete")).toBe("systematiskt brandskyddsarbete");
    expect(folded("risk-\noch sårbarhetsanalys")).toBe("riskanalys och sårbarhetsanalys");
    expect(folded("RSA-\narbetet")).toBe("rsa-arbetet");
  });

  it("maps every normalised character back to where it came from", () => {
    const source = "Avtal: risk- och sårbarhetsanalys";
    const norm = normalise(source, 100);
    expect(norm.map.length).toBe(norm.text.length);
    const at = norm.folded.indexOf("sårbarhetsanalys");
    const range = sourceRange(norm, at, at + "sårbarhetsanalys".length);
    expect(source.slice(range.start - 100, range.end - 100)).toBe("sårbarhetsanalys");
  });

  it("finds the head of a compound for expansion", () => {
    expect("sårbarhetsanalyserna".slice(headStart("sårbarhetsanalyserna"))).toBe("analyserna");
    expect(headStart("xyz")).toBe(-1);
  });
});
