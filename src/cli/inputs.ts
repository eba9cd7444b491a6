import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { KravError } from "../model/error.js";
import { kravError } from "../model/error.js";
import type { Skipped } from "../model/report.js";
import { compareStrings } from "../model/compare.js";
import { extensionOf, READERS, readerFor } from "../read/index.js";

export interface InputFile {
  /** As the user gave it, or joined onto the folder they gave. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

export interface Inputs {
  readonly files: InputFile[];
  readonly skipped: Skipped[];
  readonly errors: KravError[];
}

const SUPPORTED = Object.keys(READERS).join(", ");

/** Why a file found in a folder is not read, or undefined if it is. */
function skipReason(name: string): string | undefined {
  if (name.startsWith("~$")) return "Word lock file";
  if (name.startsWith(".")) return "hidden file";
  const ext = extensionOf(name);
  if (readerFor(name) !== undefined) return undefined;
  if (ext === ".doc") return "old Word format (.doc): save it as .docx or PDF to check it";
  if (ext === ".zip") return "zip archive: unpack it and check the folder";
  return ext === "" ? "no file extension" : `unsupported type ${ext} (kravkoll reads ${SUPPORTED})`;
}

function readBytes(path: string, errors: KravError[]): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "EACCES" ? "permission denied" : ((error as Error).message ?? "read error");
    errors.push(kravError("KRV-D008", `the file could not be read: ${reason}`, { file: path }));
    return undefined;
  }
}

/** Walks a folder recursively in a fixed order, listing what it cannot read. */
function walk(dir: string, out: Inputs): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareStrings(a.name, b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name.startsWith(".")) out.skipped.push({ path, reason: "hidden folder" });
      else walk(path, out);
      continue;
    }
    if (!entry.isFile()) continue;
    const reason = skipReason(entry.name);
    if (reason !== undefined) {
      out.skipped.push({ path, reason });
      continue;
    }
    const bytes = readBytes(path, out.errors);
    if (bytes) out.files.push({ path, bytes });
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
      const sub: Inputs = { files: [], skipped: [], errors: [] };
      walk(full, sub);
      const rel = (p: string): string => path.replace(/\/+$/u, "") + p.slice(full.replace(/\/+$/u, "").length);
      out.files.push(...sub.files.map((f) => ({ ...f, path: rel(f.path) })));
      out.skipped.push(...sub.skipped.map((s) => ({ ...s, path: rel(s.path) })));
      out.errors.push(...sub.errors.map((e) => ({ ...e, ...(e.file ? { file: rel(e.file) } : {}) })));
      if (out.files.length === before && sub.errors.length === 0) {
        out.errors.push(kravError("KRV-D010", `no documents to check in this folder (kravkoll reads ${SUPPORTED})`, { file: path }));
      }
      continue;
    }
    if (readerFor(path) === undefined) {
      out.errors.push(kravError("KRV-D011", skipReason(path.slice(path.lastIndexOf("/") + 1)) ?? "unsupported file type", { file: path }));
      continue;
    }
    const bytes = readBytes(full, out.errors);
    if (bytes) out.files.push({ path, bytes });
  }
  return out;
}
