/**
 * Writes the files generated from their sources of truth:
 * - schema/rulebook.schema.json from src/rules/schema.ts,
 * - docs/rules/<rulebook>.md from each bundled rulebook.
 * With --check, writes nothing and exits 1 if a file is stale (a test does the same).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundledIds, loadRulebooksForRun } from "../src/cli/rulebooks.js";
import type { Rulebook } from "../src/model/rule.js";
import { RULEBOOK_SCHEMA } from "../src/rules/schema.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

const cell = (s: string): string => s.replaceAll("|", "\\|").replace(/\s+/gu, " ");

/** A rulebook as a page a legal reviewer can read. */
export function rulebookPage(book: Rulebook): string {
  const out: string[] = [];
  out.push(`# ${book.title.sv}`, "");
  out.push("<!-- Generated from the rulebook by npm run build-docs; edit the YAML, not this page. -->", "");
  if (book.title.en) out.push(`*${book.title.en}*`, "");
  out.push(`Rulebook \`${book.id}\`, version ${book.version}.`, "");
  if (book.description) out.push(book.description.sv, "");
  const params = Object.entries(book.params);
  if (params.length > 0) {
    out.push("## Parameters", "", "| name | default |", "| --- | --- |");
    for (const [name, value] of params) out.push(`| \`${name}\` | ${cell(value)} |`);
    out.push("");
  }
  const profiles = Object.entries(book.profiles);
  if (profiles.length > 0) {
    out.push("## Profiles", "", "| profile | meaning |", "| --- | --- |");
    for (const [name, meaning] of profiles) out.push(`| \`${name}\` | ${cell(meaning)} |`);
    out.push("");
  }
  out.push("## Rules", "", "| id | severity | title |", "| --- | --- | --- |");
  for (const rule of book.rules) out.push(`| [${rule.id}](#${rule.id.toLowerCase()}) | ${rule.severity} | ${cell(rule.title.sv)} |`);
  out.push("");
  const terms = (id: string): string => {
    const c = book.concepts[id];
    return c ? `**${id}**: ${c.terms.map((t) => (t.form === "word" || t.form === "phrase" ? t.text : `${t.text} (${t.form})`)).join(", ")}` : id;
  };
  for (const rule of book.rules) {
    out.push(`### ${rule.id}`, "");
    out.push(`**${rule.title.sv}**${rule.title.en ? ` — ${rule.title.en}` : ""}`, "");
    out.push(`- Severity: ${rule.severity}`);
    out.push(`- Source: ${rule.source}`);
    for (const ref of rule.references) out.push(`- Reference: ${ref}`);
    out.push(`- Binds: the ${rule.party}`);
    for (const id of rule.match.all) out.push(`- All of: ${terms(id)}`);
    for (const g of rule.match.any) out.push(`- Any of: ${typeof g === "string" ? terms(g) : g.map(terms).join(" together with ")}`);
    for (const id of rule.match.none) out.push(`- Not with: ${terms(id)}`);
    for (const id of rule.match.binding) out.push(`- Also binding: ${terms(id)}`);
    for (const id of rule.match.otherActions) out.push(`- Another action (denying it does not deny this rule): ${terms(id)}`);
    if (rule.applies) {
      const when = [...rule.applies.profiles.map((p) => `profile \`${p}\``), ...rule.applies.documents.map((d) => `documents mentioning ${terms(d)}`)];
      out.push(`- Applies with: ${when.join("; or ")}`);
    }
    if (rule.rationale) out.push("", rule.rationale.sv);
    out.push("", "Suggested clause:", "", `> ${rule.suggestion.sv}`);
    if (rule.suggestion.en) out.push(">", `> *${rule.suggestion.en}*`);
    if (rule.examples.length > 0) {
      out.push("", "| example | status |", "| --- | --- |");
      for (const e of rule.examples) out.push(`| ${cell(e.text)}${e.note ? ` *(${cell(e.note)})*` : ""} | ${e.status} |`);
    }
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

export function generatedFiles(): Map<string, string> {
  const files = new Map([["schema/rulebook.schema.json", `${JSON.stringify(RULEBOOK_SCHEMA, null, 2)}\n`]]);
  for (const id of bundledIds()) {
    const books = loadRulebooksForRun([id], ROOT, {});
    if (!books.ok) throw new Error(`bundled rulebook ${id} does not load: ${books.errors.map((e) => e.message).join("; ")}`);
    for (const book of books.value) files.set(`docs/rules/${book.id}.md`, rulebookPage(book));
  }
  return files;
}

function main(): void {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [name, content] of generatedFiles()) {
    const path = join(ROOT, name);
    let current = "";
    try {
      current = readFileSync(path, "utf8");
    } catch {
      current = "";
    }
    if (current === content) continue;
    stale++;
    if (check) console.log(`stale: ${name} (run npm run build-docs)`);
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      console.log(`wrote ${name}`);
    }
  }
  if (check && stale > 0) process.exitCode = 1;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
