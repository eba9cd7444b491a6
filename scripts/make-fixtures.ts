/**
 * Writes every generated fixture under fixtures/. Deterministic: the same script gives the same
 * bytes (fixed dates in PDFs and zip entries), and test/fixtures.test.ts checks that the committed
 * files match what this script writes.
 *
 *   npm run fixtures            write fixtures/
 *   npm run fixtures -- --check report files that differ, write nothing (exit 1 on a difference)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  compliantForeskrifter, compliantKontraktsvillkor, compliantKravspecifikation, noneAnbudsformular, noneForfragningsunderlag,
  partialAvtalsvillkor, partialKravspecifikation,
} from "./fixtures/bundles.js";
import { zipSync } from "fflate";
import { MTIME, renderDocx } from "./fixtures/docx.js";
import { fromMarkdown } from "./fixtures/from-markdown.js";
import { renderPdf } from "./fixtures/pdf.js";
import { renderMarkdown, renderText } from "./fixtures/text.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures");

/**
 * Files the generator no longer writes, in the folders it writes to (every folder of a generated
 * file holds nothing else): left over when a source is renamed or moves to another set.
 */
export function staleFiles(files: ReadonlyMap<string, Uint8Array>, root = ROOT): string[] {
  const dirs = [...new Set([...files.keys()].map((name) => name.split("/")[0] ?? ""))];
  return dirs.flatMap((dir) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)).map((n) => `${dir}/${n}`) : [])).filter((name) => !files.has(name));
}

export async function fixtureFiles(): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const text = (s: string): Uint8Array => new TextEncoder().encode(s);

  files.set("compliant/01-upphandlingsforeskrifter.pdf", await renderPdf(compliantForeskrifter));
  files.set("compliant/02-kravspecifikation.docx", renderDocx(compliantKravspecifikation));
  files.set("compliant/03-kontraktsvillkor.md", text(renderMarkdown(compliantKontraktsvillkor)));
  files.set("compliant/04-prisbilaga.csv", text("Post;Pris per dygn (kr);Antal lägenheter\nBoendeplats;;54\n"));

  files.set("partial/kravspecifikation.pdf", await renderPdf(partialKravspecifikation));
  files.set("partial/avtalsvillkor.docx", renderDocx(partialAvtalsvillkor));

  files.set("none/forfragningsunderlag.docx", renderDocx(noneForfragningsunderlag));
  files.set("none/anbudsformular.txt", text(renderText(noneAnbudsformular)));

  // A tender bundle as it is passed around: one zip made by Swedish Windows, whose names are in code
  // page 850 rather than UTF-8, with a folder and a spreadsheet to skip.
  const zipped = zipSync(
    Object.fromEntries(
      [
        ["Forfragningsunderlag/01-upphandlingsforeskrifter.pdf", files.get("compliant/01-upphandlingsforeskrifter.pdf")],
        ["Forfragningsunderlag/02-kravspecifikation.docx", files.get("compliant/02-kravspecifikation.docx")],
        ["Forfragningsunderlag/Bilaga 5 - Sakerhetskrav.md", files.get("compliant/03-kontraktsvillkor.md")],
        ["Forfragningsunderlag/04-prisbilaga.csv", files.get("compliant/04-prisbilaga.csv")],
      ].map(([name, data]) => [name as string, [data as Uint8Array, { mtime: MTIME, level: 6 }]]),
    ),
  );
  files.set("zip/upphandling.zip", withCp850Name(withCp850Name(zipped, "Sakerhetskrav", "S\u0084kerhetskrav"), "Forfragningsunderlag", "F\u0094rfr\u0086gningsunderlag"));

  // Bad inputs: each must give a clear error, never a false "missing".
  const good = await renderPdf(partialKravspecifikation);
  files.set("bad/corrupt.pdf", good.subarray(0, Math.floor(good.length * 0.6)));
  files.set("bad/empty.pdf", new Uint8Array(0));
  files.set("bad/empty.txt", new Uint8Array(0));
  files.set("bad/encrypted.pdf", await renderPdf(compliantForeskrifter, { userPassword: "kravkoll" }));
  files.set("bad/scanned.pdf", await renderPdf(partialKravspecifikation, { scanned: true }));
  files.set("bad/not-word.docx", text("Detta är en textfil som har fått filändelsen .docx av misstag.\n"));
  files.set("bad/trasig.zip", text("PK\u0003\u0004 detta är inget zip-arkiv\n"));

  for (const [source, target] of [["eval-src", "eval"], ["holdout-src", "holdout"], ["dev2-src", "dev2"], ["holdout2-src", "holdout2"]] as const) {
    for (const [name, bytes] of await renderSet(join(ROOT, source))) files.set(`${target}/${name}`, bytes);
  }
  return files;
}

/** Rewrites an ASCII entry name in place with single-byte code-page-850 characters (same length). */
function withCp850Name(zip: Uint8Array, ascii: string, cp850: string): Uint8Array {
  const out = Uint8Array.from(zip);
  const needle = Buffer.from(ascii, "latin1");
  const replacement = Buffer.from(cp850, "latin1");
  for (let at = Buffer.from(out).indexOf(needle); at >= 0; at = Buffer.from(out).indexOf(needle, at + 1)) out.set(replacement, at);
  return out;
}

/**
 * Renders a labelled set written in Markdown (fixtures/eval-src) into the formats each document
 * names, with running headers and footers, and its truth file with the rendered file names.
 */
async function renderSet(dir: string): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  if (!existsSync(dir)) return out;
  const names = readdirSync(dir).filter((n) => /^\d+-.*\.md$/u.test(n)).sort();
  let truth = existsSync(join(dir, "truth.yaml")) ? readFileSync(join(dir, "truth.yaml"), "utf8") : "";
  for (const name of names) {
    const { format, doc } = fromMarkdown(readFileSync(join(dir, name), "utf8"), name);
    const base = name.slice(0, -".md".length);
    const dressed = { ...doc, header: `${doc.title.slice(0, 70)} · ${base.slice(0, 2)}`, footer: "Sida {page} ({pages})" };
    const rendered = `${base}.${format}`;
    if (format === "pdf") out.set(rendered, await renderPdf(dressed, { hyphenate: true }));
    else if (format === "docx") out.set(rendered, renderDocx(dressed));
    else if (format === "txt") out.set(rendered, new TextEncoder().encode(renderText(doc)));
    else out.set(rendered, new TextEncoder().encode(renderMarkdown(doc)));
    truth = truth.replaceAll(`${name}:`, `${rendered}:`);
  }
  if (names.length > 0) out.set("truth.yaml", new TextEncoder().encode(truth));
  return out;
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const files = await fixtureFiles();
  const differing: string[] = [];
  for (const [name, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const path = join(ROOT, name);
    let current: Uint8Array | undefined;
    try {
      current = readFileSync(path);
    } catch {
      current = undefined;
    }
    const same = current !== undefined && Buffer.compare(Buffer.from(current), Buffer.from(bytes)) === 0;
    if (same) continue;
    differing.push(name);
    if (!check) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, bytes);
    }
  }
  const stale = staleFiles(files);
  if (check) {
    for (const name of differing) console.log(`differs: fixtures/${name}`);
    for (const name of stale) console.log(`stale: fixtures/${name}`);
    process.exitCode = differing.length + stale.length > 0 ? 1 : 0;
  } else {
    for (const name of stale) rmSync(join(ROOT, name), { recursive: true, force: true });
    console.log(`${files.size} fixtures, ${differing.length} written${stale.length > 0 ? `, ${stale.length} stale removed` : ""}`);
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main();
