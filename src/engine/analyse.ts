import type { SourceDoc } from "../model/document.js";
import type { ConceptHit } from "../match/concepts.js";
import type { Context } from "../judge/context.js";
import { unitContext } from "../judge/context.js";
import type { Frame } from "../judge/frames.js";
import { dutyFrames } from "../judge/frames.js";
import { withRowClass } from "../judge/columns.js";
import { withEvaluation } from "../judge/evaluation.js";
import type { ContextHit, UnitAnalysis } from "../judge/judge.js";
import { buyerOwned } from "../judge/judge.js";
import type { Token } from "../model/unit.js";
import { partyAliases, usesAmaLetters, wordMemo } from "../judge/party.js";
import { normalise } from "../text/normalise.js";
import { ANSWER_LABEL } from "../text/signals.js";
import { tokenize } from "../text/tokens.js";
import { clauseUnits } from "../text/units.js";
import type { ClauseUnit } from "../model/unit.js";
import type { PreparedRules } from "./prepare.js";

/** Cuts a document into clause units and reads each unit's duties once, for every rule to use. */
export function analyseDocument(doc: SourceDoc, prepared: PreparedRules): UnitAnalysis[] {
  const parties = { amaLetters: usesAmaLetters(doc.text), memo: wordMemo(), aliases: partyAliases(doc.text) };
  // Headings (and table headers) are shared by many units: find their concepts once.
  type Owned = { readonly hit: ConceptHit; readonly owner?: string };
  const headingHits = new Map<string, { hits: ReadonlyMap<string, readonly ConceptHit[]>; tokens: readonly Token[]; owned: Map<string, readonly Owned[]> }>();
  /** A heading's hits of a concept, each with the buyer that owns it there ("Beställarens riskbedömning"). */
  const conceptHitsInHeading = (heading: string, key: string): readonly Owned[] => {
    let found = headingHits.get(heading);
    if (found === undefined) {
      const norm = normalise(heading);
      const tokens = tokenize(norm);
      found = { hits: prepared.vocabulary.find({ norm, tokens }), tokens, owned: new Map() };
      headingHits.set(heading, found);
    }
    let owned = found.owned.get(key);
    if (owned === undefined) {
      const { tokens } = found;
      owned = (found.hits.get(key) ?? []).map((hit) => {
        const owner = buyerOwned(tokens, hit, parties);
        return owner === undefined ? { hit } : { hit, owner };
      });
      found.owned.set(key, owned);
    }
    return owned;
  };

  const units = clauseUnits(doc);
  const strikes = struckClauses(units);
  const places = clausePlaces(units);
  const analyses: UnitAnalysis[] = [];
  // Units by section (their heading trail), for rules whose concepts may meet anywhere in a section.
  const sections = new Map<string, UnitAnalysis[]>();
  const sectionOf = (unit: ClauseUnit): string => unit.block.trail.join("\u0001");
  let previous: UnitAnalysis | undefined;
  let question: UnitAnalysis | undefined;
  let answering: string | undefined; // the section whose answer is being read
  const chains = new Map<ClauseUnit, readonly UnitAnalysis[]>();
  const hitMaps = new Map<UnitAnalysis, () => ReadonlyMap<string, readonly ConceptHit[]>>();
  for (const unit of units) {
    // The sentence before, when this one refers back to it; in a Q&A, the question an answer answers.
    const answerBlock = ANSWER_LABEL.test(unit.block.text);
    const answer = question !== undefined && answerBlock && sameStretch(question.unit, unit) ? question : undefined;
    // An answer goes on after its "Svar:" paragraph until the next question ("### Fråga 6").
    if (answerBlock) answering = sectionOf(unit);
    else if (answering !== sectionOf(unit) || unit.kind === "heading" || /^(?:fråga|question)\s*\d*\s*[:.]/iu.test(unit.block.text)) answering = undefined;
    // An anaphor may point past a sentence or two ("3.1 … en RSA … Analysen ska omfatta … / 3.2 … överlämna analysen").
    const pointed = referentsOf(unit, analyses, chains);
    // The question lends its topic to the answer's opening ("Svar: Ja, senast den 31 mars."), not
    // to every sentence after it, which says what it says ("Leverantören ska dock genomföra en …").
    const opensAnswer = answer !== undefined && ANSWER_LABEL.test(unit.quote);
    const asked = (opensAnswer ? answer : undefined) ?? (previous?.context === "question" && sameStretch(previous.unit, unit) ? previous : undefined);
    const referents = [...(pointed ?? []), ...(asked !== undefined && !pointed?.includes(asked) ? [asked] : [])];
    chains.set(unit, referents);
    const striking = strikesWhatItNames(unit);
    const struck = striking ? unit.quote : struckBy(unit, strikes, places.get(unit.block));
    const inAnswer = answering !== undefined;
    const pointsByNoun = nounAnaphors(unit).length > 0;
    let hits: ReadonlyMap<string, readonly ConceptHit[]> | undefined;
    const allHits = (): ReadonlyMap<string, readonly ConceptHit[]> => {
      hits ??= withAnaphora(unit, withoutReplaced(unit, prepared.vocabulary.find(unit)), referents, hitMaps);
      return hits;
    };
    let context: Context | undefined;
    let frames: readonly Frame[] | undefined;
    const analysis: UnitAnalysis = {
      unit,
      ...(struck !== undefined ? { struck } : {}),
      striking,
      ...(answer !== undefined ? { answers: answer } : {}),
      get context() {
        context ??= unitContext(unit, inAnswer);
        return context;
      },
      get frames() {
        frames ??= withEvaluation(unit, withRowClass(unit, dutyFrames(unit.tokens, parties)));
        return frames;
      },
      parties,
      hits(key) {
        return allHits().get(key) ?? [];
      },
      sectionHits(key) {
        return (sections.get(sectionOf(unit)) ?? []).flatMap((other) => other.hits(key));
      },
      contextHits(key) {
        // Only the nearest heading: a document's title or a chapter far above says little about one clause.
        const found: ContextHit[] = [];
        // A heading lends its topic only when it has one: "7 Informationssäkerhet", not
        // "4 Arbetsmiljö, tillbud och riskanalys" ("risk- och sårbarhetsanalys" is one topic).
        const heading = unit.block.trail.at(-1);
        if (heading !== undefined && !/,|(?<!-)\s(?:och|samt|eller)\s/u.test(heading)) {
          for (const h of conceptHitsInHeading(heading, key)) found.push({ ...h, from: `the heading "${heading}"` });
        }
        if (unit.kind === "table-row") {
          for (const header of unit.block.header ?? []) for (const h of conceptHitsInHeading(header, key)) found.push({ ...h, from: `the column "${header}"` });
        }
        // A pronoun ("dessa", "sådan") or an answer points at what came before as a whole.
        if (!pointsByNoun) {
          for (const referent of referents) {
            const from = referent.context === "question" ? "the question answered" : "the passage before";
            for (const hit of referent.hits(key)) found.push({ hit, from, text: referent.unit.norm.text.slice(hit.start, hit.end) });
          }
        }
        return found;
      },
    };
    analyses.push(analysis);
    hitMaps.set(analysis, allHits);
    const section = sections.get(sectionOf(unit)) ?? [];
    section.push(analysis);
    sections.set(sectionOf(unit), section);
    previous = analysis;
    if (analysis.context === "question") question = analysis;
  }
  return analyses;
}

