import type { Context } from "../discourse/context.js";
import type { ConceptHit } from "../match/concepts.js";
import type { ConceptGroup, RuleSpec } from "../model/rule.js";
import type { ClauseUnit } from "../model/unit.js";
import type { Message } from "../messages/catalogue.js";
import { joined, message, quoted } from "../messages/catalogue.js";
import type { DocAnalysis, HeadingHit, UnitSyntax } from "./analysis.js";
import { sectionKey } from "./analysis.js";
import type { Frame, NoDuty } from "./cues.js";
import type { Lexicon } from "./lexicon.js";
import type { Facts, FindingStatus } from "./verdict.js";
import { FINDING_RANK, verdictOf } from "./verdict.js";
import { hasClass } from "./tag.js";
import { aboutElse } from "./about.js";

/** One clause unit judged against one rule. Plain data. */
export interface Finding {
  readonly unit: ClauseUnit;
  readonly status: FindingStatus;
  readonly hits: readonly ConceptHit[];
  readonly frame?: Frame;
  /** Why: which terms, which party, which modal verb, which negation, or what was lacking. */
  readonly reasons: readonly Message[];
  /** For ranking candidates: how close the unit came to satisfying the rule. */
  readonly score: number;
}

/** What judging a unit needs besides the rule: the document's analysis, the units' syntax, the language. */
export interface JudgeContext {
  readonly analysis: DocAnalysis;
  readonly syntax: ReadonlyMap<number, UnitSyntax>;
  readonly lexicon: Lexicon;
  /** Concepts are named per rulebook; this gives a concept's run-wide key. */
  readonly key: (concept: string) => string;
}

/** A concept found around a unit rather than in it, and where. */
interface ContextHit {
  readonly hit: ConceptHit;
  readonly from: Message;
  /** The words as written there. */
  readonly text: string;
  /** The buyer whose it is there ("Beställarens riskbedömning"), if the buyer's. */
  readonly owner?: string;
}

const groupConcepts = (group: ConceptGroup): readonly string[] => (typeof group === "string" ? [group] : group);

const hitText = (unit: ClauseUnit, h: ConceptHit): string => unit.norm.text.slice(h.start, h.end);

/** Hits of a concept in the unit's context: its nearest heading, a table row's column headers, and what it refers back to. */
export function contextHits(analysis: DocAnalysis, u: number, key: string): ContextHit[] {
  const unit = analysis.units[u];
  if (unit === undefined) return [];
  const found: ContextHit[] = [];
  const lend = (text: string, from: Message): void => {
    for (const h of analysis.headings.get(text)?.get(key) ?? []) found.push({ hit: h.hit, from, text: h.text, ...(h.owner !== undefined ? { owner: h.owner } : {}) });
  };
  // Only the nearest heading, and only one with a single topic: "7 Informationssäkerhet", not
  // "4 Arbetsmiljö, tillbud och riskanalys".
  const heading = unit.block.trail.at(-1);
  if (heading !== undefined && !analysis.listHeadings.has(heading)) lend(heading, message("from-heading", { heading: quoted(heading) }));
  if (unit.kind === "table-row") for (const header of unit.block.header ?? []) lend(header, message("from-column", { column: quoted(header) }));
  // A pronoun ("dessa", "sådan") or an answer points at what came before as a whole.
  if (!analysis.links.pointsByNoun[u]) {
    for (const r of analysis.links.referents[u] ?? []) {
      const other = analysis.units[r];
      if (other === undefined) continue;
      const from = message(analysis.links.context[r] === "question" ? "from-question" : "from-before");
      for (const hit of analysis.hits[r]?.get(key) ?? []) found.push({ hit, from, text: hitText(other, hit) });
    }
  }
  return found;
}

/** A heading that lists several topics ("Arbetsmiljö, tillbud och riskanalys") lends none of them. */
export function headingListsTopics(heading: string, lexicon: Lexicon): boolean {
  if (heading.includes(",")) return true;
  const words = heading.toLocaleLowerCase(lexicon.pack.locale).split(/\s+/u);
  return words.some((w, i) => i > 0 && lexicon.classesOf(w).includes("coordinator") && !(words[i - 1] ?? "").endsWith("-"));
}

