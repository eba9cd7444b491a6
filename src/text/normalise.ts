import type { NormalText } from "../model/unit.js";
import { foldChar, replaceChar } from "./chars.js";
import { isHyphenatedCompound, isSplitWord } from "./dehyphen.js";
import { READING } from "../lang/index.js";

interface Builder {
  chars: string[];
  map: number[];
}

/** Builders hold UTF-16 code units, so array indexes equal string indexes. */
const push = (b: Builder, s: string, at: number): void => {
  for (let k = 0; k < s.length; k++) {
    b.chars.push(s[k] ?? "");
    b.map.push(at);
  }
};

/** NFC, invisible characters, ligatures, spaces, quotes and dashes. */
function cleanChars(source: string, base: number): Builder {
  const out: Builder = { chars: [], map: [] };
  // Normalise cluster by cluster so that each output character keeps a source offset.
  for (const m of source.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
    const at = base + (m.index ?? 0);
    for (const ch of m[0].normalize("NFC")) push(out, replaceChar(ch), at);
  }
  return out;
}

const isSpace = (ch: string | undefined): boolean => ch === " " || ch === "\n" || (ch !== undefined && ch > "\u007f" && /\s/u.test(ch));

/** Collapses white space to single spaces and joins words split by a hyphen at a line break. */
function joinLines(input: Builder): Builder {
  const out: Builder = { chars: [], map: [] };
  const { chars, map } = input;
  const text = chars.join("");
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i] ?? "";
    if (ch === "-" && chars[i + 1] !== undefined && isSpace(chars[i + 1])) {
      let j = i + 1;
      let newline = false;
      while (j < chars.length && isSpace(chars[j])) {
        if (chars[j] === "\n") newline = true;
        j++;
      }
      const before = out.chars.slice(-40).join("") + "-";
      const after = text.slice(j, j + 40);
      if (newline && isSplitWord(before, after)) {
        i = j; // "brandskydds-⏎arbete": drop the hyphen and the line break
        continue;
      }
      if (newline && isHyphenatedCompound(before, after)) {
        out.chars.push("-");
        out.map.push(map[i] ?? 0);
        i = j; // "RSA-⏎arbetet": keep the hyphen, drop the line break
        continue;
      }
    }
    if (isSpace(ch)) {
      const last = out.chars[out.chars.length - 1];
      if (last !== " " && out.chars.length > 0) push(out, " ", map[i] ?? 0);
      i++;
      continue;
    }
    out.chars.push(ch);
    out.map.push(map[i] ?? 0);
    i++;
  }
  while (out.chars[out.chars.length - 1] === " ") {
    out.chars.pop();
    out.map.pop();
  }
  return out;
}

const ENDINGS: ReadonlySet<string> = new Set(READING.endings);

/** Where the shared head of a compound starts ("sårbarhetsanalyser" → 10, at "analyser"), or -1. */
export function headStart(word: string): number {
  const folded = word.toLocaleLowerCase("sv");
  let best = -1;
  for (const head of READING.compoundHeads) {
    const at = folded.lastIndexOf(head);
    if (at < 2 || !ENDINGS.has(folded.slice(at + head.length))) continue;
    if (best < 0 || at < best) best = at;
  }
  return best;
}

