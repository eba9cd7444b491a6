/**
 * Literal text a regular expression cannot match without, found by a small scan of its source,
 * so that a pattern runs only on clauses that contain it (RE2 engines keep such a prefilter for
 * the same reason). Conservative: when in doubt it requires nothing.
 */
export interface Prefilter {
  /** Every one of these must occur. */
  readonly all: readonly string[];
  /** For each list, at least one of its strings must occur. */
  readonly anyOf: readonly (readonly string[])[];
}

const SPECIAL = new Set([..."\\^$.|?*+()[]{}"]);
const NONE: Prefilter = { all: [], anyOf: [] };

/** The plain text an alternative stands for, or undefined if it is not plain text. */
function plainText(alternative: string): string | undefined {
  let out = "";
  for (let i = 0; i < alternative.length; i++) {
    const ch = alternative[i] ?? "";
    if (ch === "\\") {
      const next = alternative[i + 1] ?? "";
      if (/[A-Za-z0-9]/u.test(next)) return undefined; // \p{L}, \d, \b …
      out += next;
      i++;
    } else if (SPECIAL.has(ch)) return undefined;
    else out += ch;
  }
  return out;
}

/** Finds the index of the bracket closing the one at `at`. */
function closing(source: string, at: number, open: string, close: string): number {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") i++;
    else if (ch === "[" && open === "(") i = closing(source, i, "[", "]");
    else if (ch === open) depth++;
    else if (ch === close && --depth === 0) return i;
  }
  return source.length;
}

const optional = (source: string, at: number): boolean => /^(?:[?*]|\{0[,}])/u.test(source.slice(at));
const quantified = (source: string, at: number): boolean => /^(?:[?*+]|\{\d)/u.test(source.slice(at));

export function prefilterOf(source: string): Prefilter {
  const all: string[] = [];
  const anyOf: string[][] = [];
  let run = "";
  const endRun = (): void => {
    if (run.length >= 3) all.push(run);
    run = "";
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] ?? "";
    if (ch === "|") return NONE; // a top-level alternative: nothing is required
    if (ch === "\\") {
      const next = source[i + 1] ?? "";
      if (/[A-Za-z0-9]/u.test(next)) {
        endRun();
        i += next === "p" || next === "P" ? (source[i + 2] === "{" ? closing(source, i + 2, "{", "}") - i : 2) : 1;
        continue;
      }
      i++;
      if (optional(source, i + 1)) {
        endRun();
        continue;
      }
      run += next;
      if (quantified(source, i + 1)) endRun();
      continue;
    }
    if (ch === "[") {
      endRun();
      i = closing(source, i, "[", "]");
      continue;
    }
    if (ch === "(") {
      endRun();
      const end = closing(source, i, "(", ")");
      const inner = source.slice(i + 1, end).replace(/^\?(?::|<[^>]*>|P<[^>]*>)/u, "");
      if (!optional(source, end + 1)) {
        const alternatives = inner.split("|").map(plainText);
        if (alternatives.every((a): a is string => a !== undefined && a.length >= 3)) anyOf.push(alternatives);
      }
      i = end;
      continue;
    }
    if (ch === "." || ch === "^" || ch === "$") {
      endRun();
      continue;
    }
    if (ch === "?" || ch === "*" || (ch === "{" && /^\{0[,}]/u.test(source.slice(i)))) {
      run = run.slice(0, -1); // the last character was optional
      endRun();
      if (ch === "{") i = closing(source, i, "{", "}");
      continue;
    }
    if (ch === "+" || ch === "{") {
      endRun();
      if (ch === "{") i = closing(source, i, "{", "}");
      continue;
    }
    run += ch;
  }
  endRun();
  return { all, anyOf };
}

/** Whether `text` (case-folded) can hold a match at all. */
export function mayMatch(filter: Prefilter, text: string): boolean {
  return filter.all.every((s) => text.includes(s)) && filter.anyOf.every((group) => group.some((s) => text.includes(s)));
}