/** A concept hit is the buyer's when a buyer genitive stands just before it: "stadens årliga RSA". */
export function buyerOwned(syntax: UnitSyntax, hit: ConceptHit, siblings: readonly ConceptHit[] = []): string | undefined {
  const t = syntax.tagged.tokens;
  // "regionens riskanalys och sårbarhetsanalys": the genitive owns every part of the joined words.
  const joined = siblings.find((h) => h.last === hit.first - 2 && hasClass(t[hit.first - 1], "coordinator"));
  if (joined !== undefined) return buyerOwned(syntax, joined, siblings);
  for (let j = hit.first - 1; j >= Math.max(0, hit.first - 3); j--) {
    if (hasClass(t[j], "own-marker")) return undefined;
    const party = t[j]?.party;
    if (party?.genitive) return party.side === "buyer" ? party.word : undefined;
    if (party) return undefined;
  }
  return undefined;
}

/** For a word that refers back ("Resultatet"), the buyer whose duty the thing it refers to was: "B har låtit genomföra en riskbedömning". */
function referredBuyer(ctx: JudgeContext, hit: ConceptHit): string | undefined {
  const from = hit.from;
  const syntax = from === undefined ? undefined : ctx.syntax.get(from.unit);
  if (from === undefined || syntax === undefined) return undefined;
  const owner = buyerOwned(syntax, { ...hit, first: from.first, last: from.first });
  if (owner !== undefined) return owner;
  const frame = governing(syntax, from.first, new Set([from.first]), () => true).frame;
  if (frame !== undefined) return frame.bearer.side === "buyer" ? (frame.bearer.word ?? "") : undefined;
  // No duty there ("B har låtit genomföra en riskbedömning"): whose it is, is its clause's subject's.
  for (let c: number | undefined = syntax.parse.clauseOf[from.first]; c !== undefined; c = syntax.parse.clauses[c]?.parent) {
    const party = syntax.tagged.tokens[syntax.parse.clauses[c]?.subject ?? -1]?.party;
    if (party !== undefined) return party.side === "buyer" ? party.word : undefined;
  }
  return undefined;
}

/**
 * The frame that governs token `i`: its clause's, else the clause it depends on. A word in a
 * condition ("om en incident inträffar") is governed by the clause it conditions only when that
 * clause holds the rule's words too; alone it requires nothing. A word in no clause with a duty
 * (a label before a colon, a table cell) takes the unit's frame: a table row's class, or its
 * first main duty.
 */
function governing(syntax: UnitSyntax, i: number, ruleTokens: ReadonlySet<number>, usable: (f: Frame) => boolean): { frame?: Frame; condition?: string; chained?: boolean } {
  const { parse, reading } = syntax;
  let c: number | undefined = parse.clauseOf[i];
  const within = (token: number, clause: number): boolean => {
    for (let k: number | undefined = parse.clauseOf[token]; k !== undefined; k = parse.clauses[k]?.parent) if (k === clause) return true;
    return false;
  };
  while (c !== undefined) {
    const frame = reading.frames[reading.frameOf[c] ?? -1];
    if (frame !== undefined && usable(frame)) return { frame, chained: true };
    const clause = parse.clauses[c];
    if (clause === undefined) break;
    if (clause.kind === "conditional") {
      const from = c;
      const outside = [...ruleTokens].some((k) => !within(k, from));
      // "Det är meriterande om anbudsgivaren …": what a tag or class rewards is its condition.
      const parentFrame = reading.frames[reading.frameOf[clause.parent ?? -1] ?? -1];
      if (!outside && parentFrame?.slot !== "none") return { condition: syntax.tagged.tokens[clause.opener ?? -1]?.raw ?? "" };
    }
    c = clause.parent;
  }
  // "… en händelserapport som Leverantören registrerar …": a relative clause's duty is its antecedent's.
  const relative = parse.clauses.find((r) => r.parent === parse.clauseOf[i] && r.kind === "relative" && r.opener !== undefined && r.opener > i && r.opener <= i + 2);
  const relFrame = relative === undefined ? undefined : reading.frames[reading.frameOf[relative.id] ?? -1];
  if (relFrame !== undefined && usable(relFrame) && relFrame.negation === undefined) return { frame: relFrame, chained: true };
  if (reading.unitFrame !== undefined) return { frame: reading.unitFrame };
  // A word in a clause with a verb of its own and no duty has none; only a fragment takes the unit's.
  if (parse.clauses[parse.clauseOf[i] ?? -1]?.finite !== undefined) return {};
  const mains = reading.frames.filter((f) => usable(f) && parse.clauses[f.clause]?.kind !== "relative" && parse.clauses[f.clause]?.kind !== "conditional");
  const first = mains.find((f) => f.strength !== "statement") ?? mains[0];
  return first === undefined ? {} : { frame: first };
}

