import type { ConceptGroup, RuleSpec, Status } from "../model/rule.js";
import type { ClauseUnit, Token } from "../model/unit.js";
import type { ConceptHit } from "../match/concepts.js";
import type { Context } from "./context.js";
import { CONTEXT_REASONS } from "./context.js";
import type { Frame } from "./frames.js";
import { governingFrame } from "./frames.js";
import { OWN_MARKERS } from "./lexicon.js";
import { ANSWER_LABEL } from "../text/signals.js";
import type { PartyOptions } from "./party.js";
import { partyAt } from "./party.js";

/** What the judge needs to know about one clause unit, computed once and shared by every rule. */
export interface UnitAnalysis {
  readonly unit: ClauseUnit;
  /** Computed on first use: most units name no concept of any rule and are never judged. */
  readonly context: Context;
  readonly frames: readonly Frame[];
  readonly parties: PartyOptions;
  /** In a Q&A, the question this unit's answer ("Svar: …") answers. */
  readonly answers?: UnitAnalysis;
  /** The sentence that strikes out the clause this unit belongs to ("Punkt 5.2 … utgår"), or the unit itself. */
  readonly struck?: string;
  /** Whether the unit strikes out a clause it names ("Punkt 8.4 utgår", under "Ändring 3 – Risk- och sårbarhetsanalys"). */
  readonly striking: boolean;
  /** The unit's own hits of a concept (by the rule's concept key). */
  hits(concept: string): readonly ConceptHit[];
  /**
   * Hits of a concept in the unit's context: the heading it sits under, a table row's column
   * headers, and the sentence before when this one refers back to it ("Resultatet ska redovisas").
   */
  contextHits(concept: string): readonly ContextHit[];
  /** Hits of a concept anywhere in the unit's section (for rules whose concepts meet within a section). */
  sectionHits(concept: string): readonly ConceptHit[];
}

/** A concept found around a unit rather than in it, and where ("the heading \"6.3 Brandskydd\""). */
export interface ContextHit {
  readonly hit: ConceptHit;
  readonly from: string;
  /** The words as written there, when they are not in a heading. */
  readonly text?: string;
  /** The buyer whose it is there ("Beställarens riskbedömning"), if the buyer's. */
  readonly owner?: string;
}

export type FindingStatus = Exclude<Status, "missing"> | "candidate";

/** One clause unit judged against one rule. */
export interface Finding {
  readonly unit: ClauseUnit;
  readonly status: FindingStatus;
  readonly hits: readonly ConceptHit[];
  readonly frame?: Frame;
  /** Why: which terms, which party, which modal verb, which negation, or what was lacking. */
  readonly reasons: readonly string[];
  /** For ranking candidates: how close the unit came to satisfying the rule. */
  readonly score: number;
}

export const FINDING_RANK: Readonly<Record<FindingStatus, number>> = { present: 4, negated: 3, weak: 2, candidate: 1 };

const quote = (s: string): string => `"${s}"`;

/** Verbs and nouns of designing and building: "Byggnaden ska projekteras med …", "vid projekteringen av reservkraft". */
const DESIGN_VERBS = /^(?:projekteras|förses|utformas|dimensioneras|uppföras|byggas|utrustas|projektera|förse|utforma|dimensionera)$/u;
const DESIGN_NOUNS = /^(?:projektering|projekteringen|dimensionering|dimensioneringen|utformning|utformningen)$/u;

/** The design word that makes a passage a description of the works (a construction contract's building), if any. */
function designedThing(a: UnitAnalysis, frame: Frame, hits: readonly ConceptHit[]): string | undefined {
  const tokens = a.unit.tokens;
  if (frame.passive) {
    for (let j = frame.cue + 1; j <= frame.cue + 4 && j < tokens.length; j++) {
      if (DESIGN_VERBS.test(tokens[j]?.text ?? "")) return tokens[j]?.raw;
    }
  }
  // "vid projekteringen av reservkraft": worked out once per unit, however many hits are judged.
  let noun = designNouns.get(hits);
  if (noun === undefined) {
    noun = null;
    for (const h of hits) {
      const before = tokens[h.first - 1]?.text === "av" ? tokens[h.first - 2] : tokens[h.first - 1];
      if (before !== undefined && DESIGN_NOUNS.test(before.text)) noun = before.raw;
    }
    designNouns.set(hits, noun);
  }
  return noun ?? undefined;
}

const designNouns = new WeakMap<readonly ConceptHit[], string | null>();

const LIGHT_VERBS: ReadonlySet<string> = new Set(["görs", "sker", "utförs", "genomförs"]);

