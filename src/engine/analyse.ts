import type { SourceDoc } from "../model/document.js";
import type { ClauseUnit } from "../model/unit.js";
import type { ConceptHit } from "../match/concepts.js";
import type { DocAnalysis, HeadingHit, UnitSyntax } from "../judge/analysis.js";
import { sectionKey } from "../judge/analysis.js";
import { buyerOwned, headingListsTopics } from "../judge/judge.js";
import { readUnit } from "../judge/syntax.js";
import type { PartyNames } from "../judge/tag.js";
import { partyNames } from "../discourse/parties.js";
import type { Strike } from "../discourse/strikes.js";
import { replacedQuotes } from "../discourse/strikes.js";
import { linkUnits } from "../discourse/index.js";
import { normalise } from "../text/normalise.js";
import { tokenize } from "../text/tokens.js";
import type { LanguageRun } from "./prepare.js";

/** Hits inside wording an amendment replaces ('Texten "…" ersätts med …') no longer count. */
function withoutReplaced(unit: ClauseUnit, hits: ReadonlyMap<string, readonly ConceptHit[]>, run: LanguageRun): ReadonlyMap<string, readonly ConceptHit[]> {
  if (!unit.norm.text.includes('"')) return hits;
  const replaced = replacedQuotes(unit.norm.text, run.discourse.strikes);
  if (replaced.length === 0) return hits;
  const kept = new Map<string, readonly ConceptHit[]>();
  for (const [key, list] of hits) {
    const outside = list.filter((h) => !replaced.some((r) => h.start > r.start && h.end <= r.end));
    if (outside.length > 0) kept.set(key, outside);
  }
  return kept;
}

/**
 * A noun anaphor is a mention of what it refers to: "Analysen ska genomföras årligen" mentions the
 * risk- och sårbarhetsanalys of the passage before, so the unit gets that concept at "Analysen".
 */
function withAnaphora(u: number, units: readonly ClauseUnit[], hits: readonly ReadonlyMap<string, readonly ConceptHit[]>[], analysis: Pick<DocAnalysis, "links">): ReadonlyMap<string, readonly ConceptHit[]> {
  const own = hits[u] ?? new Map<string, readonly ConceptHit[]>();
  const anaphors = analysis.links.nounAnaphors[u] ?? [];
  const referents = analysis.links.referents[u] ?? [];
  const unit = units[u];
  if (anaphors.length === 0 || referents.length === 0 || unit === undefined) return own;
  const merged = new Map(own);
  for (const { index, heads } of anaphors) {
    const token = unit.tokens[index];
    if (token === undefined) continue;
    for (const r of referents) {
      const referent = units[r];
      if (referent === undefined) continue;
      for (const [key, list] of hits[r] ?? []) {
        // The nearest mention: the last in the unit referred to.
        const antecedent = list.findLast((h) => heads.some((head) => referent.norm.folded.slice(h.start, h.end).includes(head)));
        if (antecedent === undefined || merged.get(key)?.some((h) => h.first === index)) continue;
        const via = referent.norm.text.slice(antecedent.start, antecedent.end);
        const hit: ConceptHit = { first: index, last: index, start: token.start, end: token.end, concept: key, term: antecedent.term, via, from: antecedent.from ?? { unit: r, first: antecedent.first } };
        merged.set(key, [...(merged.get(key) ?? []), hit].sort((a, b) => a.start - b.start));
      }
    }
  }
  return merged;
}

/** Cuts a document into clause units and finds every concept in each, once, for every rule of the language to use. */
export function analyseDocument(doc: SourceDoc, units: readonly ClauseUnit[], run: LanguageRun, strikes: readonly Strike[]): DocAnalysis {
  const names: PartyNames = partyNames(doc.text, run.lexicon.pack, (w) => run.lexicon.partyNoun(w)?.side);
  const links = linkUnits(units, run.discourse, strikes);
  const own = units.map((unit) => withoutReplaced(unit, run.vocabulary.find(unit), run));
  // In document order, so that a unit pointing back sees what its referents point back to.
  const hits: ReadonlyMap<string, readonly ConceptHit[]>[] = [...own];
  for (let u = 0; u < units.length; u++) hits[u] = withAnaphora(u, units, hits, { links });

  // Headings and table headers are shared by many units: find their concepts once, each with its owner.
  const headings = new Map<string, ReadonlyMap<string, readonly HeadingHit[]>>();
  for (const unit of units) {
    for (const text of [unit.block.trail.at(-1), ...(unit.kind === "table-row" ? (unit.block.header ?? []) : [])]) {
      if (text === undefined || headings.has(text)) continue;
      const norm = normalise(text);
      const heading: ClauseUnit = { ...unit, kind: "heading", quote: text, norm, tokens: tokenize(norm) };
      const found = run.vocabulary.find(heading);
      const syntax: UnitSyntax | undefined = found.size === 0 ? undefined : readUnit(heading, run.lexicon, names, run.evaluation);
      const byConcept = new Map<string, readonly HeadingHit[]>();
      // A heading that is a sentence ("Hur vi säkerställer kvalitet") names no topic to lend.
      if (syntax?.parse.clauses.some((c) => c.finite !== undefined)) {
        headings.set(text, byConcept);
        continue;
      }
      for (const [key, list] of found) {
        byConcept.set(key, list.map((hit) => {
          const owner = syntax === undefined ? undefined : buyerOwned(syntax, hit);
          return { hit, text: norm.text.slice(hit.start, hit.end), ...(owner !== undefined ? { owner } : {}) };
        }));
      }
      headings.set(text, byConcept);
    }
  }
  const sections = new Map<string, number[]>();
  const index = new Map<string, number[]>();
  units.forEach((unit, u) => {
    const key = sectionKey(unit);
    const list = sections.get(key);
    if (list === undefined) sections.set(key, [u]);
    else list.push(u);
    for (const concept of hits[u]?.keys() ?? []) {
      const at = index.get(concept);
      if (at === undefined) index.set(concept, [u]);
      else at.push(u);
    }
  });
  const listHeadings = new Set([...new Set(units.map((u) => u.block.trail.at(-1)))].filter((h): h is string => h !== undefined && headingListsTopics(h, run.lexicon)));
  const answering = links.answers.flatMap((q, u) => (q >= 0 ? [u] : []));
  const striking = links.striking.flatMap((s, u) => (s ? [u] : []));
  return { doc, units, links, names, hits, headings, listHeadings, answering, striking, sections, index };
}