/**
 * Words that point back to something named before, with the words that thing may have been named
 * by ("analysen" → a risk*analys*; "resultatet" → the result of an *analys*), or none for a
 * pronoun that points at the passage just before as a whole ("dessa", "sådan").
 */
const ANAPHORS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...["denna", "detta", "dessa", "sådan", "sådant", "sådana", "densamma"].map((w): [string, readonly string[]] => [w, []]),
  ["resultatet", ["resultat", "analys", "bedömning"]], ["resultaten", ["resultat", "analys", "bedömning"]],
  ["analysen", ["analys", "bedömning"]], ["analyserna", ["analys", "bedömning"]],
  ["planen", ["plan"]], ["planerna", ["plan"]], ["arbetet", ["arbete"]],
  ["rapporten", ["rapport", "analys"]], ["rapporterna", ["rapport", "analys"]],
  ["dokumentationen", ["dokumentation"]], ["underlaget", ["underlag", "analys"]],
]);

const anaphorAt = (token: string): readonly string[] | undefined => ANAPHORS.get(token) ?? (token.endsWith("s") ? ANAPHORS.get(token.slice(0, -1)) : undefined); // "analysens"

/** The noun anaphors in a unit: token index and the words their antecedent may have been named by. */
function nounAnaphors(unit: ClauseUnit): { index: number; heads: readonly string[] }[] {
  return unit.tokens.flatMap((t, index) => {
    const heads = anaphorAt(t.text);
    return heads !== undefined && heads.length > 0 ? [{ index, heads }] : [];
  });
}