/** A concept hit is the buyer's when a buyer genitive stands just before it: "stadens årliga RSA". */
export function buyerOwned(tokens: readonly Token[], hit: ConceptHit, parties: PartyOptions): string | undefined {
  for (let j = hit.first - 1; j >= Math.max(0, hit.first - 3); j--) {
    if (OWN_MARKERS.has(tokens[j]?.text ?? "")) return undefined;
    const party = partyAt(tokens, j, parties);
    if (party?.genitive) return party.side === "buyer" ? party.word : undefined;
    if (party) return undefined;
  }
  return undefined;
}

/** A finding whose reasons are only put into words when someone reads them (most are never reported). */
function finding(fields: Omit<Finding, "reasons">, reasons: () => readonly string[]): Finding {
  let words: readonly string[] | undefined;
  return {
    ...fields,
    get reasons() {
      words ??= reasons();
      return words;
    },
  };
}

function groupConcepts(group: ConceptGroup): readonly string[] {
  return typeof group === "string" ? [group] : group;
}

/** Judges one clause unit against one rule; undefined when none of the rule's concepts is in the unit. */
export function judgeUnit(rule: RuleSpec, key: (concept: string) => string, a: UnitAnalysis): Finding | undefined {
  const { match } = rule;
  const conceptIds = [...match.all, ...match.any.flatMap(groupConcepts)];
  const own = (c: string): readonly ConceptHit[] => a.hits(key(c));
  if (!conceptIds.some((c) => own(c).length > 0)) {
    if (a.striking) return judgeStrike(rule, key, a);
    return a.answers === undefined ? undefined : judgeAnswer(rule, key, a, a.answers); // the usual case: nothing to judge
  }
  const unitHits = conceptIds.flatMap(own);
  // The context may supply one concept (the heading's topic, the sentence referred back to);
  // the clause itself must carry the rest.
  let borrowed: ContextHit | undefined;
  const found = (c: string): boolean => {
    if (own(c).length > 0) return true;
    if (match.within === "section" && a.sectionHits(key(c)).length > 0) return true;
    const around = a.contextHits(key(c))[0];
    if (borrowed !== undefined || around === undefined) return false;
    borrowed = around;
    return true;
  };

  // Name the words as the document writes them: "riktlinjerna", not the rule's "riktlinje".
  const termsReason = (): string => {
    const words = unitHits.map((h) => `${quote(a.unit.norm.text.slice(h.start, h.end))}${h.via ? ` (${h.via})` : ""}`);
    const context = borrowed === undefined ? "" : `, with ${quote(borrowed.text ?? borrowed.hit.term)} from ${borrowed.from}`;
    return `found ${words.filter((t, i) => words.indexOf(t) === i).join(", ")}${context}`;
  };
  const missingAll = match.all.filter((c) => !found(c));
  const anyOk = match.any.length === 0 || match.any.some((g) => groupConcepts(g).every((c) => own(c).length > 0)) || match.any.some((g) => groupConcepts(g).every(found));
  const satisfied = conceptIds.length - missingAll.length;
  const candidate = (lack: () => string, frame?: Frame, bonus = 0): Finding =>
    finding(
      { unit: a.unit, status: "candidate", hits: unitHits, ...(frame ? { frame } : {}), score: satisfied / Math.max(1, conceptIds.length) + bonus },
      () => [termsReason(), lack()],
    );
  if (missingAll.length > 0 || !anyOk) {
    const lacking = missingAll.length > 0 ? missingAll : match.any.map((g) => groupConcepts(g).join(" + "));
    return candidate(() => `lacks ${lacking.map((c) => quote(c)).join(missingAll.length > 0 ? " and " : " or ")}`);
  }
  const excluded = match.none.find((c) => own(c).length > 0);
  const exclusion = excluded === undefined ? undefined : own(excluded)[0];
  if (excluded !== undefined) {
    return candidate(() => `excluded: ${quote(exclusion ? a.unit.norm.text.slice(exclusion.start, exclusion.end) : excluded)} makes it a matter of ${quote(excluded)}`, undefined, 0.5);
  }
  const context = a.context;
  if (context !== "body") return candidate(() => `concepts found, but ${CONTEXT_REASONS[context]}`, undefined, 0.5);

  // "AFC.13 Beställarens riskbedömning" lends the buyer's analysis, not the supplier's.
  if (borrowed?.owner !== undefined && match.own.some((c) => key(c) === borrowed?.hit.concept)) {
    const { owner, from } = borrowed;
    return candidate(() => `concepts found, but what ${from} names is the buyer's own (${quote(owner)})`, undefined, 0.6);
  }
  for (const c of match.own) {
    const hits = own(c);
    if (hits.length === 0) continue;
    const owners = hits.map((h) => buyerOwned(a.unit.tokens, h, a.parties));
    if (owners.every((o) => o !== undefined)) {
      const named = hits[0] ? a.unit.norm.text.slice(hits[0].start, hits[0].end) : c;
      return candidate(() => `concepts found, but the ${quote(named)} named is the buyer's own (${quote(owners[0] ?? "")})`, undefined, 0.6);
    }
  }

  if (a.struck !== undefined) {
    const by = a.struck;
    return finding({ unit: a.unit, status: "negated", hits: unitHits, score: 1 + satisfied / Math.max(1, conceptIds.length) }, () => [termsReason(), `the clause is struck out: ${quote(by)}`]);
  }

  // The duty that counts is the one governing the rule's first concept, where the unit has it.
  const primary = match.all.map(own).find((h) => h.length > 0) ?? unitHits;
  const bindingHit = match.binding.flatMap(own)[0];
  // A present-tense passive binds only as the rule's own verb: "Avvikelser rapporteras …" reports,
  // "Brandskyddsarbetet regleras i lag" states the law.
  // "Rapporteringen görs i kommunens system": a light verb after the rule's own action noun counts too.
  let covered: Set<number> | undefined; // the token positions the rule's hits cover
  const ownVerb = (f: Frame): boolean => {
    covered ??= new Set(unitHits.flatMap((h) => Array.from({ length: h.last - h.first + 1 }, (_, k) => h.first + k)));
    return covered.has(f.cue) || (LIGHT_VERBS.has(a.unit.tokens[f.cue]?.text ?? "") && covered.has(f.cue - 1));
  };
  const frames = a.frames.some((f) => f.strength === "statement" && f.passive) ? a.frames.filter((f) => f.strength !== "statement" || !f.passive || ownVerb(f)) : a.frames;
  let best: Finding | undefined;
  for (const hit of primary) {
    const finding = judgeFrame(rule, a, unitHits, termsReason, governingFrame(frames, hit.first), bindingHit, satisfied / Math.max(1, conceptIds.length), key);
    if (best === undefined || FINDING_RANK[finding.status] > FINDING_RANK[best.status]) best = finding;
  }
  return best;
}

