import type { LanguagePack } from "../model/language.js";
import type { ClauseUnit } from "../model/unit.js";

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const anyOf = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");
const word = (words: readonly string[]): string => `(?<![\\p{L}])(?:${anyOf(words)})(?![\\p{L}])`;

/** A clause number: "5.2", "12.3.1", or with letters "A.8", "AFC.55", "SK-10". */
const CLAUSE = String.raw`(?:[A-ZÅÄÖ]{1,4}[.-]\d{1,3}(?:\.\d{1,3})*|\d{1,2}(?:\.\d{1,3})+)`;
/** A clause named after its noun may be a bare number: "punkt 11", "avsnitt 3". */
const NAMED_CLAUSE = String.raw`(?:[A-ZÅÄÖ]{1,4}[.-]\d{1,3}(?:\.\d{1,3})*|\d{1,2}(?:\.\d{1,3})*)`;
const CLAUSES = new RegExp(NAMED_CLAUSE, "giu");
const CLAUSE_AT_START = new RegExp(String.raw`^(${CLAUSE})(?=\s|$)`, "iu");
/** … at the start of a block, past a table row's bar. */
const CLAUSE_AT_BLOCK_START = new RegExp(String.raw`^[|\s]*(${CLAUSE})(?=\s|$)`, "iu");

/** A pack's words of striking and replacing, compiled once per run. */
export interface StrikeCues {
  readonly strike: RegExp;
  /** The longest word of each strike phrase: a sentence without one strikes nothing, and is not searched further. */
  readonly strikeHint: RegExp;
  readonly payable: RegExp;
  readonly named: RegExp;
  readonly replaces: RegExp;
  readonly replacedAfter: RegExp;
  /** A phrase after which a quotation is the old wording: "hade följande lydelse". */
  readonly oldWording: RegExp;
  readonly ordinals: readonly string[];
  readonly documentNouns: readonly string[];
}

export function strikeCues(pack: LanguagePack): StrikeCues {
  const d = pack.discourse;
  const longest = (phrase: string): string => phrase.split(/\s+/u).reduce((a, b) => (b.length > a.length ? b : a), "");
  return {
    // Plain words, no look-behind: a quick scan that most sentences fail.
    strikeHint: new RegExp([...new Set([...d.strikes, ...d.replacedBy].map(longest))].map(escape).join("|"), "i"),
    // "utgår" strikes, but "utgår inte" and "utgår vite/ersättning" speak of a sum (not) payable;
    // a clause replaced ("Punkt 8.1 ersätts med följande") no longer binds in its old wording either.
    strike: new RegExp(
      `(?<![\\p{L}])(?:${[
        ...d.strikes.map((w) => `${escape(w)}${d.notStrikeAfter.length > 0 && !w.includes(" ") ? `(?!\\s+(?:${anyOf(d.notStrikeAfter)})(?![\\p{L}]))` : ""}`),
        ...d.replacedBy.map(escape),
      ].join("|")})(?![\\p{L}])`,
      "iu",
    ),
    payable: new RegExp(word(d.payable), "iu"),
    // "punkt 5.2", "punkterna 5.2 och 5.3", "Krav SK-10", "Punkt A.5 andra stycket", named before the strike.
    named: new RegExp(
      `(?<![\\p{L}])(${anyOf([...d.clauseNouns, ...d.documentNouns])})\\s+(${NAMED_CLAUSE}(?:(?:\\s*,\\s*|\\s+(?:${anyOf(pack.classes.coordinator)})\\s+)${NAMED_CLAUSE})*)(?!\\d|\\.\\d)(?:\\s+(${anyOf(d.ordinals)})\\s+(?:${anyOf(d.paragraphNoun)}))?`,
      "giu",
    ),
    replaces: new RegExp(word(d.replaces), "iu"),
    replacedAfter: new RegExp(`^\\s*(?:\\)\\s*)?,?\\s*(?:${anyOf(d.replacedAfter)})(?![\\p{L}])`, "iu"),
    oldWording: new RegExp(`(?<![\\p{L}])(?:${anyOf(pack.context.superseded.markers)})(?![\\p{L}])[^"]*$`, "iu"),
    ordinals: d.ordinals,
    documentNouns: d.documentNouns,
  };
}

/**
 * The clauses a sentence strikes out ("Punkt 5.2 i Allmänna avtalsvillkor utgår", "Krav SK-10
 * stryks", "Punkt A.5 andra stycket gäller inte"), keyed "5.2" or "A.5#2" for a paragraph of it.
 * The clause must be named, and named before the strike: in "Ersättning utgår inte för arbete
 * enligt punkt 6.2" or "Vite enligt punkt 6.2 utgår med 1 000 kr" nothing is struck.
 */
export function strikesIn(sentence: string, cues: StrikeCues): string[] {
  if (!cues.strikeHint.test(sentence)) return [];
  const strike = cues.strike.exec(sentence);
  if (strike === null || cues.payable.test(sentence.slice(0, strike.index))) return [];
  return [...sentence.matchAll(cues.named)].filter((m) => (m.index ?? 0) < strike.index).flatMap((m) => {
    // "Bilaga 7 utgår" strikes a document, which no numbered clause is part of.
    const document = cues.documentNouns.includes((m[1] ?? "").toLocaleLowerCase("sv")) ? `${(m[1] ?? "").toLocaleLowerCase("sv")} ` : "";
    const paragraph = m[3] === undefined ? "" : `#${cues.ordinals.indexOf(m[3].toLocaleLowerCase("sv")) + 1}`;
    return [...(m[2] ?? "").matchAll(CLAUSES)].map((ref) => `${document}${ref[0].toUpperCase()}${paragraph}`);
  });
}