/** A sentence whose main verb strikes out what it names ("… utgår", "… stryks"), with no denial of the strike. */
function strikesItself(syntax: UnitSyntax, lexicon: Lexicon): boolean {
  const d = lexicon.pack.discourse;
  const single = d.strikes.filter((w) => !w.includes(" "));
  return syntax.parse.clauses.some((c) => {
    const finite = c.finite === undefined ? undefined : syntax.tagged.tokens[c.finite];
    const next = c.finite === undefined ? undefined : syntax.tagged.tokens[c.finite + 1];
    return c.kind === "main" && finite !== undefined && single.includes(finite.text) && c.negations.length === 0 && !d.notStrikeAfter.includes(next?.text ?? "");
  });
}

/** The no-duty reading of the clause of token `i`, if the clause says what someone has described, usually does or lacks. */
function noDutyAt(syntax: UnitSyntax, i: number): NoDuty | undefined {
  let c: number | undefined = syntax.parse.clauseOf[i];
  while (c !== undefined) {
    const found = syntax.reading.noDuty.find((n) => n.clause === c);
    if (found !== undefined) return found;
    c = syntax.parse.clauses[c]?.parent;
  }
  return undefined;
}

/**
 * The qualification a hit stands in, if it is what someone must know or have done: "erfarenhet av
 * informationssäkerhet", "erfarenhet av att genomföra riskanalyser". The qualification stands
 * before the hit, in its clause or a clause it depends on.
 */
function qualificationOf(syntax: UnitSyntax, lexicon: Lexicon, hit: ConceptHit): { readonly words: string; readonly why: "qualification" | "description" } | undefined {
  const t = syntax.tagged.tokens;
  const { parse } = syntax;
  const governs = (c: number | undefined): boolean => {
    for (let k: number | undefined = parse.clauseOf[hit.first]; k !== undefined; k = parse.clauses[k]?.parent) if (k === c) return true;
    return false;
  };
  const standsAt = (at: number, words: readonly string[]): boolean => {
    for (let k = 0; k < words.length; k++) if (!lexicon.isFormOf(t[at + k]?.text ?? "", words[k] as string, true)) return false;
    return true;
  };
  for (const why of ["qualification", "description"] as const) {
    for (const words of lexicon.pack.context[why]) {
      for (let at = 0; at < hit.first; at++) {
        if (standsAt(at, words) && governs(parse.clauseOf[at])) return { words: t.slice(at, at + words.length).map((x) => x.raw).join(" "), why };
      }
    }
  }
  return undefined;
}

/**
 * The design word that makes a passage a description of the works (a construction contract's
 * building), if any: a design verb as the frame's passive main verb, or a design noun in the
 * frame's clause or a clause under it ("…, vilket ska beaktas vid projekteringen").
 */
function designedThing(syntax: UnitSyntax, lexicon: Lexicon, frame: Frame): string | undefined {
  const t = syntax.tagged.tokens;
  const design = lexicon.pack.context.design;
  const { parse } = syntax;
  const clause = parse.clauses[frame.clause];
  if (frame.passive && clause?.main !== undefined && design.verbs.includes(t[clause.main]?.text ?? "")) return t[clause.main]?.raw;
  if (clause === undefined) return undefined;
  const under = (c: number | undefined): boolean => {
    for (let k = c; k !== undefined; k = parse.clauses[k]?.parent) if (k === clause.id) return true;
    return false;
  };
  return t.find((tok) => design.nouns.includes(tok.text) && under(parse.clauseOf[tok.index]))?.raw;
}

/** What a unit holds of a rule's concepts: its own hits, the one concept its context may lend, and what it lacks. */
export interface Held {
  readonly conceptIds: readonly string[];
  readonly own: (c: string) => readonly ConceptHit[];
  readonly unitHits: readonly ConceptHit[];
  readonly borrowed: ContextHit | undefined;
  readonly missingAll: readonly string[];
  readonly anyOk: boolean;
  /** With within: section, whether the unit's section holds the concept. */
  readonly inSection: (c: string) => boolean;
}