/**
 * The word a denial stands before, when it names one of the rule's other actions:
 * "Riskbedömningen behöver inte lämnas in" denies handing the analysis in, not carrying it out.
 */
function deniesOtherAction(rule: RuleSpec, key: (concept: string) => string, a: UnitAnalysis, frame: Frame): string | undefined {
  const at = frame.deniedAt;
  if (at === undefined) return undefined;
  const covers = (c: string): boolean => a.hits(key(c)).some((h) => h.first <= at && at <= h.last);
  return rule.match.otherActions.some(covers) ? a.unit.tokens[at]?.raw : undefined;
}

/** A strike that names its clause only by number, under a heading that names the topic: "Ändring 3 – Risk- och sårbarhetsanalys / Punkt 8.4 utgår". */
function judgeStrike(rule: RuleSpec, key: (concept: string) => string, a: UnitAnalysis): Finding | undefined {
  const { match } = rule;
  const lent = (c: string): ContextHit | undefined => a.contextHits(key(c)).find((h) => h.from.startsWith("the heading"));
  const all = match.all.map(lent);
  if (all.length === 0 || all.some((h) => h === undefined) || a.context !== "body") return undefined;
  const from = all[0]?.from ?? "";
  return finding({ unit: a.unit, status: "negated", hits: [], score: 2 }, () => [`found ${all.map((h) => quote(h?.hit.term ?? "")).join(", ")} in ${from}`, `the clause is struck out: ${quote(a.unit.quote)}`]);
}

/**
 * An answer that names none of the rule's concepts takes them from its question: "Fråga 2: Ska
 * leverantören bedriva SBA? / Svar: Nej, det behöver leverantören inte göra." Only the answer's
 * opening sentence is read so; a bare "Ja" or "Nej" affirms or denies the duty asked about.
 */
