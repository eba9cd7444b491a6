import type { NormalText, Token } from "../model/unit.js";

// Letters and digits, plus a Swedish abbreviation ending after a colon ("RSA:n", "SBA:t").
const WORD = /[\p{L}\p{N}]+(?::\p{Ll}{1,4}(?![\p{L}\p{N}]))?/gu;

export function tokenize(norm: NormalText): Token[] {
  const tokens: Token[] = [];
  for (const m of norm.folded.matchAll(WORD)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    tokens.push({ text: m[0], raw: norm.text.slice(start, end), start, end });
  }
  return tokens;
}
