import { READING } from "../lang/index.js";

/**
 * End-of-line hyphenation. "brandskydds-" + "arbete" is one word split by a line break, but
 * "risk-" + "och sårbarhetsanalys" is a coordination hyphen that must stay, and so is the hyphen
 * after an abbreviation ("RSA-" + "arbetet").
 */
const COORDINATORS: ReadonlySet<string> = new Set(READING.hyphenKeepers);

/** Whether the hyphen belongs to the word ("RSA-arbetet", "e-post") and only the line break goes. */
export function isHyphenatedCompound(before: string, after: string): boolean {
  const left = /([\p{L}\p{N}]+)-$/u.exec(before)?.[1];
  const right = /^[\p{L}\p{N}]+/u.exec(after)?.[0];
  if (left === undefined || right === undefined) return false;
  return !COORDINATORS.has(right.toLocaleLowerCase("sv")) && !isSplitWord(before, after);
}

export function isSplitWord(before: string, after: string): boolean {
  const left = /([\p{L}]+)-$/u.exec(before)?.[1];
  const right = /^[\p{L}]+/u.exec(after)?.[0];
  if (left === undefined || right === undefined) return false;
  if (left.length < 2) return false; // "e-" + "post": keep the hyphen
  if (/\p{Lu}$/u.test(left) && /^\p{Lu}+$/u.test(left)) return false; // "RSA-" + "arbetet"
  if (!/^\p{Ll}/u.test(right)) return false; // "Stockholms-" + "Stad": a name, keep
  return !COORDINATORS.has(right.toLocaleLowerCase("sv"));
}

/** Joins two lines of one paragraph: a word split at the line end is mended, a compound keeps its hyphen. */
export function joinLine(text: string, next: string): string {
  if (isSplitWord(text, next)) return text.slice(0, -1) + next;
  if (isHyphenatedCompound(text, next)) return text + next;
  return `${text} ${next}`;
}
