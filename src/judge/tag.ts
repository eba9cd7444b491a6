import type { CueRow, Side, TokenTest, WordClass } from "../model/language.js";
import type { Token } from "../model/unit.js";
import type { ClassedVerb, Lexicon, VerbShape, WordFacts } from "./lexicon.js";

/** A party named at a token: "Leverantören", "stadens" (a genitive owns rather than acts), "E". */
export interface PartyMention {
  readonly side: Side;
  readonly genitive: boolean;
  /** The word as written, for explanations. */
  readonly word: string;
}

/** What the document says about its parties, worked out once per document. */
export interface PartyNames {
  /** Whether the document uses AMA AF's shorthand "E" and "B". */
  readonly letters: boolean;
  /** Names the document gives its parties ("Vänerhem AB, nedan kallat Bolaget"), case-folded. */
  readonly aliases: ReadonlyMap<string, Side>;
  /** Whether the document is a bid, where the supplier speaks as "vi". */
  readonly bid: boolean;
}

export const NO_NAMES: PartyNames = { letters: false, aliases: new Map(), bid: false };

/** A token with everything the clause parser and the cue table look at. */
export interface Tagged extends Token {
  readonly index: number;
  readonly classes: readonly WordClass[];
  readonly verbs: readonly ClassedVerb[];
  readonly shape: VerbShape;
  readonly party: PartyMention | undefined;
  readonly dutyNoun: boolean;
  /** The punctuation between the previous token and this one (spaces removed): ",", ":", "|" … */
  readonly gap: string;
  readonly capital: boolean;
  /** The phrase row this token is part of (an index into the unit's phrases). */
  readonly phrase: number | undefined;
}

/** A phrase row matched over a unit's tokens: a fixed expression the parser keeps whole. */
export interface PhraseMatch {
  readonly row: CueRow;
  readonly first: number;
  readonly last: number;
}

export interface TaggedUnit {
  readonly tokens: readonly Tagged[];
  readonly phrases: readonly PhraseMatch[];
}

export const hasClass = (t: Pick<Tagged, "classes"> | undefined, cls: WordClass): boolean => t?.classes.includes(cls) ?? false;

/** The side a word names in a list of (word, side) pairs; a loop, since this runs for every token. */
function sideOf(list: readonly (readonly [string, Side])[], key: string): Side | undefined {
  for (const entry of list) if (entry[0] === key) return entry[1];
  return undefined;
}

function partyAt(lexicon: Lexicon, tokens: readonly Token[], i: number, names: PartyNames, facts: WordFacts): PartyMention | undefined {
  const token = tokens[i];
  if (token === undefined) return undefined;
  const p = lexicon.pack.parties;
  if (names.letters) {
    const letter = sideOf(p.letters, token.raw);
    if (letter !== undefined) return { side: letter, genitive: false, word: token.raw };
    const genitive = sideOf(p.letterGenitives, token.raw);
    if (genitive !== undefined) return { side: genitive, genitive: true, word: token.raw };
  }
  // "IVO", "IVO:s"
  const colon = token.raw.indexOf(":");
  const abbreviation = sideOf(p.abbreviations, colon < 0 ? token.raw : token.raw.slice(0, colon));
  if (abbreviation !== undefined) return { side: abbreviation, genitive: token.raw.endsWith(":s"), word: token.raw };
  const pronoun = sideOf(names.bid ? p.bid.pronouns : p.pronouns, token.text);
  if (pronoun !== undefined) return { side: pronoun, genitive: false, word: token.raw };
  // "den upphandlande myndigheten", "beställande part": the buyer, whatever its kind.
  const before = tokens[i - 1];
  if (before !== undefined && p.buyerAdjectives.includes(before.text) && /^\p{L}{3,}$/u.test(token.text) && !facts.classes.includes("coordinator")) {
    return { side: "buyer", genitive: token.text.endsWith(lexicon.pack.morphology.genitive), word: `${before.raw} ${token.raw}` };
  }
  if (p.lookalikes.includes(token.text)) return undefined;
  if (names.aliases.size > 0 && /^\p{Lu}/u.test(token.raw)) {
    const side = names.aliases.get(token.text);
    if (side !== undefined) return { side, genitive: false, word: token.raw };
    const g = lexicon.pack.morphology.genitive;
    const owner = g !== "" && token.text.endsWith(g) ? names.aliases.get(token.text.slice(0, -g.length)) : undefined;
    if (owner !== undefined) return { side: owner, genitive: true, word: token.raw };
  }
  const noun = facts.partyNoun;
  if (noun === undefined) return undefined;
  // "myndigheten" alone is a public authority in general; after "upphandlande" it is the buyer (above).
  const side = p.generalAuthority.some((a) => token.text.startsWith(a)) ? "authority" : noun.side;
  const g = lexicon.pack.morphology.genitive;
  return { side, genitive: g !== "" && noun.ending.endsWith(g), word: token.raw };
}

/** Whether `value` (one or a list) has an item that passes `f`; no list is built for one value. */
const someOf = <T>(value: T | readonly T[], f: (v: T) => boolean): boolean => (Array.isArray(value) ? (value as readonly T[]).some(f) : f(value as T));

