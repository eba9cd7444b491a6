/**
 * Character-level clean-up shared by documents and rule terms. Each entry maps one source
 * character to its replacement; "" drops it. Everything not listed passes through.
 */
const REPLACEMENTS: ReadonlyMap<string, string> = new Map([
  // invisible characters that PDFs and Word leave inside words
  ["\u00AD", ""], // soft hyphen
  ["\u200B", ""], // zero-width space
  ["\u200C", ""], // zero-width non-joiner
  ["\u200D", ""], // zero-width joiner
  ["\u2060", ""], // word joiner
  ["\uFEFF", ""], // byte-order mark / zero-width no-break space
  // ligatures from PDF fonts
  ["\uFB00", "ff"],
  ["\uFB01", "fi"],
  ["\uFB02", "fl"],
  ["\uFB03", "ffi"],
  ["\uFB04", "ffl"],
  ["\uFB05", "st"],
  ["\uFB06", "st"],
  // spaces
  ["\u00A0", " "],
  ["\u2002", " "],
  ["\u2003", " "],
  ["\u2004", " "],
  ["\u2005", " "],
  ["\u2006", " "],
  ["\u2007", " "],
  ["\u2008", " "],
  ["\u2009", " "],
  ["\u200A", " "],
  ["\u202F", " "],
  ["\u205F", " "],
  ["\u3000", " "],
  ["\t", " "],
  ["\r", " "],
  ["\f", " "],
  ["\v", " "],
  // quotes
  ["\u2018", "'"],
  ["\u2019", "'"],
  ["\u201A", "'"],
  ["\u201B", "'"],
  ["\u2032", "'"],
  ["\u201C", '"'],
  ["\u201D", '"'],
  ["\u201E", '"'],
  ["\u201F", '"'],
  ["\u00AB", '"'],
  ["\u00BB", '"'],
  ["\u2039", "'"],
  ["\u203A", "'"],
  // dashes and hyphens
  ["\u2010", "-"],
  ["\u2011", "-"],
  ["\u2012", "-"],
  ["\u2013", "-"],
  ["\u2014", "-"],
  ["\u2015", "-"],
  ["\u2212", "-"],
  ["\uFE63", "-"],
  ["\uFF0D", "-"],
  // ellipsis
  ["\u2026", "..."],
]);

export function replaceChar(ch: string): string {
  return REPLACEMENTS.get(ch) ?? ch;
}

/** Swedish case folding, one character at a time so that offsets stay aligned. */
export function foldChar(ch: string): string {
  const lower = ch.toLocaleLowerCase("sv");
  return lower.length === ch.length ? lower : ch;
}
