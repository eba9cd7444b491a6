import { describe, expect, it } from "vitest";
import { clauseUnits } from "../../src/text/units.js";
import { textDoc } from "../helpers.js";

describe("clauseUnits", () => {
  it("joins each list item with the sentence that leads into it", () => {
    const doc = textDoc("Leverantören ska:\n\n- genomföra en risk- och sårbarhetsanalys,\n- rapportera incidenter i RISK.\n", "k.md", "markdown");
    const items = clauseUnits(doc).filter((u) => u.kind === "list-item");
    expect(items.map((u) => u.quote)).toEqual([
      "Leverantören ska: … genomföra en risk- och sårbarhetsanalys,",
      "Leverantören ska: … rapportera incidenter i RISK.",
    ]);
    expect(items[0]?.norm.folded).toContain("leverantören ska");
  });

  it("uses an enclosing item ending in a colon as the lead-in of nested items", () => {
    const doc = textDoc("Leverantören ska:\n\n- utreda allvarliga händelser och:\n  - informera Beställaren samma dag.\n", "k.md", "markdown");
    const nested = clauseUnits(doc).find((u) => u.quote.includes("informera"));
    expect(nested?.quote).toBe("utreda allvarliga händelser och: … informera Beställaren samma dag.");
  });

  it("judges a table row as one unit with its cells", () => {
    const doc = textDoc("| Krav | Typ |\n|---|---|\n| Leverantören ska bedriva SBA | Ska-krav |\n", "k.md", "markdown");
    const row = clauseUnits(doc).find((u) => u.kind === "table-row");
    expect(row?.quote).toBe("Leverantören ska bedriva SBA | Ska-krav");
    expect(row?.block.header).toEqual(["Krav", "Typ"]);
  });

  it("splits paragraphs into sentences that point back into the document", () => {
    const text = "6.3 Brandskydd\n\nLeverantören ska bedriva SBA. Staden följer upp arbetet.\n";
    const doc = textDoc(text);
    const units = clauseUnits(doc).filter((u) => u.kind === "sentence");
    expect(units.map((u) => text.slice(u.span.start, u.span.end))).toEqual(["Leverantören ska bedriva SBA.", "Staden följer upp arbetet."]);
    expect(units[0]?.block.trail).toEqual(["6.3 Brandskydd"]);
  });
});