/** Whether token `t` passes the word tests of a cue pattern's token: its form, base form, word class and verb class. */
export function passesWordTest(lexicon: Lexicon, t: Tagged, test: TokenTest): boolean {
  if (test.word !== undefined && !someOf(test.word, (w) => w === t.text)) return false;
  if (test.lemma !== undefined && !someOf(test.lemma, (l) => lexicon.isFormOf(t.text, l))) return false;
  if (test.class !== undefined && !someOf(test.class, (c) => t.classes.includes(c))) return false;
  if (test.verb !== undefined && !someOf(test.verb, (v) => t.verbs.some((cv) => cv.cls === v))) return false;
  if (test.shape !== undefined && !t.shape[test.shape]) return false;
  if (test.dutyNoun !== undefined && t.dutyNoun !== test.dutyNoun) return false;
  return true;
}

/** A phrase row's test: the word tests, and none of its `not`. */
const passesPhraseTest = (lexicon: Lexicon, t: Tagged, test: TokenTest): boolean =>
  passesWordTest(lexicon, t, test) && (test.not === undefined || !passesPhraseTest(lexicon, t, test.not));

/**
 * Matches a pattern at position `at` of `seq` (token indexes, in order); returns the positions in
 * `seq` of the first and last token matched and of each pattern element, or undefined.
 */
export function matchPattern(
  pattern: readonly TokenTest[], seq: readonly number[], at: number, passes: (test: TokenTest, token: number) => boolean, classesOf: (token: number) => readonly WordClass[],
): { readonly first: number; readonly last: number; readonly elements: readonly number[] } | undefined {
  let pos = at;
  const elements: number[] = [];
  for (let k = 0; k < pattern.length; k++) {
    const test = pattern[k] as TokenTest;
    if (k > 0 && test.skip !== undefined) {
      const skip = test.skip;
      while (pos < seq.length && classesOf(seq[pos] ?? -1).some((c) => skip.includes(c)) && !passes(test, seq[pos] ?? -1)) pos++;
    }
    const token = seq[pos];
    if (token !== undefined && passes(test, token)) {
      elements.push(pos);
      pos++;
      continue;
    }
    if (test.optional) {
      elements.push(-1);
      continue;
    }
    return undefined;
  }
  const matched = elements.filter((e) => e >= 0);
  return { first: matched[0] ?? at, last: matched.at(-1) ?? at, elements };
}

const PUNCTUATION = /[.,;:|…()]/u;
const NO_VERBS: readonly ClassedVerb[] = [];

/** The punctuation between two tokens, spaces removed; most gaps are one space, read without a regex. */
function gapBefore(text: string, from: number, to: number): string {
  if (to - from <= 1 && (to === from || text[from] === " ")) return "";
  return text.slice(from, to).replace(/\s+/gu, "");
}

/** Whether a word begins with a capital letter: its first letter changes in lower case. */
const isCapital = (raw: string): boolean => {
  const first = raw.charAt(0);
  return first !== first.toLowerCase();
};

/** Tags a unit's tokens once: word classes, verb classes and shapes, parties, punctuation, and the phrase rows. */
export function tagUnit(lexicon: Lexicon, tokens: readonly Token[], normText: string, names: PartyNames): TaggedUnit {
  const tagged: Tagged[] = tokens.map((token, index) => {
    const facts = lexicon.word(token.text);
    const party = partyAt(lexicon, tokens, index, names, facts);
    const tag: Tagged = {
      text: token.text,
      raw: token.raw,
      start: token.start,
      end: token.end,
      index,
      classes: facts.classes,
      verbs: party === undefined ? facts.verbs : NO_VERBS,
      shape: facts.shape,
      dutyNoun: party === undefined && facts.dutyNoun,
      gap: gapBefore(normText, tokens[index - 1]?.end ?? 0, token.start),
      capital: isCapital(token.raw),
      party,
      phrase: undefined,
    };
    return tag;
  });
  const phrases: PhraseMatch[] = [];
  const all = tagged.map((t) => t.index);
  const passes = (i: number) => (test: TokenTest, k: number): boolean => {
    const t = tagged[k];
    // A phrase is one expression: its words stand together, with no punctuation between them.
    return t !== undefined && passesPhraseTest(lexicon, t, test) && (k === i || !PUNCTUATION.test(t.gap));
  };
  const classesAt = (k: number): readonly WordClass[] => tagged[k]?.classes ?? [];
  for (let i = 0; i < tagged.length; i++) {
    // Rows in table order; only those whose first word can be this one.
    for (const { row, pattern } of lexicon.phrasesAt(tagged[i]?.text ?? "")) {
      const m = matchPattern(pattern, all, i, passes(i), classesAt);
      if (m === undefined) continue;
      const id = phrases.length;
      phrases.push({ row, first: m.first, last: m.last });
      for (let k = m.first; k <= m.last; k++) {
        const t = tagged[k];
        if (t !== undefined) tagged[k] = { ...t, phrase: id };
      }
      i = m.last;
      break;
    }
  }
  return { tokens: tagged, phrases };
}
