// First, so that it holds the native Array.prototype.push before pdf.js replaces it.
import { restoreNativePush } from "./native-push.js";
import { InvalidPDFException, PasswordException, PDFParse } from "pdf-parse";
import { fail, kravError, ok } from "../model/error.js";
import { layoutBlocks } from "./blocks.js";
import { pageLines, pagesToBlocks } from "./pdf-layout.js";
import type { PageTable } from "./pdf-tables.js";
import { tableShapedPages } from "./pdf-tables.js";
import type { Reader } from "./types.js";

restoreNativePush();

/** Fewer visible characters than this on every page means there is no text layer to read. */
const MIN_TEXT = 10;

const visible = (text: string): number => text.replace(/\s+/gu, "").length;

/** Compact page list for messages: [3,4,5,9] → "3–5, 9". */
export function pageRanges(pages: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < pages.length) {
    let j = i;
    while (j + 1 < pages.length && (pages[j + 1] ?? 0) === (pages[j] ?? 0) + 1) j++;
    parts.push(i === j ? String(pages[i]) : `${pages[i]}–${pages[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
}

/**
 * The ruled tables on the pages that look as if they hold one (most pages do not, and reading
 * tables costs about as much as reading text). When pdf-parse cannot work out a page's table
 * geometry, the text is still all there: the tables are read line by line, and the user is told.
 */
async function ruledTables(parser: PDFParse, pages: readonly string[]): Promise<{ tables: (readonly PageTable[] | undefined)[]; failed?: string }> {
  const { pages: lines, width } = pageLines(pages);
  const wanted = tableShapedPages(lines, width);
  if (wanted.length === 0) return { tables: [] };
  try {
    const found = await parser.getTable({ partial: wanted });
    const tables: (readonly PageTable[] | undefined)[] = [];
    for (const page of found.pages) tables[page.num - 1] = page.tables;
    return { tables };
  } catch (error) {
    return { tables: [], failed: error instanceof Error ? error.message : String(error) };
  }
}

export const readPdf: Reader = async (bytes, path, options) => {
  if (bytes.length === 0) return fail(kravError("KRV-D002", "the file is empty", { file: path }));
  // pdf.js takes ownership of the buffer it is given; hand it a copy.
  const parser = new PDFParse({ data: new Uint8Array(bytes), ...(options.password !== undefined ? { password: options.password } : {}) });
  let pages: string[];
  let tables: (readonly PageTable[] | undefined)[] = [];
  let tablesFailed: string | undefined;
  try {
    const result = await parser.getText();
    pages = result.pages.map((p) => p.text);
    ({ tables, failed: tablesFailed } = await ruledTables(parser, pages));
  } catch (error) {
    if (error instanceof PasswordException) {
      return options.password === undefined
        ? fail(kravError("KRV-D004", "the PDF is encrypted", { file: path, hint: "give its password with --password" }))
        : fail(kravError("KRV-D005", "the PDF is encrypted and the password given does not open it", { file: path, hint: "check the password given with --password" }));
    }
    if (error instanceof InvalidPDFException) {
      return fail(kravError("KRV-D003", "not a readable PDF: the file is damaged or is not a PDF", { file: path, hint: "download or export the document again" }));
    }
    const reason = error instanceof Error ? error.message : String(error);
    return fail(kravError("KRV-D003", `the PDF could not be read (${reason})`, { file: path, hint: "download or export the document again" }));
  } finally {
    await parser.destroy();
    // pdf.js's worker code, loaded with the first document, replaces it again.
    restoreNativePush();
  }
  if (pages.every((p) => visible(p) < MIN_TEXT)) {
    return fail(kravError("KRV-D006", "the PDF has no text layer — scanned? run OCR first", { file: path, hint: "run OCR (e.g. ocrmypdf) and check the OCR'd file" }));
  }
  const laidOut = layoutBlocks(pagesToBlocks(pages, tables));
  const blank = pages.flatMap((p, i) => (visible(p) < MIN_TEXT ? [i + 1] : []));
  const warnings = [
    ...(blank.length > 1 ? [`pages ${pageRanges(blank)} have no text layer (scanned?) and were not checked`] : []),
    ...(blank.length === 1 ? [`page ${pageRanges(blank)} has no text layer (scanned?) and was not checked`] : []),
    ...(tablesFailed !== undefined ? [`its tables could not be read cell by cell (${tablesFailed}) and were read line by line`] : []),
  ];
  return ok({
    path,
    format: "pdf",
    pages: pages.length,
    text: laidOut.text,
    blocks: laidOut.blocks,
    pageOffsets: laidOut.pageOffsets,
    ...(warnings.length > 0 ? { warnings } : {}),
  });
};