export function conceptsHeld(rule: RuleSpec, ctx: Omit<JudgeContext, "syntax">, u: number, unit: ClauseUnit): Held {
  const { analysis, key } = ctx;
  const { match } = rule;
  const conceptIds = [...match.all, ...match.any.flatMap(groupConcepts)];
  const own = (c: string): readonly ConceptHit[] => analysis.hits[u]?.get(key(c)) ?? [];
  // The context may supply one concept (the heading's topic, the sentence referred back to);
  // the clause itself must carry the rest.
  let borrowed: ContextHit | undefined;
  const section = match.within === "section" ? (analysis.sections.get(sectionKey(unit)) ?? []) : [];
  const inSection = (c: string): boolean => section.length > 0 && section.some((k) => (analysis.hits[k]?.get(key(c))?.length ?? 0) > 0);
  const found = (c: string): boolean => {
    if (own(c).length > 0) return true;
    if (inSection(c)) return true;
    const around = contextHits(analysis, u, key(c))[0];
    if (borrowed !== undefined || around === undefined) return false;
    borrowed = around;
    return true;
  };
  const missingAll = match.all.filter((c) => !found(c));
  const anyOk = match.any.length === 0 || match.any.some((g) => groupConcepts(g).every((c) => own(c).length > 0)) || match.any.some((g) => groupConcepts(g).every(found));
  return { conceptIds, own, unitHits: conceptIds.flatMap(own), borrowed, missingAll, anyOk, inSection };
}

/** Contexts whose units are judged from their place alone. (Old wording and history may still strike what they name.) */
const UNREAD_CONTEXTS: ReadonlySet<Context> = new Set<Context>(["heading", "toc", "definitions", "background", "question"]);

/**
 * Whether judging a unit for a rule needs the unit read as sentences: it holds, or its context
 * lends, every concept the rule needs, or it answers a question. A unit that lacks a concept is
 * judged from its hits alone, as a near miss.
 */
export function needsReading(rule: RuleSpec, ctx: Omit<JudgeContext, "syntax">, u: number, known?: Held): boolean {
  const unit = ctx.analysis.units[u];
  if (unit === undefined) return false;
  // A heading, a table of contents, definitions, background or a question binds no one, whatever its sentences say.
  if (UNREAD_CONTEXTS.has(ctx.analysis.links.context[u] ?? "body")) return false;
  const held = known ?? conceptsHeld(rule, ctx, u, unit);
  if (!held.conceptIds.some((c) => held.own(c).length > 0)) return (ctx.analysis.links.answers[u] ?? -1) >= 0;
  return held.missingAll.length === 0 && held.anyOk;
}

