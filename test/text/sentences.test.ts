import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/text/sentences.js";

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("splits at a full stop before a capital letter", () => {
    expect(sentences("Leverantören ska rapportera incidenter. Beställaren följer upp.")).toEqual([
      "Leverantören ska rapportera incidenter.",
      "Beställaren följer upp.",
    ]);
  });

  it("does not split after Swedish abbreviations", () => {
    const text = "Leverantören ska t.ex. rapportera tillbud, bl.a. enl. rutin, s.k. avvikelser. Nästa mening.";
    expect(sentences(text)).toHaveLength(2);
  });

  it("does not split inside a legal reference with kap. and §", () => {
    const text = "Ägare ska enligt 2 kap. 2 § lag (2003:778) vidta åtgärder. Detta gäller även Leverantören.";
    expect(sentences(text)[0]).toBe("Ägare ska enligt 2 kap. 2 § lag (2003:778) vidta åtgärder.");
  });

  it("splits before a quoted sentence and at question and exclamation marks", () => {
    expect(sentences('Gäller detta? "Ja" svarade staden! Slut.')).toHaveLength(3);
  });

  it("returns one sentence for text without a full stop", () => {
    expect(sentences("  Leverantören ska följa stadens riktlinjer  ")).toEqual(["Leverantören ska följa stadens riktlinjer"]);
  });
});
