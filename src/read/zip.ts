import { unzipSync } from "fflate";
import type { Result } from "../model/error.js";
import { fail, kravError, ok } from "../model/error.js";

/**
 * Tender platforms hand out a förfrågningsunderlag as one zip file. It is unpacked in memory, and
 * its documents are checked as if they were a folder: "underlag.zip/Bilaga 3c.pdf".
 */
export interface ZipEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What an archive, with every archive inside it, may unpack to: a "zip bomb" is refused. */
export interface ZipBudget {
  entries: number;
  bytes: number;
}

export const zipBudget = (): ZipBudget => ({ entries: 5_000, bytes: 1_000_000_000 });

// The upper half of code page 850, which Swedish Windows uses for names in zip files it writes.
const CP850 =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00AD±‗¾¶§÷¸°¨·¹³²■\u00A0";

/**
 * A name stored without the UTF-8 flag arrives read as Latin-1. Many tools still write UTF-8
 * there, so that is tried first; failing that, bytes 0x80–0x9F mean the DOS code page Swedish
 * Windows uses ("F\u0094rfr\u0086gningsunderlag" → "Förfrågningsunderlag"); else it was Latin-1.
 */
export function repairName(name: string): string {
  if (!/[\u0080-\u00FF]/u.test(name) || /[^\u0000-\u00FF]/u.test(name)) return name;
  const bytes = Uint8Array.from(name, (ch) => ch.charCodeAt(0));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    if (!/[\u0080-\u009F]/u.test(name)) return name;
    return [...name].map((ch) => (ch.charCodeAt(0) >= 0x80 ? (CP850[ch.charCodeAt(0) - 0x80] ?? ch) : ch)).join("");
  }
}

const ignored = (name: string): boolean => name.endsWith("/") || name.startsWith("__MACOSX/") || /(?:^|\/)\.DS_Store$/u.test(name);

/** Unpacks an archive, spending from `budget`, which nested archives share. */
export function unpackZip(bytes: Uint8Array, path: string, budget: ZipBudget = zipBudget()): Result<ZipEntry[]> {
  let exhausted = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (ignored(file.name) || exhausted) return false;
        budget.entries--;
        budget.bytes -= file.originalSize;
        exhausted = budget.entries < 0 || budget.bytes < 0;
        return !exhausted;
      },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(kravError("KRV-D012", `not a readable zip archive (${reason})`, { file: path, hint: "download the archive again, or unpack it and check the folder" }));
  }
  if (exhausted) {
    return fail(kravError("KRV-D012", "the zip archive unpacks to more than 5,000 files or 1 GB", { file: path, hint: "unpack it and check the folder" }));
  }
  const entries = Object.entries(files).map(([name, data]) => ({ name: repairName(name), bytes: data }));
  return ok(entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
}