/** Judges one clause unit against one rule; undefined when none of the rule's concepts is in the unit. */
/** `known`: what the unit holds of the rule's concepts, when the caller has worked it out already. */
export function judgeUnit(rule: RuleSpec, ctx: JudgeContext, u: number, known?: Held): Finding | undefined {
  const { analysis, key, lexicon } = ctx;
  const unit = analysis.units[u];
  if (unit === undefined) return undefined;
  const { match } = rule;
  const { conceptIds, own, unitHits, borrowed, missingAll, anyOk, inSection } = known ?? conceptsHeld(rule, ctx, u, unit);
  if (!conceptIds.some((c) => own(c).length > 0)) {
    if (analysis.links.striking[u]) return judgeStrike(rule, ctx, u);
    const question = analysis.links.answers[u] ?? -1;
    return question < 0 ? undefined : judgeAnswer(rule, ctx, u, question);
  }
  const satisfied = conceptIds.length - missingAll.length;
  const base = satisfied / Math.max(1, conceptIds.length);
  // Name the words as the document writes them: "riktlinjerna", not the rule's "riktlinje".
  const seen = new Set<string>();
  const words: (string | Message)[] = [];
  for (const h of unitHits) {
    const text = hitText(unit, h);
    const id = `${text}\u0000${h.via ?? ""}`;
    if (seen.has(id)) continue;
    seen.add(id);
    words.push(h.via === undefined ? quoted(text) : message("term-antecedent", { term: quoted(text), antecedent: quoted(h.via) }));
  }
  const termsReason = (): Message =>
    borrowed === undefined ? message("found", { terms: words }) : message("found-with", { terms: words, borrowed: quoted(borrowed.text), from: borrowed.from });
  const result = (status: FindingStatus, reason: Message, score: number, frame?: Frame): Finding => ({
    unit,
    status,
    hits: unitHits,
    ...(frame !== undefined ? { frame } : {}),
    reasons: [termsReason(), reason],
    score,
  });
  // A strike that names what it strikes ("Bilaga 7 Informationssäkerhet utgår") needs only the rule's main concepts.
  // … and so does a sentence whose verb strikes what it names: "Den andra meningen, om att
  // riskanalysen ska lämnas till B, utgår".
  const syntax = ctx.syntax.get(u);
  const strikes = match.all.length > 0 && missingAll.length === 0 && (analysis.links.striking[u] === true || (syntax !== undefined && strikesItself(syntax, lexicon)));
  if (strikes) return result("negated", message("struck", { by: quoted(analysis.links.struck[u] ?? unit.quote) }), 1 + base);
  if (missingAll.length > 0 || !anyOk) {
    const lacking = missingAll.length > 0 ? missingAll.map((c) => quoted(c)) : match.any.map((g) => quoted(groupConcepts(g).join(" + ")));
    return result("candidate", message("lacks", { concepts: joined(missingAll.length > 0 ? "and" : "or", lacking) }), base);
  }
  const context = analysis.links.context[u] ?? "body";
  if (context !== "body") return result("candidate", message(`context-${context}`), base + 0.5);
  // Every concept is there: the rest is read from the unit's sentences.
  if (syntax === undefined) return undefined;
  // An excluded concept excludes what it stands with: the duty whose scope holds it, or the unit when no duty does.
  const exclusionIn = (scope: ReadonlySet<number> | undefined): Finding | undefined => {
    for (const c of match.none) {
      const hit = own(c).find((h) => scope === undefined || scope.has(h.first));
      if (hit !== undefined) return result("candidate", message("excluded", { word: quoted(hitText(unit, hit)), concept: quoted(c) }), base + 0.5);
    }
    return undefined;
  };

  // "AFC.13 Beställarens riskbedömning" lends the buyer's analysis, not the supplier's.
  const lent: ContextHit | undefined = borrowed;
  if (lent?.owner !== undefined && match.own.some((c) => key(c) === lent.hit.concept)) {
    return result("candidate", message("buyer-owned-context", { from: lent.from, owner: quoted(lent.owner) }), base + 0.6);
  }
  for (const c of match.own) {
    const hits = own(c);
    if (hits.length === 0) continue;
    const owners = hits.map((h) => buyerOwned(syntax, h, hits) ?? referredBuyer(ctx, h));
    if (owners.every((o) => o !== undefined)) {
      const named = hits[0] ? hitText(unit, hits[0]) : c;
      return result("candidate", message("buyer-owned", { named: quoted(named), owner: quoted(owners[0] ?? "") }), base + 0.6);
    }
  }

  const struck = analysis.links.struck[u];
  if (struck !== undefined) return result("negated", message("struck", { by: quoted(struck) }), 1 + base);

  const bindingHit = match.binding.flatMap(own)[0];
  const covered = new Set(unitHits.flatMap((h) => Array.from({ length: h.last - h.first + 1 }, (_, k) => h.first + k)));
  // A present-tense passive binds only as the rule's own verb: "Avvikelser rapporteras …" reports,
  // "Brandskyddsarbetet regleras i lag" states the law; a light verb after the rule's own action
  // noun counts too ("Rapporteringen görs i kommunens system").
  const light = lexicon.pack.context.lightVerbs;
  const t = syntax.tagged.tokens;
  const usable = (f: Frame): boolean => f.row !== "passive-statement" || covered.has(f.cue) || (light.includes(t[f.cue]?.text ?? "") && covered.has(f.cue - 1));
  // A wish in words ("bör", "i möjligaste mån", a row under "Bör"), which the rule's own binding wording does not undo; "kan" is no wish.
  const explicitlySoft = [...syntax.reading.frames, ...(syntax.reading.unitFrame ? [syntax.reading.unitFrame] : [])].some(
    (f) => (f.strength === "soft" && !lexicon.classesOf(f.cueText.toLocaleLowerCase(lexicon.pack.locale)).includes("modal-possible")) || f.softener !== undefined,
  );
  const judged = (frame: Frame | undefined, hits: readonly ConceptHit[], condition?: string, at?: number, scope?: ReadonlySet<number>): Finding => {
    const qualification = hits.length > 0 && hits.every((h) => qualificationOf(syntax, lexicon, h) !== undefined) ? qualificationOf(syntax, lexicon, hits[0] as ConceptHit) : undefined;
    const noDuty: NoDuty | undefined = qualification !== undefined ? { clause: -1, row: qualification.why, why: qualification.why, text: qualification.words } : frame === undefined && at !== undefined ? noDutyAt(syntax, at) : undefined;
    // The works to be built: a design word in the duty's clause, or anywhere in a unit with no duty.
    const design = frame === undefined ? syntax.tagged.tokens.find((tk) => lexicon.pack.context.design.nouns.includes(tk.text) || lexicon.pack.context.design.verbs.includes(tk.text))?.raw : designedThing(syntax, lexicon, frame);
    const facts: Facts = {
      ...(qualification === undefined && frame !== undefined ? { frame } : {}),
      party: rule.party,
      ...(frame !== undefined ? deniedOther(rule, ctx, u, frame) : {}),
      ...(bindingHit !== undefined ? { bindingTerm: bindingHit.term } : {}),
      permissive: frame === undefined || frame.strength === "statement" || frame.bearer.side === "implicit" || lexicon.classesOf(frame.cueText.toLocaleLowerCase(lexicon.pack.locale)).includes("modal-possible"),
      explicitlySoft: explicitlySoft || frame?.softener !== undefined,
      ...(noDuty !== undefined ? { noDuty } : {}),
      ...(condition !== undefined ? { condition } : {}),
      ...(design !== undefined ? { design } : {}),
    };
    const about = frame === undefined || scope === undefined ? undefined : aboutElse(rule, syntax, lexicon, frame, scope, (c) => own(c).filter((h) => scope.has(h.first)));
    const v = verdictOf(about === undefined ? facts : { ...facts, about });
    return result(v.status, v.reason, base + v.score, facts.frame);
  };
  const better = (a: Finding | undefined, b: Finding): Finding => (a === undefined || FINDING_RANK[b.status] > FINDING_RANK[a.status] ? b : a);

  // A duty is about what its scope holds: each frame whose clause (with the clauses under it)
  // holds the rule's concepts is judged, and the strongest wins.
  // The unit's own frame (a table row's class) counts only where no clause of it has a duty that holds the rule.
  let best: Finding | undefined;
  const unitFrame = syntax.reading.unitFrame;
  for (const frame of [...syntax.reading.frames.filter(usable), ...(unitFrame !== undefined ? [unitFrame] : [])]) {
    if (frame === unitFrame && best !== undefined) break;
    const scope = scopeOf(syntax, frame, covered);
    const inScope = (c: string): boolean => own(c).some((h) => scope.has(h.first));
    // What the context lends (a heading's topic, the passage referred back to) counts in every scope.
    const held = (c: string): boolean =>
      inScope(c) || (own(c).length === 0 && inSection(c)) || (lent !== undefined && own(c).length === 0 && key(c) === lent.hit.concept);
    const allHeld = match.all.every(held);
    const anyHeld = match.any.length === 0 || match.any.some((g) => groupConcepts(g).every(held));
    if (!allHeld || !anyHeld) continue;
    const hits = unitHits.filter((h) => scope.has(h.first));
    if (hits.length === 0) continue;
    best = better(best, exclusionIn(scope) ?? judged(frame, hits, undefined, undefined, scope));
  }
  if (best !== undefined) return best;
  const excludedHere = exclusionIn(undefined);
  if (excludedHere !== undefined) return excludedHere;

  // No duty holds the rule's words: say why, from the frame (if any) that governs the rule's first
  // concept. A duty whose clause holds only part of the rule's words does not count for it; a word
  // in no clause of its own (a label before a colon, a table cell) takes the unit's duty.
  const primary = match.all.map(own).find((h) => h.length > 0) ?? unitHits;
  for (const hit of primary) {
    const { frame, condition, chained } = governing(syntax, hit.first, covered, usable);
    if (frame !== undefined && chained) {
      best = better(best, result("candidate", message("lacks-in-duty", { cue: quoted(frame.cueText) }), base + 0.4, frame));
      continue;
    }
    best = better(best, judged(frame, [hit], condition, hit.first, frame === undefined ? undefined : scopeOf(syntax, frame, covered)));
  }
  return best;
}

