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
  /** Names the document gives its parties ("Vänerhem AB, nedan kallat Bolaget"), case-folded. */
  readonly aliases?: ReadonlyMap<string, Side>;
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
  // "den upphandlande myndigheten", "den beställande vårdenheten", "beställande part": the buyer, whatever its kind.
  if (/^(?:upphandlande|beställande)$/u.test(tokens[index - 1]?.text ?? "") && /^\p{L}{3,}$/u.test(token.text) && !/^(?:och|eller|samt)$/u.test(token.text)) {
    return { side: "buyer", index, genitive: token.text.endsWith("s"), word: `${tokens[index - 1]?.raw ?? ""} ${token.raw}` };
  }
  if (LOOKALIKES.has(token.text)) return undefined;
  const alias = options.aliases?.size && /^\p{Lu}/u.test(token.raw) ? aliasAt(options.aliases, token.text) : undefined;
  if (alias !== undefined) return { side: alias.side, index, genitive: alias.genitive, word: token.raw };
  let noun = options.memo?.nouns.get(token.text);
  if (noun === undefined) {
    noun = nounSide(token.text) ?? null;
    options.memo?.nouns.set(token.text, noun);
  }
  if (noun === null) return undefined;
  if (noun.side === "buyer" && token.text.startsWith("myndighet")) return undefined; // a public authority in general
  return { side: noun.side, index, genitive: noun.ending.endsWith("s"), word: token.raw };
}

function aliasAt(aliases: ReadonlyMap<string, Side>, text: string): { side: Side; genitive: boolean } | undefined {
  const side = aliases.get(text);
  if (side !== undefined) return { side, genitive: false };
  const owner = text.endsWith("s") ? aliases.get(text.slice(0, -1)) : undefined;
  return owner === undefined ? undefined : { side: owner, genitive: true };
}

/** "…, nedan kallat Bolaget", "(nedan Förbundet)", "härefter benämnd Hyresgästen". */
const DEFINED = /(?<![\p{L}])(?:nedan|härefter|i det följande)\s+(?:(?:kallad|kallat|kallade|benämnd|benämnt|benämnda|kallas)\s+)?["'\u201D\u201C»]?(\p{Lu}\p{Ll}{2,}(?:-\p{Ll}+)?)/gu;
/** A legal person: an organisation number, a company form, a public body, or a blank to fill in. */
const LEGAL_PERSON = /(?<![\p{L}])(?:AB|HB|KB|org\.? ?nr|organisationsnummer|kommun|region|nämnd|förvaltning|förbund|stad|landsting|aktiebolag|ekonomisk förening)(?![\p{L}])|\[/iu;
const BUYER_WORDS = /(?<![\p{L}])(?:\p{L}*kommun|\p{L}*stad|region\p{L}*|\p{L}*nämnd\p{L}*|\p{L}*förvaltning\p{L}*|beställ\p{L}*|upphandlande|köpare\p{L}*)(?![\p{L}])/iu;
const SUPPLIER_WORDS = /(?<![\p{L}])(?:leverantör\p{L}*|anbudsgivare\p{L}*|utförare\p{L}*|entreprenör\p{L}*|uppdragstagare\p{L}*|konsult\p{L}*)(?![\p{L}])/iu;

/**
 * The names a document gives its parties, and whose side each is: read from what stands before
 * the definition in its paragraph ("Vänersborgs kommun, nedan kallad Kommunen"), or, when that
 * says nothing, as the other side of a party the document also defines ("… nedan kallad
 * Leverantören"). Only names given to legal persons count, not "nedan kallat Avtalet".
 */
export function partyAliases(text: string): Map<string, Side> {
  const found: { name: string; side?: Side }[] = [];
  let previous = 0; // where the last definition ended: "Region Syd, nedan kallad Regionen, och Omsorg AB, nedan kallat Bolaget"
  for (const m of text.matchAll(DEFINED)) {
    const name = (m[1] ?? "").toLocaleLowerCase("sv");
    const start = m.index ?? 0;
    const paragraph = text.lastIndexOf("\n\n", start);
    const window = text.slice(Math.max(paragraph + 2, previous, start - 250), start);
    previous = start + m[0].length;
    // Only this party's own words: after "och", "samt" or "mellan" that join two parties.
    const joined = [...window.matchAll(/(?<![\p{L}])(?:och|samt|mellan)\s/gu)].at(-1);
    const before = joined === undefined ? window : window.slice((joined.index ?? 0) + joined[0].length);
    if (!LEGAL_PERSON.test(before)) continue;
    const known = nounSide(name)?.side;
    const buyer = BUYER_WORDS.test(before);
    const supplier = SUPPLIER_WORDS.test(before);
    found.push({ name, ...(known !== undefined ? { side: known } : buyer !== supplier ? { side: buyer ? "buyer" : "supplier" } : {}) });
  }
  const sides = new Set(found.flatMap((f) => (f.side === "buyer" || f.side === "supplier" ? [f.side] : [])));
  const aliases = new Map<string, Side>();
  for (const f of found) {
    if (nounSide(f.name) !== undefined) continue; // "Leverantören" is known already
    const side = f.side ?? (sides.size === 1 ? (sides.has("supplier") ? "buyer" : "supplier") : undefined);
    if (side !== undefined && !aliases.has(f.name)) aliases.set(f.name, side);
  }
  return aliases;
}

/**
 * AMA AF documents call the parties "E" and "B" once they say so: "Beställare (B)",
 * "B = beställaren", or simply by being organised under AFA/AFB/AFC/AFD codes.
 */
export function usesAmaLetters(text: string): boolean {
  return /\((?:E|B)\)|\b(?:E|B)\s*=\s*(?:entreprenör|beställar)|\bAF[ABCDG]\.\d/u.test(text);
}
