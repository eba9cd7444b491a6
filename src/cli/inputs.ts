import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { KravError } from "../model/error.js";
import { kravError } from "../model/error.js";
import type { Skipped } from "../model/report.js";
import { compareStrings } from "../model/compare.js";
import { extensionOf, READERS, readerFor } from "../read/index.js";
import type { ZipBudget } from "../read/zip.js";
import { unpackZip, zipBudget } from "../read/zip.js";

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

const reasonOf = (error: unknown): string =>
  (error as NodeJS.ErrnoException).code === "EACCES" ? "permission denied" : error instanceof Error ? error.message : String(error);

interface Walk {
  readonly out: Inputs;
  /** Real paths already read, so that a file named twice, or reached twice through links, is read once. */
  readonly seen: Set<string>;
  /** Files kravkoll must not read, e.g. the report it is about to write. */
  readonly exclude: ReadonlySet<string>;
  readonly budget: ZipBudget;
}

function readBytes(path: string, shown: string, w: Walk): Uint8Array | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    w.out.errors.push(kravError("KRV-D008", `the file could not be read: ${reasonOf(error)}`, { file: shown }));
    return undefined;
  }
}

/** Adds a file to read; a zip archive adds the documents inside it. */
function addFile(path: string, bytes: Uint8Array, w: Walk, depth = 0): void {
  if (extensionOf(path) !== ".zip") {
    w.out.files.push({ path, bytes });
    return;
  }
  if (depth >= MAX_ZIP_DEPTH) {
    w.out.skipped.push({ path, reason: "zip archive nested too deep: unpack it and check the folder" });
    return;
  }
  const entries = unpackZip(bytes, path, w.budget);
  if (!entries.ok) {
    w.out.errors.push(...entries.errors);
    return;
  }
  const before = w.out.files.length;
  for (const entry of entries.value) {
    const inner = `${path}/${entry.name}`;
    const reason = skipReason(baseName(entry.name));
    if (reason !== undefined) w.out.skipped.push({ path: inner, reason });
    else addFile(inner, entry.bytes, w, depth + 1);
  }
  if (depth === 0 && w.out.files.length === before) {
    w.out.errors.push(kravError("KRV-D010", `no documents to check in this zip archive (kravkoll reads ${SUPPORTED})`, { file: path }));
  }
}

/** Reads a file once, by its real path, unless it is excluded. */
function addPath(full: string, shown: string, w: Walk): void {
  let real = full;
  try {
    real = realpathSync(full);
  } catch {
    // A broken link: reading it reports the problem.
  }
  if (w.exclude.has(real) || w.seen.has(real)) return;
  w.seen.add(real);
  const bytes = readBytes(full, shown, w);
  if (bytes) addFile(shown, bytes, w);
}

/** Walks a folder recursively in a fixed order, following links, listing what it cannot read. */
function walk(dir: string, shown: string, w: Walk, visiting: Set<string>): void {
  let real = dir;
  let names: string[];
  try {
    real = realpathSync(dir);
    names = readdirSync(dir).sort(compareStrings);
  } catch (error) {
    w.out.errors.push(kravError("KRV-D008", `the folder could not be read: ${reasonOf(error)}`, { file: shown }));
    return;
  }
  if (visiting.has(real)) return; // a link back to a folder being read
  visiting.add(real);
  for (const name of names) {
    const path = join(dir, name);
    const label = `${shown}/${name}`;
    let stats;
    try {
      stats = statSync(path); // follows links
    } catch (error) {
      w.out.errors.push(kravError("KRV-D008", `the file could not be read: ${reasonOf(error)}`, { file: label }));
      continue;
    }
    if (stats.isDirectory()) {
      if (name.startsWith(".")) w.out.skipped.push({ path: label, reason: "hidden folder" });
      else walk(path, label, w, visiting);
      continue;
    }
    if (!stats.isFile()) {
      w.out.skipped.push({ path: label, reason: "not a regular file" });
      continue;
    }
    const reason = skipReason(name);
    if (reason !== undefined) w.out.skipped.push({ path: label, reason });
    else addPath(path, label, w);
  }
  visiting.delete(real);
}

/**
 * Resolves the paths a user gave into files to read. A file named explicitly must be readable;
 * `exclude` holds absolute paths never to read (the report being written).
 */
export function collectInputs(paths: readonly string[], cwd: string, exclude: readonly string[] = []): Inputs {
  const w: Walk = { out: { files: [], skipped: [], errors: [] }, seen: new Set(), exclude: new Set(exclude), budget: zipBudget() };
  for (const path of paths) {
    const full = resolve(cwd, path);
    let stats;
    try {
      stats = statSync(full);
    } catch {
      w.out.errors.push(kravError("KRV-D001", "no such file or folder", { file: path, hint: "check the path" }));
      continue;
    }
    if (stats.isDirectory()) {
      const before = w.out.files.length;
      const errorsBefore = w.out.errors.length;
      walk(full, path.replace(/[/\\]+$/u, "") || path, w, new Set());
      if (w.out.files.length === before && w.out.errors.length === errorsBefore) {
        w.out.errors.push(kravError("KRV-D010", `no documents to check in this folder (kravkoll reads ${SUPPORTED})`, { file: path }));
      }
      continue;
    }
    if (readerFor(path) === undefined && extensionOf(path) !== ".zip") {
      w.out.errors.push(kravError("KRV-D011", skipReason(baseName(path)) ?? "unsupported file type", { file: path }));
      continue;
    }
    addPath(full, path, w);
  }
  return w.out;
}
