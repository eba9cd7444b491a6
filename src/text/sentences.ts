import { READING } from "../lang/index.js";
import type { Span } from "../model/document.js";

/**
 * Abbreviations of every language pack that end in a full stop without ending the sentence,
 * compared case-folded and without their dots ("t.ex." → "tex"). A single letter is an initial.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set(READING.abbreviations.map((a) => a.replaceAll(".", "")));

/** The word (with inner dots) that ends just before `at`, the sentence-ending full stop. */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1] ?? "")) i--;
  return text.slice(i, at);
}

function isAbbreviation(word: string): boolean {
  if (word === "") return false;
  const bare = word.toLocaleLowerCase("sv").replaceAll(".", "");
  return ABBREVIATIONS.has(bare) || /^\p{L}$/u.test(bare);
}

/**
 * Splits `text` into sentences, returned as ranges of `text` without surrounding white space.
 * A sentence ends at . ! or ? followed by white space and a capital letter (optionally behind a
 * quote or bracket), unless the full stop closes an abbreviation such as "t.ex." or "kap.".
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const re = /[.!?]+["')\]]*(?=\s+["'(\[]?[\p{Lu}])/gu;
  for (const m of text.matchAll(re)) {
    const stop = m.index ?? 0;
    if (m[0].startsWith(".") && m[0].length === 1 && isAbbreviation(wordBefore(text, stop))) continue;
    pushTrimmed(spans, text, start, stop + m[0].length);
    start = stop + m[0].length;
  }
  pushTrimmed(spans, text, start, text.length);
  return spans;
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? "")) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? "")) e--;
  if (e > s) spans.push({ start: s, end: e });
}
