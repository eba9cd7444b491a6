import { readDocx } from "./docx.js";
import { readPdf } from "./pdf.js";
import { textReader } from "./text.js";
import type { Reader } from "./types.js";

export type { ReadOptions, Reader } from "./types.js";

/** Every readable file type, by lower-case extension. The keys are the list of supported types. */
export const READERS = {
  ".pdf": readPdf,
  ".docx": readDocx,
  ".txt": textReader("text"),
  ".text": textReader("text"),
  ".md": textReader("markdown"),
  ".markdown": textReader("markdown"),
} as const satisfies Record<string, Reader>;

export type Extension = keyof typeof READERS;

export const extensionOf = (path: string): string => {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
};

export function readerFor(path: string): Reader | undefined {
  const ext = extensionOf(path);
  return Object.hasOwn(READERS, ext) ? READERS[ext as Extension] : undefined;
}
