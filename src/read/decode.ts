/**
 * Text files from Swedish municipalities come as UTF-8, UTF-16 (Notepad's "Unicode", with or
 * without a byte-order mark) or Windows-1252 (older Windows tools). Decode by byte-order mark,
 * then UTF-16 by its zero bytes, then strict UTF-8, then 1252.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const utf16 = utf16Order(bytes);
  if (utf16 !== undefined) return new TextDecoder(utf16).decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** Text in UTF-16 without a byte-order mark has a zero byte in every other place, mostly. */
function utf16Order(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++;
  const half = sample / 2;
  if (odd > half * 0.6 && even < half * 0.05) return "utf-16le";
  if (even > half * 0.6 && odd < half * 0.05) return "utf-16be";
  return undefined;
}

/** What a file named .txt or .md really is, when its bytes say it is not text at all. */
export function binaryKind(bytes: Uint8Array, text: string): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  if (head.startsWith("%PDF")) return "a PDF";
  if (head.startsWith("PK\u0003\u0004")) return "a zip package (a .docx, .xlsx or zip file)";
  if (head.startsWith("\u00D0\u00CF\u0011\u00E0")) return "an old Office file (.doc, .xls)";
  // Control characters other than white space are rare in text and common in binary data.
  const sample = text.slice(0, 4096);
  const control = sample.match(/[\u0000-\u0008\u000E-\u001F\u007F]/gu)?.length ?? 0;
  return sample.length > 0 && control / sample.length > 0.02 ? "binary data" : undefined;
}

/** Unix line ends, so that line and column numbers agree with every editor. */
export const unixLines = (text: string): string => text.replace(/\r\n?/gu, "\n");
