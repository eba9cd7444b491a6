import type { SourceDoc } from "../model/document.js";
import type { Result } from "../model/error.js";

export interface ReadOptions {
  /** Password for encrypted PDFs. */
  readonly password?: string;
}

/** Bytes in, a document out. Readers never touch the file system and never normalise language. */
export type Reader = (bytes: Uint8Array, path: string, options: ReadOptions) => Promise<Result<SourceDoc>>;