/** Whether a unit is itself a strike that says what it strikes ("Punkt 8.3, som anger att …, gäller inte"). */
export const strikesWhatItNames = (unit: ClauseUnit, cues: StrikeCues): boolean => strikesIn(unit.quote, cues).length > 0 && !cues.replaces.test(unit.quote);

/** Where a block stands: the clause it belongs to and its paragraph (stycke) in it, 1 for the first. */
export interface ClausePlace {
  readonly clause?: string;
  readonly paragraph: number;
}

/**
 * The clause and paragraph of every unit. A clause opens with its number, on a paragraph
 * ("5.2 Leverantören ska …"), a table row ("| SK-10 | …") or a heading ("### A.5 Risk- och
 * sårbarhetsanalys"), and runs on over the paragraphs without a number after it; a list belongs
 * to the paragraph that leads into it.
 */
export function clausePlaces(units: readonly ClauseUnit[]): ClausePlace[] {
  const byBlock = new Map<ClauseUnit["block"], ClausePlace>();
  let section: string | undefined;
  let clause: string | undefined;
  let paragraph = 0;
  for (const unit of units) {
    if (unit.kind === "heading" || byBlock.has(unit.block)) continue;
    const trail = unit.block.trail.join("\u0001");
    if (trail !== section) {
      section = trail;
      clause = CLAUSE_AT_START.exec(unit.block.trail.at(-1) ?? "")?.[1]?.toUpperCase();
      paragraph = 0;
    }
    const own = CLAUSE_AT_BLOCK_START.exec(unit.block.text)?.[1]?.toUpperCase();
    if (own !== undefined) {
      clause = own;
      paragraph = 0;
    }
    if (unit.kind !== "list-item" || paragraph === 0) paragraph++;
    byBlock.set(unit.block, { ...(clause !== undefined ? { clause } : {}), paragraph });
  }
  return units.map((u) => byBlock.get(u.block) ?? { paragraph: 0 });
}

/** A strike read in one document, that may reach the numbered clauses of another. */
export interface Strike {
  /** "5.2", or "A.5#2" for a paragraph. */
  readonly clause: string;
  /** The sentence that strikes, as the reader sees it. */
  readonly by: string;
  /** The document it was read in. */
  readonly doc: string;
}

export function strikesOf(units: readonly ClauseUnit[], cues: StrikeCues): Strike[] {
  return units.flatMap((unit) => strikesIn(unit.quote, cues).map((clause) => ({ clause, by: unit.quote, doc: unit.doc.path })));
}

/**
 * The striking sentence, when a unit belongs to a clause (or a paragraph of one) that a strike of
 * the bundle reaches. A strike reaches its own document, and another document when the sentence
 * names it (a word of its file name: "i kontraktsvillkoren" for "03-kontraktsvillkor.pdf").
 */
export function struckBy(unit: ClauseUnit, place: ClausePlace, strikes: readonly Strike[]): string | undefined {
  if (strikes.length === 0 || place.clause === undefined) return undefined;
  // A struck clause takes its subclauses with it: "Punkt 11 gäller inte" strikes 11.1 and 11.2.
  const clause = place.clause;
  const paragraph = `${clause}#${place.paragraph}`;
  const covers = (s: Strike): boolean => s.clause === clause || s.clause === paragraph || (!s.clause.includes("#") && clause.startsWith(s.clause) && clause[s.clause.length] === ".");
  const hit = strikes.find((s) => covers(s) && reaches(s, unit.doc.path) && !unit.quote.includes(s.by.slice(0, 40)));
  return hit?.by;
}

function reaches(strike: Strike, path: string): boolean {
  if (strike.doc === path) return true;
  const name = (path.split(/[\\/]/u).at(-1) ?? path).replace(/\.[^.]+$/u, "").toLocaleLowerCase("sv");
  const words = name.split(/[^\p{L}]+/u).filter((w) => w.length >= 5);
  const said = strike.by.toLocaleLowerCase("sv");
  return words.some((w) => said.includes(w.slice(0, Math.max(5, w.length - 2))));
}

/**
 * The quoted wording an amendment replaces or strikes: in 'Texten "E ska upprätta en
 * kontinuitetsplan …" ersätts med "E bör …"', the first quote binds no one any longer.
 */
export function replacedQuotes(text: string, cues: StrikeCues): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let open = text.indexOf('"'); open >= 0; ) {
    const close = text.indexOf('"', open + 1);
    if (close < 0) break;
    // Replaced after it ('"…" ersätts med'), or old before it ('Stycket hade följande lydelse: "…"').
    if (cues.replacedAfter.test(text.slice(close + 1, close + 40)) || cues.oldWording.test(text.slice(0, open))) spans.push({ start: open, end: close });
    open = text.indexOf('"', close + 1);
  }
  return spans;
}
