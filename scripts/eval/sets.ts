/**
 * The labelled sets kravkoll is measured on, and how each is read:
 * - a fixture set (fixtures/<name>/truth.yaml): one status per document and rule;
 * - the real set (../shared/real-dev/truth.json): real documents and bundle folders, where a label
 *   may accept several statuses (a list);
 * - a probe set (fixtures/probes-src/<name>.yaml): single passages, each with one rule and status.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { parse } from "yaml";
import type { SourceDoc } from "../../src/model/document.js";
import type { Status } from "../../src/model/rule.js";
import { STATUSES } from "../../src/model/rule.js";
import { readDocument } from "../../src/engine/read.js";
import { withTrails } from "../../src/read/blocks.js";
import { parseText } from "../../src/read/text.js";

/** One thing judged as a unit (a document, a bundle folder or a probe) and what each rule must get. */
export interface Case {
  readonly name: string;
  readonly docs: readonly SourceDoc[];
  /** Per rule id: the statuses a careful reader accepts (usually one). */
  readonly truth: Readonly<Record<string, readonly Status[]>>;
  /** Whether the case is a bundle of several documents judged together. */
  readonly bundle: boolean;
}

export interface LabelledSet {
  readonly name: string;
  readonly cases: readonly Case[];
}

const REAL_DIR = join(import.meta.dirname, "..", "..", "..", "shared", "real-dev");
const FIXTURES = join(import.meta.dirname, "..", "..", "fixtures");

const byName = (a: string, b: string): number => a.localeCompare(b, "en", { numeric: true });

function statuses(value: unknown, where: string): Status[] {
  const list = Array.isArray(value) ? value : [value];
  for (const s of list) if (!STATUSES.includes(s as Status)) throw new Error(`${where}: unknown status ${JSON.stringify(s)}`);
  if (list.length === 0) throw new Error(`${where}: no status`);
  return list as Status[];
}

async function read(path: string, name: string): Promise<SourceDoc> {
  const result = await readDocument(name, readFileSync(path), {});
  if (!result.ok) throw new Error(`${name}: ${result.errors.map((e) => e.message).join("; ")}`);
  return result.value;
}

async function fixtureSet(name: string): Promise<LabelledSet> {
  const dir = join(FIXTURES, name);
  if (!existsSync(join(dir, "truth.yaml"))) throw new Error(`no labelled set "${name}": fixtures/${name}/truth.yaml does not exist`);
  const truth = parse(readFileSync(join(dir, "truth.yaml"), "utf8")) as Record<string, Record<string, unknown>>;
  const files = readdirSync(dir).filter((f) => f in truth).sort(byName);
  const absent = Object.keys(truth).filter((f) => !files.includes(f));
  if (absent.length > 0) throw new Error(`truth.yaml names files that do not exist: ${absent.join(", ")}`);
  const cases: Case[] = [];
  for (const file of files) {
    const labels = truth[file] ?? {};
    cases.push({ name: file, docs: [await read(join(dir, file), file)], truth: Object.fromEntries(Object.entries(labels).map(([r, s]) => [r, statuses(s, `${file} ${r}`)])), bundle: false });
  }
  return { name: `fixtures/${name}`, cases };
}

/** Whether the real documents are on this machine (they are not shipped with kravkoll). */
export const hasRealSet = (): boolean => existsSync(join(REAL_DIR, "truth.json"));

async function realSet(): Promise<LabelledSet> {
  const truth = JSON.parse(readFileSync(join(REAL_DIR, "truth.json"), "utf8")) as {
    documents: Record<string, Record<string, unknown>>;
    bundles: Record<string, Record<string, unknown>>;
  };
  const docs = new Map<string, SourceDoc>();
  for (const key of Object.keys(truth.documents).sort(byName)) docs.set(key, await read(join(REAL_DIR, "docs", key), key));
  const cases: Case[] = [];
  const labels = (l: Record<string, unknown>, where: string): Record<string, readonly Status[]> => Object.fromEntries(Object.entries(l).map(([r, s]) => [r, statuses(s, `${where} ${r}`)]));
  for (const [key, doc] of docs) cases.push({ name: key, docs: [doc], truth: labels(truth.documents[key] ?? {}, key), bundle: false });
  for (const bundle of Object.keys(truth.bundles).sort(byName)) {
    const members = [...docs].filter(([key]) => key.startsWith(`${bundle}/`)).map(([, doc]) => doc);
    const onDisk = readdirSync(join(REAL_DIR, "docs", bundle)).length;
    if (members.length !== onDisk) throw new Error(`${bundle}: truth.json labels ${members.length} of its ${onDisk} documents`);
    cases.push({ name: `${bundle}/`, docs: members, truth: labels(truth.bundles[bundle] ?? {}, bundle), bundle: true });
  }
  return { name: relative(process.cwd(), REAL_DIR) || REAL_DIR, cases };
}

interface Probe {
  readonly rule: string;
  readonly status: Status;
  readonly text: string;
  readonly note?: string;
}

function probeSet(name: string): LabelledSet {
  const file = join(FIXTURES, "probes-src", `${name}.yaml`);
  const probes = parse(readFileSync(file, "utf8")) as Probe[];
  const cases = probes.map((p, i): Case => {
    const path = `${name} ${String(i + 1).padStart(3, "0")}`;
    const text = p.text.trim();
    const doc: SourceDoc = { path, format: "markdown", pages: null, text, blocks: withTrails(parseText(text, "markdown")) };
    return { name: path, docs: [doc], truth: { [p.rule]: statuses(p.status, `${basename(file)} #${i + 1}`) }, bundle: false };
  });
  return { name: `fixtures/probes-src/${name}.yaml`, cases };
}

/** The set named on the command line: "eval", "holdout", "holdout2", "real", "probes-dev", "probes-holdout". */
export async function loadSet(name: string): Promise<LabelledSet> {
  if (name === "real") {
    if (!hasRealSet()) throw new Error(`the real documents are not on this machine (looked for ${REAL_DIR})`);
    return realSet();
  }
  if (name.startsWith("probes-")) return probeSet(name.slice("probes-".length));
  return fixtureSet(name);
}