function judgeAnswer(rule: RuleSpec, key: (concept: string) => string, a: UnitAnalysis, question: UnitAnalysis): Finding | undefined {
  const { match } = rule;
  const asked = (c: string): boolean => question.hits(key(c)).length > 0;
  if (!ANSWER_LABEL.test(a.unit.quote) || a.context !== "body") return undefined;
  if (!match.all.every(asked) || (match.any.length > 0 && !match.any.some((g) => groupConcepts(g).every(asked))) || match.none.some(asked)) return undefined;
  // "Ska leverantören lämna in sin riskanalys? Nej." denies handing it in, which another rule asks
  // for; "Ska leverantören genomföra och redovisa en RSA? Ja." still affirms carrying it out.
  const asksOtherAction = match.otherActions.some(asked);
  const hits = [...match.all, ...match.any.flatMap(groupConcepts)].flatMap((c) => question.hits(key(c)));
  const terms = [...new Set(hits.map((h) => quote(question.unit.norm.text.slice(h.start, h.end))))].join(", ");
  const termsReason = (): string => `found ${terms} in the question answered`;
  const frame = a.frames[0];
  if (frame !== undefined) return asksOtherAction && frame.negation !== undefined ? undefined : judgeFrame(rule, a, [], termsReason, frame, undefined, 1, key);
  // No duty word in the answer: "Svar: Ja." repeats the duty asked about, "Svar: Nej." denies it.
  const reply = /^(?:svar|answer)\s*\d*\s*[:.]?\s*(ja|nej|yes|no)\b/iu.exec(a.unit.quote)?.[1]?.toLowerCase();
  const first = hits[0];
  const askedFrame = first === undefined ? undefined : governingFrame(question.frames, first.first);
  if (reply === undefined || askedFrame === undefined || askedFrame.negation !== undefined) return undefined;
  if (askedFrame.actor !== "implicit" && askedFrame.actor !== "both" && askedFrame.actor !== (rule.party === "buyer" ? "buyer" : "supplier") && rule.party !== "any") return undefined;
  const yes = reply === "ja" || reply === "yes";
  if (!yes && asksOtherAction) return undefined;
  const status: FindingStatus = !yes ? "negated" : askedFrame.strength === "soft" ? "weak" : "present";
  const why = yes ? `the answer "${reply}" affirms ${quote(askedFrame.cueText)} in the question` : `the answer "${reply}" denies ${quote(askedFrame.cueText)} in the question`;
  return finding({ unit: a.unit, status, hits: [], score: 2 }, () => [termsReason(), why]);
}

function judgeFrame(
  rule: RuleSpec, a: UnitAnalysis, hits: readonly ConceptHit[], termsReason: () => string, frame: Frame | undefined, bindingHit: ConceptHit | undefined, base: number,
  key: (concept: string) => string,
): Finding {
  const result = (status: FindingStatus, reason: string, score = base + 1): Finding =>
    finding({ unit: a.unit, status, hits, ...(frame ? { frame } : {}), score }, () => [termsReason(), reason]);
  const otherAction = frame === undefined ? undefined : deniesOtherAction(rule, key, a, frame);
  if (otherAction !== undefined) return result("candidate", `concepts found, but what is denied is ${quote(otherAction)}, which this rule does not ask for`, base + 0.6);
  if (frame?.negation !== undefined) return result("negated", `the duty is denied: ${quote(frame.negation)}${frame.actorWord ? ` (${frame.actorWord})` : ""}`);
  // Rule-specific binding wording ("kan komma att användas som mottagningsplats") binds where the
  // only modal is the permissive one it contains, not against an explicit "bör".
  const permissive = frame === undefined || frame.strength === "statement" || frame.actor === "implicit" || /^(?:kan|får)$/iu.test(frame.cueText);
  const explicitlySoft = a.frames.some((f) => f.strength === "soft" && !/^(?:kan|får)$/iu.test(f.cueText)) || frame?.softener !== undefined;
  if (bindingHit && permissive && frame?.strength !== "binding" && !explicitlySoft) {
    return result("present", `${quote(bindingHit.term)} binds the supplier under this rule`);
  }
  if (frame === undefined) return result("candidate", "concepts found, but no duty: no binding wording such as ska, måste or ansvarar för", base + 0.5);
  const works = designedThing(a, frame, hits);
  if (works !== undefined) return result("candidate", `concepts found, but ${quote(works)} describes the works to be built, not how the supplier runs its service`, base + 0.6);
  const side = frame.actor;
  const accepted =
    rule.party === "any" || side === "implicit" || side === "both" || (rule.party === "supplier" ? side === "supplier" : side === "buyer");
  if (!accepted) {
    const who = side === "third" ? "a third party" : `the ${side}`;
    return result("candidate", `concepts found, but the duty is on ${who} (${quote(frame.actorWord ?? side)}), not the ${rule.party}`, base + 0.7);
  }
  const bearer =
    side === "implicit"
      ? frame.passive
        ? "passive voice with no agent, read as the supplier's duty"
        : "no party named, read as the supplier's duty"
      : `on ${quote(frame.actorWord ?? side)}`;
  if (frame.strength === "soft") return result("weak", `only soft wording: ${quote(frame.cueText)} (${bearer})`);
  if (frame.softener !== undefined) return result("weak", `${quote(frame.cueText)} is softened by ${quote(frame.softener)} (${bearer})`);
  const how = frame.strength === "statement" ? `present-tense statement ${quote(frame.cueText)}` : `binding ${quote(frame.cueText)}`;
  return result("present", `${how} ${bearer}`);
}
