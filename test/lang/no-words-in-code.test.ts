import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import type { LanguagePack } from "../../src/model/language.js";
import { LANGUAGE_CODES, LANGUAGES } from "../../src/lang/index.js";
import { ROOT } from "../helpers.js";

/**
 * Language is data: no stage outside src/lang/ (and the message catalogue) may hold a word of any
 * language pack in a string or regular-expression literal. A word list, a `w === "och"` or a
 * /^(?:ska|bör)$/ in code is a language decision the pack should make.
 */

const SRC = join(ROOT, "src");
/** Folders whose literals are language by design. */
const EXEMPT = [join(SRC, "lang"), join(SRC, "messages")];

/**
 * Literals reviewed and allowed: identifiers that happen to be English words of the English pack
 * (a party's side, a rule's party) and are the names of the domain's values, not text.
 */
const ALLOWED: ReadonlySet<string> = new Set(["supplier", "buyer", "authority", "third", "both", "supplier-org", "any", "duty", "required", "part"]);

/** Language codes are names, not words, though "en" is a Swedish article too. */
const CODES: ReadonlySet<string> = new Set(LANGUAGE_CODES);

/**
 * The words a duty is decided by: modal verbs, duty, requirement and wish verbs, duty nouns. The
 * code's own English (messages, "and", "not") is not a word list; these words in it are.
 */
function decidingWords(pack: LanguagePack): Set<string> {
  const words = new Set<string>();
  const c = pack.classes;
  for (const list of [c["modal-binding"], c["modal-soft"], c["modal-possible"], pack.verbs.duty, pack.verbs.requirement, pack.verbs.soft, pack.dutyNouns.nouns]) {
    for (const w of list) if (w.length >= 2) words.add(w);
  }
  return words;
}

/** The words a pack uses to read text (not its morphology's compound heads, which are word pieces). */
function packWords(pack: LanguagePack): Set<string> {
  const words = new Set<string>();
  const add = (s: string): void => {
    for (const w of s.toLocaleLowerCase(pack.locale).split(/[^\p{L}]+/u)) if (w.length >= 2) words.add(w);
  };
  for (const list of Object.values(pack.classes)) list.forEach(add);
  for (const list of Object.values(pack.verbs)) list.forEach(add);
  pack.dutyNouns.nouns.forEach(add);
  pack.dutyNouns.bearerLinks.flat().forEach(add);
  pack.parties.nouns.forEach(([w]) => add(w));
  pack.parties.pronouns.forEach(([w]) => add(w));
  [...pack.parties.people, ...pack.parties.buyerAdjectives, ...pack.parties.definedAs, ...pack.parties.definedAsParticiples].forEach(add);
  for (const list of Object.values(pack.context.sections)) list.forEach(add);
  [...pack.context.question, ...pack.context.answer, ...pack.context.yes, ...pack.context.no, ...pack.context.evaluation, ...pack.context.attached, ...pack.context.lightVerbs].forEach(add);
  [...pack.context.design.verbs, ...pack.context.design.nouns, ...pack.context.qualification.flat(), ...pack.context.description.flat()].forEach(add);
  [...pack.table.binding, ...pack.table.soft].forEach(add);
  [...pack.discourse.strikes, ...pack.discourse.clauseNouns, ...pack.discourse.ordinals, ...pack.discourse.replaces].forEach(add);
  pack.discourse.anaphors.forEach(([w]) => add(w));
  [...pack.layout.pageWords, ...pack.layout.pageOf].forEach(add);
  for (const row of pack.cues) (row.phrases ?? []).forEach(add);
  return words;
}

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (EXEMPT.includes(path)) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });

interface Literal {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly regex: boolean;
}

function literals(file: string): Literal[] {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: Literal[] = [];
  const visit = (node: ts.Node): void => {
    const kind = node.kind;
    const isString = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || kind === ts.SyntaxKind.TemplateHead || kind === ts.SyntaxKind.TemplateMiddle || kind === ts.SyntaxKind.TemplateTail;
    const isRegex = kind === ts.SyntaxKind.RegularExpressionLiteral;
    // Import paths are not text.
    const inImport = node.parent !== undefined && (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent));
    if ((isString || isRegex) && !inImport) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      found.push({ file: relative(ROOT, file), line, text: isRegex ? node.getText(source) : (node as ts.LiteralLikeNode).text, regex: isRegex });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("no words of a language in code", () => {
  const sv = packWords(LANGUAGES.sv);
  const en = packWords(LANGUAGES.en);
  const enDeciding = decidingWords(LANGUAGES.en);
  const files = sourceFiles(SRC);

  it("scans the sources", () => {
    expect(files.length).toBeGreaterThan(40);
    expect(sv.has("ska") && sv.has("leverantör") && en.has("shall")).toBe(true);
  });

  it("no string or regular-expression literal in src/ outside the packs and the catalogue holds a pack's word", () => {
    const problems: string[] = [];
    for (const file of files) {
      for (const lit of literals(file)) {
        const folded = lit.text.toLocaleLowerCase("sv");
        if (ALLOWED.has(folded.trim()) || /^https?:\/\//u.test(folded)) continue;
        const words = folded.split(/[^\p{L}]+/u).filter((w) => w.length >= 2 && !CODES.has(w));
        // A regex with a pack's word is a word list in code, and so is a literal that is one of the
        // words an English duty is decided by ("shall", "undertake"); a Swedish pack word anywhere
        // in a literal is Swedish text outside the catalogue.
        const single = words.length === 1 && !folded.includes("-") && enDeciding.has(words[0] ?? "");
        const swedish = words.filter((w) => sv.has(w) && !en.has(w));
        const bad = lit.regex ? words.filter((w) => sv.has(w) || en.has(w)) : single ? words : swedish;
        if (bad.length > 0) problems.push(`${lit.file}:${lit.line}: ${JSON.stringify(lit.text.slice(0, 60))} (${[...new Set(bad)].join(", ")})`);
      }
    }
    expect(problems).toEqual([]);
  });
});
