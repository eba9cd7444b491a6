import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDocx } from "../../src/read/docx.js";
import { htmlToBlocks } from "../../src/read/docx-html.js";
import { FIXTURES } from "../helpers.js";

const bytes = (name: string): Uint8Array => readFileSync(join(FIXTURES, name));

describe("DOCX reader", () => {
  it("reads Word heading styles, nested lists and tables with their header row", async () => {
    const read = await readDocx(bytes("compliant/02-kravspecifikation.docx"), "k.docx", {});
    if (!read.ok) throw new Error(read.errors[0]?.message);
    const { blocks } = read.value;
    expect(blocks.filter((b) => b.kind === "heading").map((b) => [b.text, b.level])).toContainEqual(["5.1 Incidenter och avvikelser", 2]);
    const nested = blocks.find((b) => b.text === "informera Beställaren samma dag,");
    expect(nested).toMatchObject({ kind: "list-item", level: 2, trail: ["5 Säkerhet och beredskap", "5.1 Incidenter och avvikelser"] });
    const row = blocks.find((b) => b.kind === "table-row" && b.text.startsWith("K5.2"));
    expect(row?.header).toEqual(["Krav-ID", "Krav", "Kravtyp"]);
    expect(row?.cells).toHaveLength(3);
  });

  it("counts tracked insertions and ignores tracked deletions", async () => {
    const read = await readDocx(bytes("compliant/02-kravspecifikation.docx"), "k.docx", {});
    if (!read.ok) throw new Error(read.errors[0]?.message);
    const clause = read.value.blocks.find((b) => b.text.startsWith("Leverantören ska följa stadens vid var tid"));
    expect(clause?.text).toBe("Leverantören ska följa stadens vid var tid gällande riktlinjer för informationssäkerhet och de krav som anges i Bilaga 3c Informationssäkerhet.");
  });

  it("does not read running headers and footers", async () => {
    const read = await readDocx(bytes("compliant/02-kravspecifikation.docx"), "k.docx", {});
    expect(read.ok && read.value.text.includes("Östermalms stadsdelsförvaltning")).toBe(false);
  });

  it("says a file that is not a Word document is not one", async () => {
    const read = await readDocx(bytes("bad/not-word.docx"), "n.docx", {});
    expect(read.ok ? "ok" : read.errors[0]?.code).toBe("KRV-D007");
    const ole = await readDocx(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "gammal.docx", {});
    expect(ole.ok ? "" : ole.errors[0]?.message).toMatch(/password-protected|old \.doc/u);
  });

  it("turns mammoth's HTML into blocks, decoding entities and keeping table-of-contents tabs", () => {
    const blocks = htmlToBlocks("<h2>6.3 Brandskydd &amp; utrymning</h2><p>1 Inledning\t3</p><ul><li>rapportera<ul><li>incidenter</li></ul></li></ul>");
    expect(blocks).toEqual([
      { kind: "heading", text: "6.3 Brandskydd & utrymning", level: 2 },
      { kind: "paragraph", text: "1 Inledning\t3" },
      { kind: "list-item", text: "rapportera", level: 1 },
      { kind: "list-item", text: "incidenter", level: 2 },
    ]);
  });
});

describe("footnotes", () => {
  it("reads footnote text without mammoth's markers and back-links", () => {
    const html = '<p>Leverantören ska följa avtalet.<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p><ol><li id="footnote-1"><p>Leverantören ska bedriva SBA. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(htmlToBlocks(html).map((b) => b.text)).toEqual(["Leverantören ska följa avtalet.", "Leverantören ska bedriva SBA."]);
  });
});
