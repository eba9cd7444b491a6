import { READING } from "../lang/index.js";
import mammoth from "mammoth";
import { fail, kravError, ok } from "../model/error.js";
import { layoutBlocks } from "./blocks.js";
import { htmlToBlocks } from "./docx-html.js";
import type { Reader } from "./types.js";

/**
 * Word's built-in headings keep their English style names even in Swedish Word, and mammoth maps
 * those already; these cover documents whose templates name the styles in Swedish, and keep
 * table-of-contents entries as plain paragraphs.
 */
const styles = READING.wordStyles;
const STYLE_MAP = [
  ...styles.heading.flatMap((name) => [1, 2, 3, 4, 5, 6].map((n) => `p[style-name='${name} ${n}'] => h${n}:fresh`)),
  ...styles.title.map((name) => `p[style-name='${name}'] => h1:fresh`),
  ...styles.toc.flatMap((name) => [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => `p[style-name='${name} ${n}'] => p:fresh`)),
];

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b;
const isOle = (bytes: Uint8Array): boolean => bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

export const readDocx: Reader = async (bytes, path) => {
  if (bytes.length === 0) return fail(kravError("KRV-D002", "the file is empty", { file: path }));
  if (isOle(bytes)) {
    return fail(kravError("KRV-D007", "not a .docx file: this is a password-protected Word file or an old .doc file", { file: path, hint: "open it in Word, remove the password and save as .docx (or export to PDF)" }));
  }
  if (!isZip(bytes)) {
    return fail(kravError("KRV-D007", "not a Word (.docx) file", { file: path, hint: "save the document as .docx or PDF" }));
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP, ignoreEmptyParagraphs: true });
    html = result.value;
  } catch {
    return fail(kravError("KRV-D007", "not a Word (.docx) file: the package is damaged or is another kind of zip file", { file: path, hint: "save the document as .docx or PDF" }));
  }
  const drafts = htmlToBlocks(html);
  if (drafts.length === 0) return fail(kravError("KRV-D009", "the document holds no text", { file: path }));
  const laidOut = layoutBlocks(drafts);
  return ok({ path, format: "docx", pages: null, text: laidOut.text, blocks: laidOut.blocks });
};