/** The words an anaphor in the unit may point at ([] for a bare pronoun), or undefined when it has none. */
function anaphor(unit: ClauseUnit): readonly string[] | undefined {
  let found: readonly string[] | undefined;
  for (const t of unit.tokens) {
    const heads = anaphorAt(t.text);
    if (heads !== undefined) found = [...(found ?? []), ...heads];
  }
  return found;
}

/**
 * A noun anaphor is a mention of what it refers to: "Analysen ska genomföras årligen" mentions the
 * risk- och sårbarhetsanalys of the passage before, so the unit gets that concept at "Analysen".
 */
function withAnaphora(
  unit: ClauseUnit,
  own: ReadonlyMap<string, readonly ConceptHit[]>,
  referents: readonly UnitAnalysis[],
  hitMaps: ReadonlyMap<UnitAnalysis, () => ReadonlyMap<string, readonly ConceptHit[]>>,
): ReadonlyMap<string, readonly ConceptHit[]> {
  const anaphors = nounAnaphors(unit);
  if (anaphors.length === 0 || referents.length === 0) return own;
  const merged = new Map(own);
  for (const { index, heads } of anaphors) {
    const token = unit.tokens[index];
    if (token === undefined) continue;
    for (const referent of referents) {
      for (const [key, list] of hitMaps.get(referent)?.() ?? []) {
        const antecedent = list.find((h) => heads.some((head) => referent.unit.norm.folded.slice(h.start, h.end).includes(head)));
        if (antecedent === undefined || merged.get(key)?.some((h) => h.first === index)) continue;
        const via = `the "${referent.unit.norm.text.slice(antecedent.start, antecedent.end)}" before`;
        merged.set(key, [...(merged.get(key) ?? []), { first: index, last: index, start: token.start, end: token.end, concept: key, term: antecedent.term, via }].sort((a, b) => a.start - b.start));
      }
    }
  }
  return merged;
}

/**
 * What a unit refers back to: the nearest earlier unit of its stretch that names the anaphor's
 * noun ("Planen" → the sentence with "kontinuitetsplan", not an RSA two sentences up), and what
 * that unit refers back to in turn ("3.1 … en RSA. Analysen ska omfatta … / 3.2 … överlämna analysen").
 */
function referentsOf(unit: ClauseUnit, analyses: readonly UnitAnalysis[], chains: ReadonlyMap<ClauseUnit, readonly UnitAnalysis[]>): UnitAnalysis[] | undefined {
  const heads = anaphor(unit);
  if (heads === undefined) return undefined;
  // A document's own noun ("analysen", "planen") may also point into the subsection just before:
  // "3.1 … en RSA" / "3.2 … redovisa analysen"; "under arbetet" in the next subsection is any work.
  const reachesBack = heads.some((h) => h === "analys" || h === "plan");
  const earlier = analyses.slice(-4).reverse().filter((a) => sameStretch(a.unit, unit) || (reachesBack && siblingSections(a.unit, unit)));
  const found = heads.length === 0 ? earlier[0] : earlier.find((a) => heads.some((h) => a.unit.norm.folded.includes(h)));
  return found ? [found, ...(chains.get(found.unit) ?? [])].slice(0, 3) : [];
}