/**
 * The tokens a frame's duty is about: its clause's own words and those of the clauses under it
 * (what a relative clause says of its noun, the noun itself, an att-clause's content); a
 * condition only where the clause it conditions holds the rule's words too; for a clause joined to
 * the one before with no subject of its own, or a pronoun for one ("… men den behöver inte
 * lämnas in"), the words of that conjunct too. A table row's class covers the whole row.
 */
function scopeOf(syntax: UnitSyntax, frame: Frame, ruleTokens: ReadonlySet<number>): Set<number> {
  const { parse, reading } = syntax;
  if (frame.clause < 0) return new Set(syntax.tagged.tokens.map((tk) => tk.index));
  const scope = new Set<number>();
  const conditions: number[] = [];
  const add = (c: number): void => {
    const clause = parse.clauses[c];
    if (clause === undefined) return;
    for (const i of clause.tokens) scope.add(i);
    if (clause.kind === "relative" && clause.opener !== undefined) for (const k of [clause.opener - 1, clause.opener - 2]) if (k >= 0) scope.add(k);
    for (const child of parse.clauses) {
      if (child.parent !== c) continue;
      if (child.kind === "coordinate" && (reading.frameOf[child.id] ?? -1) >= 0) continue;
      if (child.kind === "conditional") conditions.push(child.id);
      else add(child.id);
    }
  };
  add(frame.clause);
  const clause = parse.clauses[frame.clause];
  if (clause?.kind === "coordinate" && clause.parent !== undefined) {
    const conjunct = parse.clauses[clause.parent];
    const subject = clause.subject === undefined ? undefined : syntax.tagged.tokens[clause.subject];
    // A pronoun anywhere under the clause ("… och Leverantören är inte skyldig att lämna *den* till B").
    const pronoun = [...scope].some((i) => hasClass(syntax.tagged.tokens[i], "pronoun") && i !== clause.opener && !hasClass(syntax.tagged.tokens[i + 1], "relative") && parse.clauseOf[i] !== clause.parent);
    // A pronoun points at a thing of the conjunct ("… en riskanalys, men den behöver inte lämnas in");
    // a shared subject brings only the conjunct's subject ("Riskanalysen behöver inte bifogas men ska överlämnas").
    if (pronoun) for (const i of conjunct?.tokens ?? []) scope.add(i);
    else if (subject === undefined || subject.party === undefined) for (const i of conjunct?.tokens ?? []) if (conjunct?.finite === undefined || i < conjunct.finite) scope.add(i);
  }
  // What a tag rewards is its condition ("Det är meriterande om anbudsgivaren …").
  if (frame.slot === "none" || [...ruleTokens].some((k) => scope.has(k))) {
    const addAll = (c: number): void => {
      for (const i of parse.clauses[c]?.tokens ?? []) scope.add(i);
      for (const child of parse.clauses) if (child.parent === c) addAll(child.id);
    };
    for (const c of conditions) addAll(c);
  }
  return scope;
}

