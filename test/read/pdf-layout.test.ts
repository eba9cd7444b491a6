import { describe, expect, it } from "vitest";
import { layoutBlocks } from "../../src/read/blocks.js";
import { dropRunningLines, pagesToBlocks } from "../../src/read/pdf-layout.js";
import { pageAt } from "../../src/model/document.js";

const FULL = "Leverantören ska under hela avtalstiden bedriva verksamheten med god kvalitet och i enlighet med";

describe("PDF layout", () => {
  it("drops running headers and footers that repeat on most pages, page numbers included", () => {
    const body = ["Leverantören ska rapportera incidenter.", "Beställaren följer upp avtalet.", "Avtalet gäller i fyra år."];
    const pages = body.map((line, n) => ["Stockholms stad · Dnr 1.4-512/2026", line, `Sida ${n + 1} (3)`]);
    expect(dropRunningLines(pages)).toEqual(body.map((line) => [line]));
  });

  it("keeps lines that merely resemble each other outside the top and bottom of the page", () => {
    const page = (n: number) => ["Rubrik", "a", "b", "Leverantören ska följa stadens riktlinjer.", "c", "d", `Sida ${n}`];
    const kept = dropRunningLines([page(1), page(2)]);
    expect(kept[0]).toContain("Leverantören ska följa stadens riktlinjer.");
  });

  it("joins the lines of a paragraph and repairs words hyphenated at a line end", () => {
    const blocks = pagesToBlocks([`${FULL}\ngällande lagstiftning. Leverantören ska bedriva systematiskt brandskydds-\narbete och genomföra en risk-\noch sårbarhetsanalys årligen.`]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.text).toContain("systematiskt brandskyddsarbete och genomföra en risk- och sårbarhetsanalys");
  });

  it("keeps the hyphen of an abbreviation split at a line end", () => {
    const [block] = pagesToBlocks([`${FULL} RSA-\narbetet.`]);
    expect(block?.text).toContain("RSA-arbetet");
  });

  it("recognises numbered headings, list items and table-of-contents lines", () => {
    const blocks = pagesToBlocks([
      ["6.3 Brandskydd ............................ 12", "6 Säkerhet", "6.3 Brandskydd", "Leverantören ska:", "• rapportera incidenter,", "– inom ett dygn,", "• bedriva SBA."].join("\n"),
    ]);
    expect(blocks.map((b) => `${b.kind}${b.level ?? ""}:${b.text}`)).toEqual([
      "paragraph:6.3 Brandskydd ............................ 12",
      "heading1:6 Säkerhet",
      "heading2:6.3 Brandskydd",
      "paragraph:Leverantören ska:",
      "list-item1:rapportera incidenter,",
      "list-item2:inom ett dygn,",
      "list-item1:bedriva SBA.",
    ]);
  });

  it("continues a sentence over a page break and knows which page each part is on", () => {
    const drafts = pagesToBlocks([`Inledning.\n${FULL}`, "gällande lagstiftning om skydd mot olyckor."]);
    const laid = layoutBlocks(drafts);
    const para = laid.blocks.find((b) => b.text.startsWith("Leverantören"));
    expect(para?.text.endsWith("i enlighet med gällande lagstiftning om skydd mot olyckor.")).toBe(true);
    const doc = { path: "x.pdf", format: "pdf" as const, pages: 2, text: laid.text, blocks: laid.blocks, pageOffsets: laid.pageOffsets };
    expect(pageAt(doc, para?.start ?? 0)).toBe(1);
    expect(pageAt(doc, laid.text.indexOf("gällande lagstiftning om"))).toBe(2);
  });

  it("ends a block at a short unpunctuated line, as table rows in a PDF are", () => {
    const blocks = pagesToBlocks([`${FULL}\nkraven.\nK3.1 Systematiskt brandskyddsarbete Ska-krav\nK3.2 Årlig risk- och sårbarhetsanalys Ska-krav\n4 Definitioner`]);
    expect(blocks.map((b) => b.text)).toEqual([`${FULL} kraven.`, "K3.1 Systematiskt brandskyddsarbete Ska-krav", "K3.2 Årlig risk- och sårbarhetsanalys Ska-krav", "4 Definitioner"]);
    expect(blocks.at(-1)?.kind).toBe("heading");
  });
});

describe("requirement tables printed as lines", () => {
  it("keeps a row's Ska/Bör column with the row when it lands on a line of its own", () => {
    const blocks = pagesToBlocks(["4 Säkerhetskrav\nNr Krav Ska/Bör\n4.1 Hot- och riskanalys av\ndriftmiljön minst en gång per år.\nSka\n4.2 Presentation av resultatet.\nBör"]);
    expect(blocks.map((b) => b.text)).toContain("4.1 Hot- och riskanalys av driftmiljön minst en gång per år. | Ska");
    expect(blocks.map((b) => b.text)).toContain("4.2 Presentation av resultatet. | Bör");
  });
});
