import type { Token } from "../model/unit.js";
import { isFormOf } from "../text/inflection.js";
import type { Side } from "./lexicon.js";
import { PARTY_NOUNS, PARTY_PRONOUNS } from "./lexicon.js";

export interface PartyMention {
  readonly side: Side;
  readonly index: number;
  /** "leverantörens", "stadens": owns something rather than acting. */
  readonly genitive: boolean;
  /** The word as written, for explanations. */
  readonly word: string;
}

export interface PartyOptions {
  /** Whether the document uses AMA AF's shorthand "E" (entreprenören) and "B" (beställaren). */
  readonly amaLetters: boolean;
  /** Answers remembered per distinct word while one document is read (see `wordMemo`). */
  readonly memo?: WordMemo;
}

/** What the judge has worked out about a word, kept for the rest of a document. */
export interface WordMemo {
  readonly nouns: Map<string, { readonly side: Side; readonly ending: string } | null>;
  readonly cues: Map<string, string | null>;
}

export const wordMemo = (): WordMemo => ({ nouns: new Map(), cues: new Map() });

/** Words that look like inflected party nouns but are not: "kunde" (could), "ovan nämnda" (mentioned). */
const LOOKALIKES: ReadonlySet<string> = new Set(["kunde", "nämnda", "nämnde", "nämnt", "parti", "partiet"]);

/** The side a party noun names, looking at the last part of a compound ("ramavtalsleverantören"). */
function nounSide(token: string): { side: Side; ending: string } | undefined {
  for (const [base, side] of PARTY_NOUNS) {
    const at = token.lastIndexOf(base);
    if (at < 0) continue;
    if (at > 0 && at < 2) continue;
    const tail = token.slice(at);
    if (isFormOf(tail, base)) return { side, ending: tail.slice(base.length) };
  }
  return undefined;
}

export function partyAt(tokens: readonly Token[], index: number, options: PartyOptions): PartyMention | undefined {
  const token = tokens[index];
  if (token === undefined) return undefined;
  if (options.amaLetters && (token.raw === "E" || token.raw === "B")) {
    return { side: token.raw === "E" ? "supplier" : "buyer", index, genitive: false, word: token.raw };
  }
  if (options.amaLetters && (token.raw === "E:s" || token.raw === "B:s")) {
    return { side: token.raw.startsWith("E") ? "supplier" : "buyer", index, genitive: true, word: token.raw };
  }
  const pronoun = PARTY_PRONOUNS.get(token.text);
  if (pronoun !== undefined) {
    // "er" is also a common word ending; only the pronoun standing alone counts, which tokens guarantee.
    return { side: pronoun, index, genitive: false, word: token.raw };
  }
  // "den upphandlande myndigheten", "den beställande vårdenheten": the buyer, whatever its kind.
  if (/^(?:upphandlande|beställande)$/u.test(tokens[index - 1]?.text ?? "") && /^\p{L}{3,}$/u.test(token.text) && !/^(?:och|eller|samt|part)$/u.test(token.text)) {
    return { side: "buyer", index, genitive: token.text.endsWith("s"), word: `${tokens[index - 1]?.raw ?? ""} ${token.raw}` };
  }
  if (LOOKALIKES.has(token.text)) return undefined;
  let noun = options.memo?.nouns.get(token.text);
  if (noun === undefined) {
    noun = nounSide(token.text) ?? null;
    options.memo?.nouns.set(token.text, noun);
  }
  if (noun === null) return undefined;
  if (noun.side === "buyer" && token.text.startsWith("myndighet")) return undefined; // a public authority in general
  return { side: noun.side, index, genitive: noun.ending.endsWith("s"), word: token.raw };
}

/**
 * AMA AF documents call the parties "E" and "B" once they say so: "Beställare (B)",
 * "B = beställaren", or simply by being organised under AFA/AFB/AFC/AFD codes.
 */
export function usesAmaLetters(text: string): boolean {
  return /\((?:E|B)\)|\b(?:E|B)\s*=\s*(?:entreprenör|beställar)|\bAF[ABCDG]\.\d/u.test(text);
}
