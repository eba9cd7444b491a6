import { describe, expect, it } from "vitest";
import { readPdf } from "../../src/read/pdf.js";
import { pagesToBlocks } from "../../src/read/pdf-layout.js";
import { placeTables, tableShapedPages } from "../../src/read/pdf-tables.js";
import { renderPdf } from "../../scripts/fixtures/pdf.js";

// How a PDF's text layer prints a ruled requirements table whose cells wrap: fragment by fragment.
const LINES = [
  "2 Säkerhetskrav",
  "Nr Krav Ska Bör",
  "S3 Säkerhetsincidenter",
  "som påverkar",
  "Kommunens information",
  "rapporteras inom 24 timmar.",
  "X",
  "S5 Leverantören har en",
  "kontinuitetsplan för tjänsten.",
  "X",
  "3 Uppföljning",
];
const TABLE = [
  ["Nr", "Krav", "Ska", "Bör"],
  ["S3", "Säkerhetsincidenter\nsom påverkar\nKommunens information\nrapporteras inom 24 timmar.", "X", ""],
  ["S5", "Leverantören har en\nkontinuitetsplan för tjänsten.", "", "X"],
];

describe("ruled tables in a PDF", () => {
  it("put a table's rows back where its fragments were, with the header row as column names", () => {
    const [placed] = placeTables(LINES, [TABLE], 1);
    expect(placed).toMatchObject({ start: 1, end: 9 });
    expect(placed?.blocks.map((b) => b.cells)).toEqual([
      ["S3", "Säkerhetsincidenter som påverkar Kommunens information rapporteras inom 24 timmar.", "X", ""],
      ["S5", "Leverantören har en kontinuitetsplan för tjänsten.", "", "X"],
    ]);
    expect(placed?.blocks[0]?.header).toEqual(["Nr", "Krav", "Ska", "Bör"]);
  });

  it("replace the fragments in the page's blocks and keep the text around them", () => {
    const blocks = pagesToBlocks([LINES.join("\n")], [[TABLE]]);
    expect(blocks.map((b) => b.kind)).toEqual(["heading", "table-row", "table-row", "heading"]);
  });

  it("leave a box drawn around one paragraph, or a table whose words are not on the page, to the line rules", () => {
    expect(placeTables(LINES, [[["Observera att anbud ska lämnas senast 12 maj."]]], 1)).toEqual([]);
    expect(placeTables(LINES, [[["A1", "Något helt annat"], ["A2", "som inte står här"]]], 1)).toEqual([]);
  });

  it("carry the header of a table that breaks over a page to its rows on the next page", () => {
    const page1 = "2 Säkerhetskrav\nNr Krav Ska Bör\nS3 Incidenter\nrapporteras.\nX";
    const page2 = "S5 Leverantören har en\nkontinuitetsplan.\nX\n3 Uppföljning";
    const blocks = pagesToBlocks([page1, page2], [
      [[["Nr", "Krav", "Ska", "Bör"], ["S3", "Incidenter\nrapporteras.", "X", ""]]],
      [[["S5", "Leverantören har en\nkontinuitetsplan.", "", "X"], ["", "", "", ""]]],
    ]);
    expect(blocks.find((b) => b.text.startsWith("S5"))?.header).toEqual(["Nr", "Krav", "Ska", "Bör"]);
  });

  it("take a header row left at the foot of a page, or printed just above the rows, as the column names", () => {
    const rows = [["S5", "Leverantören har en\nkontinuitetsplan.", "", "X"]];
    const header = ["Nr", "Krav", "Ska", "Bör"];
    const blocks = pagesToBlocks(["2 Säkerhetskrav\nLöptext före tabellen.\nNr Krav Ska Bör", "S5 Leverantören har en\nkontinuitetsplan.\nX"], [[[header]], [rows]]);
    expect(blocks.find((b) => b.text.startsWith("S5"))?.header).toEqual(header);
    const lines = ["Nr Krav Ska Bör", "S5 Leverantören har en", "kontinuitetsplan.", "X", "S6 Leverantören följer", "riktlinjerna.", "X"];
    const [above] = placeTables(lines, [[...rows, ["S6", "Leverantören följer\nriktlinjerna.", "X", ""]]], 1);
    expect(above).toMatchObject({ start: 0, header });
  });

  it("keep a one-row box in the middle of a page as text", () => {
    const lines = ["3 Tidplan", "Risk- och sårbarhetsanalys Årligen, senast 31 mars", "Leverantören ska följa tidplanen."];
    expect(placeTables(lines, [[["Risk- och sårbarhetsanalys", "Årligen, senast 31 mars"]]], 1)).toEqual([]);
  });

  it("in a long document, ask only pages with a run of short lines or a lone mark", () => {
    const prose = "Leverantören ska bedriva systematiskt brandskyddsarbete i de lokaler som används för uppdraget.";
    const pages = Array.from({ length: 50 }, () => [prose, prose, prose]);
    pages[6] = LINES;
    pages[9] = [prose, "S2 Leverantören redovisar årligen resultatet av sin riskanalys för nämnden.", "Bör", prose];
    expect(tableShapedPages(pages, prose.length)).toEqual([7, 10]);
    expect(tableShapedPages(pages.slice(0, 3), prose.length)).toEqual([1, 2, 3]);
  });

  it("read an X under the Bör column from a real PDF, so the row is a wish", async () => {
    const pdf = await renderPdf({
      title: "Bilaga 3 Säkerhetskrav",
      body: [
        { h: 1, text: "2 Säkerhetskrav" },
        {
          table: {
            header: ["Nr", "Krav", "Ska", "Bör"],
            rows: [
              ["S1", "Leverantören genomför en riskanalys av tjänsten och den egna driftorganisationen minst en gång per år.", "X", ""],
              ["S5", "Leverantören har en dokumenterad kontinuitetsplan för tjänsten med angivna återställningstider.", "", "X"],
            ],
            widths: [0.1, 0.5, 0.1, 0.1],
          },
        },
      ],
    });
    const read = await readPdf(new Uint8Array(pdf), "bilaga.pdf", {});
    if (!read.ok) throw new Error(read.errors[0]?.message);
    const s5 = read.value.blocks.find((b) => b.text.startsWith("S5"));
    expect(s5?.kind).toBe("table-row");
    expect(s5?.text).toBe("S5 | Leverantören har en dokumenterad kontinuitetsplan för tjänsten med angivna återställningstider. |  | X");
    expect(s5?.header).toEqual(["Nr", "Krav", "Ska", "Bör"]);
  });
});