/**
 * Two units that read as one stretch of text: sentences of one paragraph, items of one list, or
 * consecutive paragraphs under the same heading (numbered clauses "7.1 …", "7.2 Analysen enligt 7.1 …").
 */
const sameStretch = (a: ClauseUnit, b: ClauseUnit): boolean =>
  a.block === b.block || (a.kind === "list-item" && b.kind === "list-item") || (a.kind !== "heading" && a.block.trail.join("\u0001") === b.block.trail.join("\u0001"));

/** Units in two subsections of one chapter: "3.1 Risk- och sårbarhetsanalys" and "3.2 Redovisning". */
function siblingSections(a: ClauseUnit, b: ClauseUnit): boolean {
  const [x, y] = [a.block.trail, b.block.trail];
  return a.kind !== "heading" && x.length >= 2 && x.length === y.length && x.slice(0, -1).every((h, i) => h === y[i]);
}

/**
 * The quoted wording an amendment replaces or strikes: in 'Texten "E ska upprätta en
 * kontinuitetsplan …" ersätts med "E bör …"', the first quote binds no one any longer.
 */
function replacedQuotes(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let open = text.indexOf('"'); open >= 0; ) {
    const close = text.indexOf('"', open + 1);
    if (close < 0) break;
    if (/^\s*(?:\)\s*)?,?\s*(?:ersätts|utgår|stryks|byts ut|ändras|upphävs|gäller inte)(?![\p{L}])/iu.test(text.slice(close + 1, close + 40))) spans.push({ start: open, end: close });
    open = text.indexOf('"', close + 1);
  }
  return spans;
}

function withoutReplaced(unit: ClauseUnit, hits: ReadonlyMap<string, readonly ConceptHit[]>): ReadonlyMap<string, readonly ConceptHit[]> {
  if (!unit.norm.text.includes('"')) return hits;
  const replaced = replacedQuotes(unit.norm.text);
  if (replaced.length === 0) return hits;
  const kept = new Map<string, readonly ConceptHit[]>();
  for (const [key, list] of hits) {
    const outside = list.filter((h) => !replaced.some((r) => h.start > r.start && h.end <= r.end));
    if (outside.length > 0) kept.set(key, outside);
  }
  return kept;
}

/** A clause number: "5.2", "12.3.1", or with letters "A.8", "AFC.55", "SK-10". */
const CLAUSE = String.raw`(?:[A-ZÅÄÖ]{1,4}[.-]\d{1,3}(?:\.\d{1,3})*|\d{1,2}(?:\.\d{1,3})+)`;
const CLAUSES = new RegExp(CLAUSE, "giu");
const CLAUSE_AT_START = new RegExp(String.raw`^(${CLAUSE})(?=\s|$)`, "iu");
const ORDINALS = ["första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde"];
// "utgår" strikes, but "utgår inte" and "utgår vite/ersättning" speak of a sum (not) payable.
const STRIKE = /(?<![\p{L}])(?:utgår(?!\s+(?:inte|ej|vite|ersättning|ränta|avdrag|arvode|betalning|ett|en|kr|med))|stryks|gäller inte|ska inte tillämpas|tillämpas inte)(?![\p{L}])/iu;
const PAYABLE = /(?<![\p{L}])(?:vite|viten|vitet|ersättning|ersättningen|avdrag|arvode|arvodet|ränta|betalning)(?![\p{L}])/iu;
// "punkt 5.2", "punkterna 5.2 och 5.3", "Krav SK-10", "Punkt A.5 andra stycket", named before the strike.
const NAMED = new RegExp(String.raw`(?<![\p{L}])(?:punkt|punkterna|avsnitt|avsnitten|klausul|klausulerna|villkor|krav|kravet|§)\s+(${CLAUSE}(?:(?:\s*,\s*|\s+och\s+)${CLAUSE})*)(?:\s+(${ORDINALS.join("|")})\s+stycket)?`, "giu");
/** An amendment that strikes and puts new wording in the same sentence. */
const REPLACES = /(?<![\p{L}])(?:ersätts|följande lydelse|ska lyda|lyder)(?![\p{L}])/iu;

