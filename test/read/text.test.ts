import { describe, expect, it } from "vitest";
import { textReader } from "../../src/read/text.js";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const readText = textReader("text");
const readMarkdown = textReader("markdown");

async function blocksOf(text: string | Uint8Array, markdown = false) {
  const read = await (markdown ? readMarkdown : readText)(typeof text === "string" ? enc(text) : text, "avtal.txt", {});
  if (!read.ok) throw new Error(read.errors.map((e) => e.message).join());
  return read.value;
}

describe("text and Markdown reader", () => {
  it("keeps every block a slice of the document text, so places point into the file", async () => {
    const doc = await blocksOf("# Avtal\n\n## 6.3 Brandskydd\n\nLeverantören ska bedriva\nsystematiskt brandskyddsarbete.\n\n- första punkten\n- andra punkten\n", true);
    for (const b of doc.blocks) expect(doc.text.slice(b.start, b.end)).toBe(b.text);
    expect(doc.blocks.map((b) => b.kind)).toEqual(["heading", "heading", "paragraph", "list-item", "list-item"]);
  });

  it("reads Markdown headings with their levels and gives each block its section trail", async () => {
    const doc = await blocksOf("# Avtal\n\n## 6 Säkerhet\n\n### 6.3 Brandskydd\n\nLeverantören ska bedriva SBA.\n", true);
    const para = doc.blocks.find((b) => b.kind === "paragraph");
    expect(para?.trail).toEqual(["Avtal", "6 Säkerhet", "6.3 Brandskydd"]);
  });

  it("recognises numbered headings standing alone in plain text", async () => {
    const doc = await blocksOf("6 Säkerhet\n\n6.3 Brandskydd\n\nLeverantören ska bedriva SBA.\n\n1. Leverantören ska rapportera.\n");
    expect(doc.blocks.filter((b) => b.kind === "heading").map((b) => [b.text, b.level])).toEqual([
      ["6 Säkerhet", 1],
      ["6.3 Brandskydd", 2],
    ]);
    expect(doc.blocks.at(-1)?.kind).toBe("list-item");
  });

  it("reads nested list items with their depth", async () => {
    const doc = await blocksOf("- rapportera\n  - incidenter\n  - tillbud\n- dokumentera\n", true);
    expect(doc.blocks.map((b) => [b.text, b.level])).toEqual([
      ["rapportera", 1],
      ["incidenter", 2],
      ["tillbud", 2],
      ["dokumentera", 1],
    ]);
  });

  it("reads pipe tables row by row with their header", async () => {
    const doc = await blocksOf("| Krav | Typ |\n|---|---|\n| Leverantören ska bedriva SBA | Ska-krav |\n", true);
    const row = doc.blocks[0];
    expect(row?.kind).toBe("table-row");
    expect(row?.header).toEqual(["Krav", "Typ"]);
    expect(row?.cells?.map((c) => doc.text.slice(c.start, c.end))).toEqual(["Leverantören ska bedriva SBA", "Ska-krav"]);
  });

  it("decodes Windows-1252 and UTF-16 files as well as UTF-8", async () => {
    const latin1 = Uint8Array.from([...enc("Leverant"), 0xf6, ...enc("ren ska "), 0xe5, ...enc("ta sig ansvar.")]);
    expect((await blocksOf(latin1)).text).toBe("Leverantören ska åta sig ansvar.");
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from("Säkerhet").flatMap((ch) => [ch.charCodeAt(0), 0])]);
    expect((await blocksOf(utf16)).text).toBe("Säkerhet");
  });

  it("treats Windows line ends like Unix ones", async () => {
    const doc = await blocksOf("Första stycket.\r\n\r\nAndra stycket.\r\n");
    expect(doc.blocks.map((b) => b.text)).toEqual(["Första stycket.", "Andra stycket."]);
  });

  it("rejects an empty file and a file of blank lines", async () => {
    const empty = await readText(new Uint8Array(0), "tom.txt", {});
    expect(empty.ok ? "ok" : empty.errors[0]?.code).toBe("KRV-D002");
    const blank = await readText(enc("\n\n  \n"), "blank.txt", {});
    expect(blank.ok ? "ok" : blank.errors[0]?.code).toBe("KRV-D009");
  });
});
