import type { SourceDoc } from "../model/document.js";
import type { Result } from "../model/error.js";
import { fail, kravError } from "../model/error.js";
import type { ReadOptions } from "../read/index.js";
import { readerFor } from "../read/index.js";

/** Reads one document's bytes with the reader for its type. A reader that throws is a bug, reported per file. */
export async function readDocument(path: string, bytes: Uint8Array, options: ReadOptions): Promise<Result<SourceDoc>> {
  const reader = readerFor(path);
  if (reader === undefined) return fail(kravError("KRV-D011", "unsupported file type", { file: path }));
  try {
    return await reader(bytes, path, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(kravError("KRV-I001", `internal error while reading: ${reason}`, { file: path, hint: "please report this with the file if you can share it" }));
  }
}
