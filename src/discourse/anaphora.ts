import type { LanguagePack } from "../model/language.js";
import type { ClauseUnit } from "../model/unit.js";

/** A word that points back: its token index and the words its antecedent may be named by ([] for a pronoun). */
export interface Anaphor {
  readonly index: number;
  readonly heads: readonly string[];
}

/** A pack's anaphors as a lookup, built once per run. */
export interface AnaphorCues {
  readonly words: ReadonlyMap<string, readonly string[]>;
  readonly reachBack: readonly string[];
  readonly genitive: string;
}

export function anaphorCues(pack: LanguagePack): AnaphorCues {
  return { words: new Map(pack.discourse.anaphors), reachBack: pack.discourse.reachBack, genitive: pack.morphology.genitive };
}

const anaphorAt = (token: string, cues: AnaphorCues): readonly string[] | undefined =>
  cues.words.get(token) ?? (cues.genitive !== "" && token.endsWith(cues.genitive) ? cues.words.get(token.slice(0, -cues.genitive.length)) : undefined); // "analysens"

/** Every anaphor in a unit, nouns and pronouns. */
export function anaphorsIn(unit: ClauseUnit, cues: AnaphorCues): Anaphor[] {
  const found: Anaphor[] = [];
  for (let index = 0; index < unit.tokens.length; index++) {
    const heads = anaphorAt(unit.tokens[index]?.text ?? "", cues);
    if (heads !== undefined) found.push({ index, heads });
  }
  return found;
}

/**
 * Two units that read as one stretch of text: sentences of one paragraph, items of one list, or
 * consecutive paragraphs under the same heading (numbered clauses "7.1 …", "7.2 Analysen enligt 7.1 …").
 */
export const sameStretch = (a: ClauseUnit, b: ClauseUnit): boolean =>
  a.block === b.block || (a.kind === "list-item" && b.kind === "list-item") || (a.kind !== "heading" && a.block.trail.join("\u0001") === b.block.trail.join("\u0001"));

/** Units in two subsections of one chapter: "3.1 Risk- och sårbarhetsanalys" and "3.2 Redovisning". */
export function siblingSections(a: ClauseUnit, b: ClauseUnit): boolean {
  const [x, y] = [a.block.trail, b.block.trail];
  return a.kind !== "heading" && x.length >= 2 && x.length === y.length && x.slice(0, -1).every((h, i) => h === y[i]);
}

/**
 * What a unit refers back to: the nearest earlier unit of its stretch that names the anaphor's
 * noun ("Planen" → the sentence with "kontinuitetsplan", not an RSA two sentences up), and what
 * that unit refers back to in turn ("3.1 … en RSA. Analysen ska omfatta … / 3.2 … överlämna analysen").
 * A document's own noun ("analysen", "planen") may also point into the subsection just before.
 */
export function referentsOf(at: number, units: readonly ClauseUnit[], anaphors: readonly Anaphor[], chains: readonly (readonly number[])[], cues: AnaphorCues): number[] | undefined {
  const unit = units[at];
  if (unit === undefined || anaphors.length === 0) return undefined;
  const heads = anaphors.flatMap((a) => a.heads);
  const reachesBack = heads.some((h) => cues.reachBack.includes(h));
  const earlier: number[] = [];
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const other = units[k];
    if (other !== undefined && (sameStretch(other, unit) || (reachesBack && siblingSections(other, unit)))) earlier.push(k);
  }
  const found = heads.length === 0 ? earlier[0] : earlier.find((k) => heads.some((h) => units[k]?.norm.folded.includes(h)));
  return found === undefined ? [] : [found, ...(chains[found] ?? [])].slice(0, 3);
}
