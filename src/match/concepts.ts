import type { Concept } from "../model/rule.js";
import type { Token } from "../model/unit.js";
import { isFormOf } from "../text/inflection.js";
import { MATCHERS } from "./kinds.js";
import type { TermHit, TermMatcher, UnitText } from "./types.js";
import { termWords } from "./words.js";

export interface ConceptHit extends TermHit {
  /** The concept's key: unique across the rulebooks of a run. */
  readonly concept: string;
  /** The term as the rule author wrote it. */
  readonly term: string;
  /** For a word that refers back ("Analysen"): what it refers to ("the \"riskanalys\" before"). */
  readonly via?: string;
}

/** Every concept of a run, compiled once, found in a unit in one pass over its tokens. */
export interface Vocabulary {
  /** All concept hits in a unit, by concept key, sorted by position, exceptions removed. */
  find(unit: UnitText): ReadonlyMap<string, readonly ConceptHit[]>;
}

interface Entry {
  readonly concept: string;
  readonly matcher: TermMatcher;
}

/** Whether a hit is one of the concept's look-alikes: "följa upp", "personalkontinuitet". */
function isException(tokens: readonly Token[], hit: TermHit, exceptions: readonly (readonly string[])[]): boolean {
  return exceptions.some((words) => {
    // The exception may start at the hit or end at it.
    for (let offset = 0; offset < words.length; offset++) {
      const start = hit.first - offset;
      if (start >= 0 && words.every((w, k) => isFormOf(tokens[start + k]?.text ?? "", w, true))) return true;
    }
    return false;
  });
}

/**
 * Compiles concepts (keyed run-wide). Which token-based terms can start at a word is worked out
 * once per distinct word of the run, so a long document costs one lookup per token.
 */
export function compileVocabulary(concepts: ReadonlyMap<string, Concept>): Vocabulary {
  const entries: Entry[] = [];
  const exceptions = new Map<string, string[][]>();
  const exceptPatterns = new Map<string, TermMatcher[]>();
  for (const [key, concept] of concepts) {
    for (const term of concept.terms) entries.push({ concept: key, matcher: MATCHERS[term.form](term) });
    exceptions.set(key, concept.except.map(termWords).filter((w) => w.length > 0));
    if (concept.exceptPatterns.length > 0) exceptPatterns.set(key, concept.exceptPatterns.map((text) => MATCHERS.pattern({ form: "pattern", text })));
  }
  const tokenEntries = entries.filter((e) => e.matcher.kind === "token");
  const textEntries = entries.filter((e) => e.matcher.kind === "text");
  const startsAt = new Map<string, readonly Entry[]>();
  const candidates = (token: Token): readonly Entry[] => {
    let found = startsAt.get(token.raw);
    if (found === undefined) {
      found = tokenEntries.filter((e) => e.matcher.kind === "token" && e.matcher.starts(token));
      startsAt.set(token.raw, found);
    }
    return found;
  };

  return {
    find(unit) {
      const byConcept = new Map<string, ConceptHit[]>();
      const add = (entry: Entry, hit: TermHit): void => {
        if (isException(unit.tokens, hit, exceptions.get(entry.concept) ?? [])) return;
        const list = byConcept.get(entry.concept) ?? [];
        list.push({ ...hit, concept: entry.concept, term: entry.matcher.term.text });
        byConcept.set(entry.concept, list);
      };
      unit.tokens.forEach((token, i) => {
        for (const entry of candidates(token)) {
          if (entry.matcher.kind !== "token") continue;
          const last = entry.matcher.extend(unit.tokens, i);
          if (last >= 0) add(entry, { first: i, last, start: token.start, end: unit.tokens[last]?.end ?? token.end });
        }
      });
      for (const entry of textEntries) {
        if (entry.matcher.kind === "text") for (const hit of entry.matcher.find(unit)) add(entry, hit);
      }
      // Hits inside an exception pattern's match are dropped; the pattern runs only where the concept was found.
      for (const [key, patterns] of exceptPatterns) {
        const list = byConcept.get(key);
        if (list === undefined) continue;
        const spans = patterns.flatMap((p) => (p.kind === "text" ? p.find(unit) : []));
        const kept = list.filter((h) => !spans.some((s) => s.start <= h.start && h.end <= s.end));
        if (kept.length > 0) byConcept.set(key, kept);
        else byConcept.delete(key);
      }
      for (const list of byConcept.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
      return byConcept;
    },
  };
}