/**
 * The word a denial stands before, when it names one of the rule's other actions:
 * "Riskbedömningen behöver inte lämnas in" denies handing the analysis in, not carrying it out.
 */
function deniedOther(rule: RuleSpec, ctx: JudgeContext, u: number, frame: Frame): { otherAction?: string } {
  const at = frame.negation?.verb;
  if (at === undefined || frame.negation?.from !== undefined) return {};
  const covers = (c: string): boolean => (ctx.analysis.hits[u]?.get(ctx.key(c)) ?? []).some((h) => h.first <= at && at <= h.last);
  const word = ctx.syntax.get(u)?.tagged.tokens[at]?.raw;
  return rule.match.otherActions.some(covers) && word !== undefined ? { otherAction: word } : {};
}

/** A strike that names its clause only by number, under a heading that names the topic: "Ändring 3 – Risk- och sårbarhetsanalys / Punkt 8.4 utgår". */
function judgeStrike(rule: RuleSpec, ctx: JudgeContext, u: number): Finding | undefined {
  const { match } = rule;
  const { analysis } = ctx;
  const unit = analysis.units[u];
  if (unit === undefined) return undefined;
  // What the strike names: its heading's topic, or the old wording quoted after it in the section ("Tidigare lydelse: …").
  const old = (analysis.sections.get(sectionKey(unit)) ?? []).filter((k) => k > u && analysis.links.context[k] === "superseded");
  const quotedAfter = (c: string): ContextHit | undefined => {
    for (const k of old) {
      const hit = analysis.hits[k]?.get(ctx.key(c))?.[0];
      const other = analysis.units[k];
      if (hit !== undefined && other !== undefined) return { hit, from: message("from-before"), text: hitText(other, hit) };
    }
    return undefined;
  };
  const lent = (c: string): ContextHit | undefined => contextHits(analysis, u, ctx.key(c)).find((h) => h.from.id === "from-heading") ?? quotedAfter(c);
  const all = match.all.map(lent);
  if (all.length === 0 || all.some((h) => h === undefined) || ctx.analysis.links.context[u] !== "body") return undefined;
  const from = all[0]?.from ?? message("from-heading", { heading: "" });
  return { unit, status: "negated", hits: [], score: 2, reasons: [message("found-in", { terms: all.map((h) => quoted(h?.hit.term ?? "")), from }), message("struck", { by: quoted(unit.quote) })] };
}

