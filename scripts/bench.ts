/**
 * Benchmarks reading against matching on a long tender document (default 500 PDF pages), so that
 * the cost of the matcher can be compared with the cost of reading. Prints the median of several
 * runs of each stage.
 *
 *   npm run bench                  500 pages, 5 runs
 *   npm run bench -- --pages 200 --runs 3
 */
import { performance } from "node:perf_hooks";
// The measured code is the built CLI in dist/ (what users run), not the sources through tsx.
import { loadRulebooksForRun } from "../dist/cli/rulebooks.js";
import { checkUnit } from "../dist/engine/check.js";
import { prepareRules } from "../dist/engine/prepare.js";
import { readDocument } from "../dist/engine/read.js";
import { clauseUnits } from "../dist/text/units.js";
import { compliantForeskrifter, compliantKontraktsvillkor, compliantKravspecifikation, partialKravspecifikation } from "./fixtures/bundles.js";
import type { FixtureDoc, Piece } from "./fixtures/doc.js";
import { renderPdf } from "./fixtures/pdf.js";

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const PAGES = arg("pages", 500);
const RUNS = arg("runs", 5);

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

async function time<T>(runs: number, f: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const times: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    value = await f();
    times.push(performance.now() - start);
  }
  return { ms: median(times), value: value as T };
}

/** A long document made of the fixture chapters, renumbered, until it fills `pages` pages. */
async function longPdf(pages: number): Promise<Uint8Array> {
  const chapters = [compliantForeskrifter, compliantKravspecifikation, compliantKontraktsvillkor, partialKravspecifikation].flatMap((d) => d.body);
  const body: Piece[] = [];
  let bytes: Uint8Array = new Uint8Array();
  for (let round = 1; ; round++) {
    body.push({ h: 1, text: `${round} Kapitel ${round}` }, ...chapters.filter((p) => !("toc" in p)));
    if (round % 20 !== 0) continue;
    const doc: FixtureDoc = { title: "Långt förfrågningsunderlag", header: "Stockholms stad · Dnr 1.4-512/2026", footer: "Sida {page} ({pages})", body };
    bytes = await renderPdf(doc);
    const count = (Buffer.from(bytes).toString("latin1").match(/\/Type \/Page\b/gu) ?? []).length;
    if (count >= pages) return bytes;
  }
}

const books = loadRulebooksForRun([], process.cwd(), {});
if (!books.ok) throw new Error("bundled rulebook does not load");
const prepared = prepareRules(books.value);
const pdf = await longPdf(PAGES);
if (process.argv.includes("--save")) {
  const { writeFileSync } = await import("node:fs");
  writeFileSync(`/tmp/kravkoll-bench-${PAGES}.pdf`, pdf);
}

const read = await time(RUNS, async () => {
  const r = await readDocument("long.pdf", pdf, {});
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return r.value;
});
const doc = read.value;
const units = await time(RUNS, () => clauseUnits(doc));
const check = await time(RUNS, () => checkUnit("long.pdf", [doc], prepared));

const words = doc.text.split(/\s+/u).length;
console.log(`document: ${doc.pages} PDF pages, ${(pdf.length / 1e6).toFixed(1)} MB, ${words} words, ${units.value.length} clause units; median of ${RUNS} runs`);
console.log(`read (pdf-parse + layout)          ${read.ms.toFixed(0).padStart(6)} ms`);
console.log(`normalise + clause units           ${units.ms.toFixed(0).padStart(6)} ms`);
console.log(`analyse + match + judge, ${prepared.rules.length} rules  ${check.ms.toFixed(0).padStart(6)} ms  (${((check.ms / read.ms) * 100).toFixed(1)} % of reading)`);
