/**
 * Text files from Swedish municipalities come as UTF-8, UTF-16 (Notepad's "Unicode") or
 * Windows-1252 (older Windows tools). Decode by byte-order mark, then strict UTF-8, then 1252.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** Unix line ends, so that line and column numbers agree with every editor. */
export const unixLines = (text: string): string => text.replace(/\r\n?/gu, "\n");