/**
 * An answer that names none of the rule's concepts takes them from its question: "Fråga 2: Ska
 * leverantören bedriva SBA? / Svar: Nej, det behöver leverantören inte göra." Only the answer's
 * opening sentence is read so; a bare "Ja" or "Nej" affirms or denies the duty asked about.
 */
function judgeAnswer(rule: RuleSpec, ctx: JudgeContext, u: number, q: number): Finding | undefined {
  const { match } = rule;
  const { analysis, key, lexicon } = ctx;
  const unit = analysis.units[u];
  const question = analysis.units[q];
  const syntax = ctx.syntax.get(u);
  const asked = (c: string): boolean => (analysis.hits[q]?.get(key(c))?.length ?? 0) > 0;
  if (unit === undefined || question === undefined || syntax === undefined) return undefined;
  const answerLabel = lexicon.pack.context.answer;
  const opening = unit.tokens[0]?.text ?? "";
  if (!answerLabel.includes(opening) || analysis.links.context[u] !== "body") return undefined;
  if (!match.all.every(asked) || (match.any.length > 0 && !match.any.some((g) => groupConcepts(g).every(asked))) || match.none.some(asked)) return undefined;
  // "Ska leverantören lämna in sin riskanalys? Nej." denies handing it in, which another rule asks
  // for; "Ska leverantören genomföra och redovisa en RSA? Ja." still affirms carrying it out.
  const asksOtherAction = match.otherActions.some(asked);
  const hits = [...match.all, ...match.any.flatMap(groupConcepts)].flatMap((c) => analysis.hits[q]?.get(key(c)) ?? []);
  const terms = [...new Set(hits.map((h) => quoted(hitText(question, h))))];
  const termsReason = message("found-in", { terms, from: message("from-question") });
  // A verb's duty in the answer repeats the question's ("Ja, det ska leverantören"); a table class
  // or tag in it ("Punkt 5.1 har formulerats om till ett Bör-krav") speaks of another clause.
  // It repeats the question only with a reply ("Ja, …") or a word that points back ("det", "en sådan");
  // "Svar: Med beredskap avses jourberedskap, dvs. att leverantören ska kunna nås …" speaks of something else.
  const replies = [...lexicon.pack.context.yes, ...lexicon.pack.context.no];
  const answersIt = unit.tokens.slice(1, 4).some((tk) => replies.includes(tk.text)) || syntax.tagged.tokens.some((tk) => hasClass(tk, "pronoun"));
  const frame = answersIt ? syntax.reading.frames.find((f) => f.slot !== "none") : undefined;
  if (frame !== undefined) {
    if (asksOtherAction && frame.negation !== undefined) return undefined;
    const v = verdictOf({ frame, party: rule.party, permissive: false, explicitlySoft: false });
    return { unit, status: v.status, hits: [], frame, reasons: [termsReason, v.reason], score: 1 + v.score };
  }
  // No duty word in the answer: "Svar: Ja." repeats the duty asked about, "Svar: Nej." denies it.
  const replyWord = unit.tokens.slice(1, 4).find((tk) => !/^\d+$/u.test(tk.text))?.text ?? "";
  const yes = lexicon.pack.context.yes.includes(replyWord);
  const no = lexicon.pack.context.no.includes(replyWord);
  const first = hits[0];
  const qSyntax = ctx.syntax.get(q);
  const askedFrame = first === undefined || qSyntax === undefined ? undefined : governing(qSyntax, first.first, new Set([first.first]), () => true).frame;
  if ((!yes && !no) || askedFrame === undefined || askedFrame.negation !== undefined) return undefined;
  const side = askedFrame.bearer.side;
  if (side !== "implicit" && side !== "both" && side !== (rule.party === "buyer" ? "buyer" : "supplier") && rule.party !== "any") return undefined;
  if (!yes && asksOtherAction) return undefined;
  const status: FindingStatus = !yes ? "negated" : askedFrame.strength === "soft" ? "weak" : "present";
  const reply = quoted(unit.tokens.find((tk) => tk.text === replyWord)?.raw ?? replyWord);
  const why = message(yes ? "answer-yes" : "answer-no", { reply, cue: quoted(askedFrame.cueText) });
  return { unit, status, hits: [], reasons: [termsReason, why], score: 2 };
}

export type { HeadingHit };
