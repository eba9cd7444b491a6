import type { LanguagePack, Side } from "../model/language.js";
import type { PartyNames } from "../judge/tag.js";

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const anyOf = (words: readonly string[]): string => words.map(escape).join("|");

/**
 * The names a document gives its parties, and whose side each is: read from what stands before
 * the definition in its paragraph ("Vänersborgs kommun, nedan kallad Kommunen"), or, when that
 * says nothing, as the other side of a party the document also defines ("… nedan kallad
 * Leverantören"). Only names given to legal persons count, not "nedan kallat Avtalet".
 */
export function partyNames(text: string, pack: LanguagePack, knownSide: (word: string) => Side | undefined): PartyNames {
  const p = pack.parties;
  const defined = new RegExp(
    `(?<![\\p{L}])(?:${anyOf(p.definedAs)})\\s+(?:(?:${anyOf(p.definedAsParticiples)})\\s+)?["'\\u201D\\u201C»]?(\\p{Lu}\\p{Ll}{2,}(?:-\\p{Ll}+)?)`,
    "gu",
  );
  const legal = new RegExp(`(?<![\\p{L}])(?:${anyOf(p.legalPerson.filter((w) => /\p{L}/u.test(w)))})(?![\\p{L}])${p.legalPerson.includes("[") ? "|\\[" : ""}`, "iu");
  const word = (starts: readonly string[]): RegExp => new RegExp(`(?<![\\p{L}])(?:\\p{L}*(?:${anyOf(starts)})\\p{L}*)(?![\\p{L}])`, "iu");
  const buyerWords = word(p.buyerWords);
  const supplierWords = word(p.supplierWords);
  const joiners = new RegExp(`(?<![\\p{L}])(?:${anyOf(p.joiners)})\\s`, "gu");
  const found: { name: string; side?: Side }[] = [];
  let previous = 0; // where the last definition ended: "Region Syd, nedan kallad Regionen, och Omsorg AB, nedan kallat Bolaget"
  for (const m of text.matchAll(defined)) {
    const name = (m[1] ?? "").toLocaleLowerCase(pack.locale);
    const start = m.index ?? 0;
    const paragraph = text.lastIndexOf("\n\n", start);
    const window = text.slice(Math.max(paragraph + 2, previous, start - 250), start);
    previous = start + m[0].length;
    // Only this party's own words: after the word that joins two parties.
    const joined = [...window.matchAll(joiners)].at(-1);
    const before = joined === undefined ? window : window.slice((joined.index ?? 0) + joined[0].length);
    if (!legal.test(before)) continue;
    const known = knownSide(name);
    const buyer = buyerWords.test(before);
    const supplier = supplierWords.test(before);
    found.push({ name, ...(known !== undefined ? { side: known } : buyer !== supplier ? { side: buyer ? "buyer" : "supplier" } : {}) });
  }
  const sides = new Set(found.flatMap((f) => (f.side === "buyer" || f.side === "supplier" ? [f.side] : [])));
  const aliases = new Map<string, Side>();
  for (const f of found) {
    if (knownSide(f.name) !== undefined) continue; // "Leverantören" is known already
    const side = f.side ?? (sides.size === 1 ? (sides.has("supplier") ? "buyer" : "supplier") : undefined);
    if (side !== undefined && !aliases.has(f.name)) aliases.set(f.name, side);
  }
  const letters = p.letterCues.some((cue) => new RegExp(cue, "u").test(text));
  return { letters, aliases, bid: isBid(text, pack) };
}

/** Whether a document is a bid: its title says so, or it speaks as the bidder ("vi erbjuder", "vårt anbud"). */
export function isBid(text: string, pack: LanguagePack): boolean {
  const bid = pack.parties.bid;
  const title = (text.split(/\n\s*\n/u).find((b) => b.trim() !== "") ?? "").trim().toLocaleLowerCase(pack.locale);
  const starts = new RegExp(`^(?:[#\\s\\d.]*)?(?:${anyOf(bid.titles)})(?![\\p{L}])`, "u");
  if (starts.test(title)) return true;
  const folded = text.toLocaleLowerCase(pack.locale);
  const phrases = new RegExp(`(?<![\\p{L}])(?:${anyOf(bid.phrases)})(?![\\p{L}])`, "gu");
  return (folded.match(phrases)?.length ?? 0) >= bid.phraseCount;
}
