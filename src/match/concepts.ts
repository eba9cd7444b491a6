import type { LanguageCode } from "../model/language.js";
import type { Concept } from "../model/rule.js";
import type { Token } from "../model/unit.js";
import type { Inflector } from "../text/inflection.js";
import { MATCHERS } from "./kinds.js";
import type { TermHit, TermMatcher, UnitText } from "./types.js";
import { KEY_LENGTH, termWords } from "./words.js";

export interface ConceptHit extends TermHit {
  /** The concept's key: unique across the rulebooks of a run. */
  readonly concept: string;
  /** The term as the rule author wrote it. */
  readonly term: string;
  /** For a word that refers back ("Analysen"): the words it refers to ("riskanalys"). */
  readonly via?: string;
  /** … and where they stand: the unit (of the same document) and the token they start at. */
  readonly from?: { readonly unit: number; readonly first: number };
}

/** Every concept of a run in one language, compiled once, found in a unit in one pass over its tokens. */
export interface Vocabulary {
  readonly lang: LanguageCode;
  /** All concept hits in a unit, by concept key, sorted by position, exceptions removed. */
  find(unit: UnitText): ReadonlyMap<string, readonly ConceptHit[]>;
}

interface Entry {
  readonly concepts: readonly string[];
  readonly matcher: TermMatcher;
}

/** Whether a hit is one of the concept's look-alikes: "följa upp", "personalkontinuitet". */
function isException(tokens: readonly Token[], hit: TermHit, exceptions: readonly (readonly string[])[], inflect: Inflector): boolean {
  return exceptions.some((words) => {
    // The exception may start at the hit or end at it.
    for (let offset = 0; offset < words.length; offset++) {
      const start = hit.first - offset;
      if (start >= 0 && words.every((w, k) => inflect.isFormOf(tokens[start + k]?.text ?? "", w, true))) return true;
    }
    return false;
  });
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
};

/**
 * Compiles the terms of one language (concepts keyed run-wide). A term shared by several concepts
 * is compiled once. Which token-based terms can start at a word is worked out once per distinct
 * word of the run, through an index by the words' first letters (or, for compound parts, letters
 * anywhere in them), so a long document and a large rulebook cost one lookup per token.
 */
export function compileVocabulary(concepts: ReadonlyMap<string, Concept>, lang: LanguageCode, inflect: Inflector): Vocabulary {
  const byTerm = new Map<string, { matcher: TermMatcher; concepts: string[] }>();
  const exceptions = new Map<string, string[][]>();
  const exceptPatterns = new Map<string, TermMatcher[]>();
  for (const [key, concept] of concepts) {
    for (const term of concept.terms) {
      if (term.lang !== lang) continue;
      const id = `${term.form}\u0000${term.text}`;
      const known = byTerm.get(id);
      if (known !== undefined) known.concepts.push(key);
      else byTerm.set(id, { matcher: MATCHERS[term.form](term, inflect), concepts: [key] });
    }
    const except = concept.except.filter((e) => e.lang === lang).map((e) => termWords(e.text)).filter((w) => w.length > 0);
    if (except.length > 0) exceptions.set(key, except);
    const patterns = concept.exceptPatterns.filter((e) => e.lang === lang);
    if (patterns.length > 0) exceptPatterns.set(key, patterns.map((e) => MATCHERS.pattern({ form: "pattern", text: e.text, lang }, inflect)));
  }
  const entries: Entry[] = [...byTerm.values()].map(({ matcher, concepts: c }) => ({ matcher, concepts: c }));
  const textEntries = entries.filter((e) => e.matcher.kind === "text");
  const byPrefix = new Map<string, Entry[]>();
  const byInfix = new Map<string, Entry[]>();
  const byRaw = new Map<string, Entry[]>();
  for (const entry of entries) {
    const m = entry.matcher;
    if (m.kind !== "token") continue;
    const index = m.keys.by === "prefix" ? byPrefix : m.keys.by === "infix" ? byInfix : byRaw;
    for (const v of m.keys.values) push(index, v, entry);
  }
  // By the word as written, then as folded (one string each, nothing built per token).
  const startsAt = new Map<string, Map<string, readonly Entry[]>>();
  const candidates = (token: Token): readonly Entry[] => {
    let byText = startsAt.get(token.raw);
    if (byText === undefined) {
      byText = new Map();
      startsAt.set(token.raw, byText);
    }
    let found = byText.get(token.text);
    if (found === undefined) {
      const seen = new Set<Entry>();
      const w = token.text;
      for (let n = 1; n <= Math.min(KEY_LENGTH, w.length); n++) for (const e of byPrefix.get(w.slice(0, n)) ?? []) seen.add(e);
      for (let at = 0; at < w.length; at++) for (let n = 1; n <= KEY_LENGTH && at + n <= w.length; n++) for (const e of byInfix.get(w.slice(at, at + n)) ?? []) seen.add(e);
      for (const e of byRaw.get(token.raw.split(":")[0] ?? token.raw) ?? []) seen.add(e);
      found = [...seen].filter((e) => e.matcher.kind === "token" && e.matcher.starts(token));
      byText.set(token.text, found);
    }
    return found;
  };

  return {
    lang,
    find(unit) {
      const byConcept = new Map<string, ConceptHit[]>();
      const add = (entry: Entry, hit: TermHit): void => {
        for (const concept of entry.concepts) {
          if (isException(unit.tokens, hit, exceptions.get(concept) ?? [], inflect)) continue;
          push(byConcept, concept, { ...hit, concept, term: entry.matcher.term.text });
        }
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