const CONJ = READING.ellipsisConjunctions.map((c) => c.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&")).join("|");
// "risk- och sårbarhetsanalys", "brand-, inbrotts- och vattenskadeskydd"
const FORWARD = new RegExp(`(?<![\\p{L}\\p{N}-])(\\p{L}+-(?: ?, ?\\p{L}+-)*),? (?:${CONJ}) (\\p{L}+)`, "gu");
// "incidentrapportering och -hantering"
const BACKWARD = new RegExp(`(?<![\\p{L}\\p{N}-])(\\p{L}+) (?:${CONJ}) -(\\p{L}+)`, "gu");

/** Expands coordination ellipsis so that every compound is spelled out in full. */
function expandEllipsis(input: Builder): Builder {
  const text = input.chars.join("");
  type Edit = { at: number; remove: number; insert: string; source: number };
  const edits: Edit[] = [];
  for (const m of text.matchAll(FORWARD)) {
    const last = m[2] ?? "";
    const at = headStart(last);
    if (at < 0) continue;
    const head = last.slice(at);
    const start = m.index ?? 0;
    for (const p of (m[1] ?? "").matchAll(/\p{L}+-/gu)) {
      if (/^\p{Lu}+-$/u.test(p[0])) continue; // "IT- och informationssäkerhet": the head is unclear
      const hyphen = start + (p.index ?? 0) + p[0].length - 1;
      edits.push({ at: hyphen, remove: 1, insert: head, source: input.map[hyphen] ?? 0 });
    }
  }
  for (const m of text.matchAll(BACKWARD)) {
    const first = m[1] ?? "";
    const at = headStart(first);
    if (at < 0) continue;
    const hyphen = (m.index ?? 0) + m[0].length - (m[2] ?? "").length - 1;
    edits.push({ at: hyphen, remove: 1, insert: first.slice(0, at).toLocaleLowerCase("sv"), source: input.map[hyphen] ?? 0 });
  }
  if (edits.length === 0) return input;
  edits.sort((a, b) => a.at - b.at);
  const out: Builder = { chars: [], map: [] };
  let i = 0;
  for (const edit of edits) {
    if (edit.at < i) continue;
    for (; i < edit.at; i++) {
      out.chars.push(input.chars[i] ?? "");
      out.map.push(input.map[i] ?? 0);
    }
    push(out, edit.insert, edit.source);
    i += edit.remove;
  }
  for (; i < input.chars.length; i++) {
    out.chars.push(input.chars[i] ?? "");
    out.map.push(input.map[i] ?? 0);
  }
  return out;
}

/** Characters outside these need cleaning (NFC, invisible characters, odd spaces, quotes, dashes). */
const PLAIN = /^[\x20-\x7E\n\u00C0-\u024F]*$/u;
/** Line breaks, runs of spaces, or space at either end: white space to collapse. */
const LOOSE = /\n| {2}|^ | $/u;
/** A hyphen next to a space: a candidate for coordination ellipsis. */
const ELLIPSIS = /\p{L}-[ ,]| -\p{L}/u;

function identity(text: string, base: number): Builder {
  const map: number[] = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) map[i] = base + i;
  return { chars: text.split(""), map };
}

/**
 * Normalises `source` for matching. `base` is added to every mapped offset, so a block's text can be
 * normalised on its own and still point into its document. Most sentences need only case folding,
 * so each step runs only when the text needs it.
 */
export function normalise(source: string, base = 0): NormalText {
  let built: Builder | undefined = PLAIN.test(source) ? undefined : cleanChars(source, base);
  let text = built ? built.chars.join("") : source;
  if (LOOSE.test(text)) {
    built = joinLines(built ?? identity(text, base));
    text = built.chars.join("");
  }
  if (ELLIPSIS.test(text)) {
    built = expandEllipsis(built ?? identity(text, base));
    text = built.chars.join("");
  }
  const lower = text.toLocaleLowerCase("sv");
  const folded = lower.length === text.length ? lower : Array.from(text.split(""), foldChar).join("");
  let map: Int32Array;
  if (built) map = Int32Array.from(built.map);
  else {
    map = new Int32Array(text.length);
    for (let i = 0; i < map.length; i++) map[i] = base + i;
  }
  return { text, folded, map };
}

/** The source range that normalised range [start, end) came from. */
export function sourceRange(norm: NormalText, start: number, end: number): { start: number; end: number } {
  const s = norm.map[start] ?? norm.map[norm.map.length - 1] ?? 0;
  const e = end > start ? (norm.map[end - 1] ?? s) + 1 : s;
  return { start: s, end: Math.max(s, e) };
}

/** Joins separately normalised pieces (a lead-in and its item, a row's cells) into one text. */
export function joinNormal(parts: readonly NormalText[], separator = " "): NormalText {
  if (parts.length === 1 && parts[0] !== undefined) return parts[0];
  let text = "";
  let folded = "";
  const map: number[] = [];
  parts.forEach((part, k) => {
    if (k > 0) {
      text += separator;
      folded += separator;
      const at = part.map[0] ?? 0;
      for (let j = 0; j < separator.length; j++) map.push(at);
    }
    text += part.text;
    folded += part.folded;
    for (const offset of part.map) map.push(offset);
  });
  return { text, folded, map: Int32Array.from(map) };
}