/**
 * The clauses a sentence strikes out ("Punkt 5.2 i Allmänna avtalsvillkor utgår", "Krav SK-10
 * stryks", "Punkt A.5 andra stycket gäller inte"), keyed "5.2" or "A.5#2" for a paragraph of it.
 * The clause must be named, and named before the strike: in "Ersättning utgår inte för arbete
 * enligt punkt 6.2" or "Vite enligt punkt 6.2 utgår med 1 000 kr" nothing is struck.
 */
function strikesIn(sentence: string): string[] {
  const strike = STRIKE.exec(sentence);
  if (strike === null || PAYABLE.test(sentence.slice(0, strike.index))) return [];
  return [...sentence.matchAll(NAMED)].filter((m) => (m.index ?? 0) < strike.index).flatMap((m) => {
    const paragraph = m[2] === undefined ? "" : `#${ORDINALS.indexOf(m[2].toLocaleLowerCase("sv")) + 1}`;
    return [...(m[1] ?? "").matchAll(CLAUSES)].map((ref) => `${ref[0].toUpperCase()}${paragraph}`);
  });
}

function struckClauses(units: readonly ClauseUnit[]): Map<string, string> {
  const struck = new Map<string, string>();
  for (const unit of units) for (const clause of strikesIn(unit.quote)) struck.set(clause, unit.quote);
  return struck;
}

/** Whether a unit is itself a strike that says what it strikes ("Punkt 8.3, som anger att …, gäller inte"). */
const strikesWhatItNames = (unit: ClauseUnit): boolean => !REPLACES.test(unit.quote) && strikesIn(unit.quote).length > 0;

/** Where a block stands: the clause it belongs to and its paragraph (stycke) in it, 1 for the first. */
interface ClausePlace {
  readonly clause?: string;
  readonly paragraph: number;
}

/** The striking sentence, when a unit belongs to a clause (or a paragraph of one) the document strikes out. */
function struckBy(unit: ClauseUnit, struck: ReadonlyMap<string, string>, place: ClausePlace | undefined): string | undefined {
  if (struck.size === 0 || place?.clause === undefined) return undefined;
  const by = struck.get(place.clause) ?? struck.get(`${place.clause}#${place.paragraph}`);
  return by !== undefined && !unit.quote.includes(by.slice(0, 40)) ? by : undefined;
}

/**
 * The clause and paragraph of every block. A clause opens with its number, on a paragraph
 * ("5.2 Leverantören ska …"), a table row ("| SK-10 | …") or a heading ("### A.5 Risk- och
 * sårbarhetsanalys"), and runs on over the paragraphs without a number after it; a list belongs
 * to the paragraph that leads into it.
 */
function clausePlaces(units: readonly ClauseUnit[]): Map<ClauseUnit["block"], ClausePlace> {
  const places = new Map<ClauseUnit["block"], ClausePlace>();
  let section: string | undefined;
  let clause: string | undefined;
  let paragraph = 0;
  for (const unit of units) {
    if (unit.kind === "heading" || places.has(unit.block)) continue;
    const trail = unit.block.trail.join("\u0001");
    if (trail !== section) {
      section = trail;
      clause = CLAUSE_AT_START.exec(unit.block.trail.at(-1) ?? "")?.[1]?.toUpperCase();
      paragraph = 0;
    }
    const own = CLAUSE_AT_START.exec(unit.block.text.replace(/^[|\s]+/u, ""))?.[1]?.toUpperCase();
    if (own !== undefined) {
      clause = own;
      paragraph = 0;
    }
    if (unit.kind !== "list-item" || paragraph === 0) paragraph++;
    places.set(unit.block, { ...(clause !== undefined ? { clause } : {}), paragraph });
  }
  return places;
}
