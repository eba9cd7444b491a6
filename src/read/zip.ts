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

/** Limits that keep a crafted archive (a "zip bomb") from exhausting memory. */
export const ZIP_LIMITS = { entries: 5_000, totalBytes: 1_000_000_000 } as const;

// The upper half of code page 850, which Swedish Windows uses for names in zip files it writes.
const CP850 =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00AD±‗¾¶§÷¸°¨·¹³²■\u00A0";

/**
 * A name stored without the UTF-8 flag arrives read as Latin-1. Bytes 0x80–0x9F are control
 * characters there, so a name holding them was written in the DOS code page: "F\u0094rfr\u0086gningsunderlag" → "Förfrågningsunderlag".
 */
export function repairName(name: string): string {
  if (!/[\u0080-\u009F]/u.test(name) || /[^\u0000-\u00FF]/u.test(name)) return name;
  return [...name].map((ch) => (ch.charCodeAt(0) >= 0x80 ? (CP850[ch.charCodeAt(0) - 0x80] ?? ch) : ch)).join("");
}

const ignored = (name: string): boolean => name.endsWith("/") || name.startsWith("__MACOSX/") || /(?:^|\/)\.DS_Store$/u.test(name);

export function unpackZip(bytes: Uint8Array, path: string): Result<ZipEntry[]> {
  let total = 0;
  let count = 0;
  let tooBig = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (ignored(file.name)) return false;
        count++;
        total += file.originalSize;
        if (count > ZIP_LIMITS.entries || total > ZIP_LIMITS.totalBytes) tooBig = true;
        return !tooBig;
      },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(kravError("KRV-D012", `not a readable zip archive (${reason})`, { file: path, hint: "download the archive again, or unpack it and check the folder" }));
  }
  if (tooBig) {
    return fail(kravError("KRV-D012", `the zip archive unpacks to more than ${ZIP_LIMITS.entries} files or ${ZIP_LIMITS.totalBytes / 1e9} GB`, { file: path, hint: "unpack it and check the folder" }));
  }
  const entries = Object.entries(files).map(([name, data]) => ({ name: repairName(name), bytes: data }));
  return ok(entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
}
