import type { Document, LineCounter, Node } from "yaml";
import { isMap, isNode, isPair, isScalar, isSeq } from "yaml";
import type { ErrorPlace } from "../model/error.js";

/** Finds where a value (or one of its keys) sits in the YAML source, for error messages. */
export interface Locator {
  /** The place of the value at `path`, or of its nearest existing ancestor. */
  at(path: readonly (string | number)[]): ErrorPlace;
  /** The place of the key `key` in the mapping at `path`. */
  keyAt(path: readonly (string | number)[], key: string): ErrorPlace;
}

export function locator(doc: Document, lines: LineCounter): Locator {
  const place = (node: Node | undefined | null): ErrorPlace => {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const nodeAt = (path: readonly (string | number)[]): Node | undefined => {
    let node: unknown = doc.contents;
    for (const step of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
        if (!pair) return isNode(node) ? node : undefined;
        node = pair.value;
      } else if (isSeq(node) && typeof step === "number") {
        const next = node.items[step];
        if (next === undefined) return node;
        node = next;
      } else break;
    }
    return isNode(node) ? node : undefined;
  };
  return {
    at: (path) => place(nodeAt(path)),
    keyAt(path, key) {
      const node = nodeAt(path);
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key);
        if (pair && isNode(pair.key)) return place(pair.key);
      }
      return place(node);
    },
  };
}

/** "/rules/0/match" → ["rules", 0, "match"] */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"))
    .map((s) => (/^\d+$/u.test(s) ? Number(s) : s));
}

/** The closest of `options` to `word`, if it is close enough to be a likely typo. */
export function didYouMean(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const option of options) {
    const d = distance(word.toLowerCase(), option.toLowerCase());
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] ?? 0;
}
