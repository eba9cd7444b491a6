import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { KravError } from "../model/error.js";
import { kravError } from "../model/error.js";
import type { Skipped } from "../model/report.js";
import { compareStrings } from "../model/compare.js";
import { extensionOf, READERS, readerFor } from "../read/index.js";
import { unpackZip } from "../read/zip.js";

export interface InputFile {
  /** As the user gave it, joined onto the folder they gave, or inside a zip: "underlag.zip/Bilaga 3.pdf". */
  readonly path: string;
  readonly bytes: Uint8Array;
}

export interface Inputs {
  readonly files: InputFile[];
  readonly skipped: Skipped[];
  readonly errors: KravError[];
}

const SUPPORTED = [...Object.keys(READERS), ".zip"].join(", ");

/** A zip inside a zip is opened too, but no deeper. */
const MAX_ZIP_DEPTH = 2;

const baseName = (path: string): string => path.slice(path.lastIndexOf("/") + 1);

/** Why a file found in a folder or archive is not read, or undefined if it is. */
function skipReason(name: string): string | undefined {
  if (name.startsWith("~$")) return "Word lock file";
  if (name.startsWith(".")) return "hidden file";
  const ext = extensionOf(name);
  if (readerFor(name) !== undefined || ext === ".zip") return undefined;
  if (ext === ".doc") return "old Word format (.doc): save it as .docx or PDF to check it";
  return ext === "" ? "no file extension" : `unsupported type ${ext} (kravkoll reads ${SUPPORTED})`;
}

function readBytes(path: string, shown: string, errors: KravError[]): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "EACCES" ? "permission denied" : ((error as Error).message ?? "read error");
    errors.push(kravError("KRV-D008", `the file could not be read: ${reason}`, { file: shown }));
    return undefined;
  }
}

/** Adds a file to read; a zip archive adds the documents inside it. */
function addFile(path: string, bytes: Uint8Array, out: Inputs, depth = 0): void {
  if (extensionOf(path) !== ".zip") {
    out.files.push({ path, bytes });
    return;
  }
  if (depth >= MAX_ZIP_DEPTH) {
    out.skipped.push({ path, reason: "zip archive nested too deep: unpack it and check the folder" });
    return;
  }
  const entries = unpackZip(bytes, path);
  if (!entries.ok) {
    out.errors.push(...entries.errors);
    return;
  }
  for (const entry of entries.value) {
    const inner = `${path}/${entry.name}`;
    const reason = skipReason(baseName(entry.name));
    if (reason !== undefined) out.skipped.push({ path: inner, reason });
    else addFile(inner, entry.bytes, out, depth + 1);
  }
}

/** Walks a folder recursively in a fixed order, listing what it cannot read. */
function walk(dir: string, shown: string, out: Inputs): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareStrings(a.name, b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const label = `${shown}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name.startsWith(".")) out.skipped.push({ path: label, reason: "hidden folder" });
      else walk(path, label, out);
      continue;
    }
    if (!entry.isFile()) continue;
    const reason = skipReason(entry.name);
    if (reason !== undefined) {
      out.skipped.push({ path: label, reason });
      continue;
    }
    const bytes = readBytes(path, label, out.errors);
    if (bytes) addFile(label, bytes, out);
  }
}

/** Resolves the paths a user gave into files to read. A file named explicitly must be readable. */
export function collectInputs(paths: readonly string[], cwd: string): Inputs {
  const out: Inputs = { files: [], skipped: [], errors: [] };
  for (const path of paths) {
    const full = resolve(cwd, path);
    let stats;
    try {
      stats = statSync(full);
    } catch {
      out.errors.push(kravError("KRV-D001", "no such file or folder", { file: path, hint: "check the path" }));
      continue;
    }
    if (stats.isDirectory()) {
      const before = out.files.length;
      const errorsBefore = out.errors.length;
      walk(full, path.replace(/[/\\]+$/u, "") || path, out);
      if (out.files.length === before && out.errors.length === errorsBefore) {
        out.errors.push(kravError("KRV-D010", `no documents to check in this folder (kravkoll reads ${SUPPORTED})`, { file: path }));
      }
      continue;
    }
    if (readerFor(path) === undefined && extensionOf(path) !== ".zip") {
      out.errors.push(kravError("KRV-D011", skipReason(baseName(path)) ?? "unsupported file type", { file: path }));
      continue;
    }
    const bytes = readBytes(full, path, out.errors);
    if (bytes) addFile(path, bytes, out);
  }
  return out;
}
