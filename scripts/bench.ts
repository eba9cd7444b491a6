/**
 * Benchmarks reading against matching on a long tender document (default 500 PDF pages), so that
 * the cost of the matcher can be compared with the cost of reading. Prints the median of several
 * runs of each stage.
 *
 *   npm run bench                  500 pages, 5 runs
 *   npm run bench -- --pages 200 --runs 3
 *   npm run bench -- --dense          every sentence a clause: the worst case for the matcher
 *   npm run bench -- --save long.pdf  also write the generated document
 *   npm run bench -- --rules 1000     also the engine with this many rules: the 8 bundled ones
 *                                     and synthetic ones whose terms are rare, as in a large
 *                                     rulebook where most rules meet few clauses (default 1000)
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
// The measured code is the built CLI in dist/ (what users run), not the sources through tsx.
import { loadRulebooksForRun } from "../dist/cli/rulebooks.js";
import { checkUnit } from "../dist/engine/check.js";
import { prepareRules } from "../dist/engine/prepare.js";
import { readDocument } from "../dist/engine/read.js";
import { clauseUnits } from "../dist/text/units.js";
import { compliantForeskrifter, compliantKontraktsvillkor, compliantKravspecifikation, partialKravspecifikation } from "./fixtures/bundles.js";
import type { FixtureDoc, Piece } from "./fixtures/doc.js";
import { fromMarkdown } from "./fixtures/from-markdown.js";
import { renderPdf } from "./fixtures/pdf.js";

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const PAGES = arg("pages", 500);
const KIND = process.argv.includes("--dense") ? "dense" : "eval";
const EVAL_SOURCES = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "eval-src");
const RUNS = arg("runs", 5);
const MANY = arg("rules", 1000);

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

/**
 * A long document, renumbered chapter after chapter until it fills `pages` pages. "eval" (the
 * default) repeats the evaluation documents, whose density of security clauses is already far
 * above a real tender bundle's; "dense" repeats the compliant fixture, nearly every sentence of
 * which is a clause, as a worst case.
 */
async function longPdf(pages: number, kind: string): Promise<Uint8Array> {
  const chapters =
    kind === "dense"
      ? [compliantForeskrifter, compliantKravspecifikation, compliantKontraktsvillkor, partialKravspecifikation].flatMap((d) => d.body)
      : readdirSync(EVAL_SOURCES)
          .filter((n) => /^\d+-.*\.md$/u.test(n))
          .sort()
          .flatMap((n) => fromMarkdown(readFileSync(join(EVAL_SOURCES, n), "utf8"), n).doc.body);
  const body: Piece[] = [];
  let bytes: Uint8Array = new Uint8Array();
  for (let round = 1; ; round++) {
    body.push({ h: 1, text: `${round} Kapitel ${round}` }, ...chapters.filter((p) => !("toc" in p)));
    const doc: FixtureDoc = { title: "Långt förfrågningsunderlag", header: "Stockholms stad · Dnr 1.4-512/2026", footer: "Sida {page} ({pages})", body };
    bytes = await renderPdf(doc);
    const count = (Buffer.from(bytes).toString("latin1").match(/\/Type \/Page\b/gu) ?? []).length;
    if (count >= pages) return bytes;
    // Grow in large steps: rendering is slow and only the final document is measured.
    const perRound = count / round;
    while (body.length > 0 && round * perRound * 2 < pages) {
      round++;
      body.push({ h: 1, text: `${round} Kapitel ${round}` }, ...chapters.filter((p) => !("toc" in p)));
    }
  }
}

/**
 * A rulebook of `count` synthetic rules, each with a concept of its own: an invented compound
 * (never in the document) and a duty to follow it, the shape of a large customer rulebook whose
 * rules each meet few clauses.
 */
function syntheticRulebook(count: number): string {
  const syllables = ["kor", "vask", "tren", "bild", "mol", "sty", "frak", "lum", "dre", "pax", "qui", "zen"];
  const word = (n: number): string => {
    let w = "";
    for (let k = n + 1; k > 0; k = Math.floor(k / syllables.length)) w += syllables[k % syllables.length];
    return `${w}xplan`;
  };
  const lines = ["kravkoll: 1", "id: syntetisk", "version: 1.0.0", "title: {sv: Syntetiska regler}", "concepts:", "  foelja: {words: [följa, tillämpa]}"];
  for (let n = 0; n < count; n++) lines.push(`  c${n}: {parts: [${word(n)}]}`);
  lines.push("rules:");
  for (let n = 0; n < count; n++) {
    lines.push(`  - {id: SYN-${n}, title: {sv: Regel ${n}}, severity: warning, source: bench, match: {all: [c${n}], any: [foelja]}, suggestion: {sv: "Leverantören ska följa ${word(n)}."}}`);
  }
  return `${lines.join("\n")}\n`;
}

const books = loadRulebooksForRun([], process.cwd(), {});
if (!books.ok) throw new Error("bundled rulebook does not load");
const prepared = prepareRules(books.value);
const syntheticFile = join(mkdtempSync(join(tmpdir(), "kravkoll-bench-")), "syntetisk.yaml");
writeFileSync(syntheticFile, syntheticRulebook(Math.max(1, MANY - prepared.rules.length)));
const manyBooks = loadRulebooksForRun(["bundled:stockholm-trygghet-2013-2016", syntheticFile], process.cwd(), {});
if (!manyBooks.ok) throw new Error(`synthetic rulebook does not load: ${JSON.stringify(manyBooks.errors[0])}`);
const preparedMany = prepareRules(manyBooks.value);
const pdf = await longPdf(PAGES, KIND);
const saveAt = process.argv.indexOf("--save");
if (saveAt >= 0) writeFileSync(process.argv[saveAt + 1] ?? "bench.pdf", pdf);


const read = await time(RUNS, async () => {
  const r = await readDocument("long.pdf", pdf, {});
  if (!r.ok) throw new Error(r.errors[0]?.message);
  return r.value;
});
const doc = read.value;
const units = await time(RUNS, () => clauseUnits(doc));
const swedish = prepared.languages.get("sv");
if (swedish === undefined) throw new Error("bundled rulebook is not Swedish");
const match = await time(RUNS, () => units.value.map((u) => swedish.vocabulary.find(u)));
const check = await time(RUNS, () => checkUnit("long.pdf", [doc], prepared));
const checkMany = await time(RUNS, () => checkUnit("long.pdf", [doc], preparedMany));

const words = doc.text.split(/\s+/u).length;
const share = (ms: number): string => `${((ms / read.ms) * 100).toFixed(1).padStart(5)} % of reading`;
const line = (label: string, ms: number, note = ""): void => console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  ${note}`);
console.log(`${KIND === "dense" ? "dense worst case" : "evaluation documents repeated"}: ${doc.pages} PDF pages, ${(pdf.length / 1e6).toFixed(1)} MB, ${words} words, ${units.value.length} clause units; median of ${RUNS} runs`);
line("read (pdf-parse + layout)", read.ms);
line("normalise + clause units", units.ms, share(units.ms));
line(`match (${prepared.rules.length} rules' concepts, one pass per unit)`, match.ms, share(match.ms));
line("whole engine: units + match + duties + judge", check.ms, share(check.ms));
line(`whole engine with ${preparedMany.rules.length} rules`, checkMany.ms, `${(checkMany.ms / check.ms).toFixed(2)}× the ${prepared.rules.length} rules`);
