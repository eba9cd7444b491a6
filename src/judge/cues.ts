import type { BearerSlot, CueCondition, CueRow, Strength, TokenTest } from "../model/language.js";
import type { Bearer } from "./bearer.js";
import { bearerOf } from "./bearer.js";
import type { Clause, Parse } from "./clauses.js";
import type { Lexicon } from "./lexicon.js";
import type { TaggedUnit } from "./tag.js";
import { matchPattern, passesWordTest } from "./tag.js";

/** A denial of a duty: the words, the row that read them, and the verb they stand before. */
export interface Denial {
  readonly at: number;
  readonly text: string;
  readonly row: string;
  /** The main verb after the negation ("behöver inte *lämnas* in"): what is denied, when it is not the finite verb. */
  readonly verb?: number;
  /** The clause the denial was read in, when it reaches this frame from another: "inget krav på att …". */
  readonly from?: number;
}

/**
 * A duty frame: one clause's duty, with the words that make it, how strong it is, whether it is
 * denied or softened, and who bears it.
 */
export interface Frame {
  readonly clause: number;
  /** The cue row that made it. */
  readonly row: string;
  readonly cue: number;
  /** The words that made the frame, as written: "ska", "ansvarar", "omfattas … inte". */
  readonly cueText: string;
  readonly strength: Strength;
  readonly slot: BearerSlot;
  readonly passive: boolean;
  // Always there (undefined when not): one shape for every frame.
  readonly negation: Denial | undefined;
  readonly softener: string | undefined;
  readonly bearer: Bearer;
}

/** A clause that says what someone has described, usually does, knows or lacks: it binds no one. */
export interface NoDuty {
  readonly clause: number;
  readonly row: string;
  readonly why: "description" | "habit" | "qualification" | "possession";
  readonly text: string;
}

export interface Reading {
  readonly frames: readonly Frame[];
  /** For each clause, the index of its frame in `frames`, or -1. */
  readonly frameOf: readonly number[];
  readonly noDuty: readonly NoDuty[];
  /** A frame for the unit as a whole, for words in no clause with a duty: a table row's class. */
  readonly unitFrame?: Frame;
}

interface Effect {
  readonly row: CueRow;
  readonly first: number;
  readonly last: number;
  readonly cue: number;
}

const RANK: Readonly<Record<Strength, number>> = { binding: 3, soft: 2, statement: 1 };

/** The words from `first` to `last` as written. */
const words = (unit: TaggedUnit, first: number, last: number): string => unit.tokens.slice(first, last + 1).map((t) => t.raw).join(" ");

/** Whether a token passes a test in its clause: word tests, parties and the token's part in the clause. */
function passes(lexicon: Lexicon, unit: TaggedUnit, clause: Clause, prefield: ReadonlySet<number>, test: TokenTest, i: number): boolean {
  const t = unit.tokens[i];
  if (t === undefined) return false;
  if (!passesWordTest(lexicon, t, test)) return false;
  if (test.party !== undefined && (t.party === undefined || t.party.genitive || (test.party !== "any" && t.party.side !== test.party))) return false;
  if (test.role === "finite" && clause.finite !== i) return false;
  if (test.role === "main" && clause.main !== i) return false;
  if (test.role === "verb" && clause.main !== i && clause.finite !== i) return false;
  if (test.role === "negation" && !clause.negations.includes(i)) return false;
  if (test.role === "prefield" && !prefield.has(i)) return false;
  if (test.not !== undefined && passes(lexicon, unit, clause, prefield, test.not, i)) return false;
  const before = unit.tokens[i - 1];
  if (test.notAfter !== undefined && before !== undefined && passesWordTest(lexicon, before, test.notAfter)) return false;
  return true;
}

function holds(lexicon: Lexicon, unit: TaggedUnit, parse: Parse, clause: Clause, prefield: ReadonlySet<number>, when: CueCondition | undefined): boolean {
  if (when === undefined) return true;
  if (when.finite !== undefined && (clause.finite === undefined || !passes(lexicon, unit, clause, prefield, when.finite, clause.finite))) return false;
  if (when.main !== undefined && (clause.main === undefined || !passes(lexicon, unit, clause, prefield, when.main, clause.main))) return false;
  if (when.voice !== undefined && clause.voice !== when.voice) return false;
  if (when.chain === true && (clause.main === undefined || clause.main === clause.finite)) return false;
  if (when.complementAfter === true && !(clause.finite !== undefined && unit.tokens[clause.finite + 1] !== undefined && parse.clauses.some((c) => c.parent === clause.id && c.kind === "complement" && c.opener === (clause.finite ?? 0) + 1))) return false;
  const subject = clause.subject === undefined ? undefined : unit.tokens[clause.subject];
  if (when.subject === "party" && (subject?.party === undefined || subject.party.genitive)) return false;
  if (when.subject === "party-first" && (subject?.party === undefined || subject.party.genitive || (clause.finite !== undefined && (clause.subject ?? 0) > clause.finite))) return false;
  if (when.subject === "none" && clause.subject !== undefined) return false;
  return true;
}

/** The cue rows matched in one clause: its phrases, then the clause rows over its other tokens, first row first. */
function clauseEffects(lexicon: Lexicon, unit: TaggedUnit, parse: Parse, clause: Clause): Effect[] {
  const effects: Effect[] = [];
  const own = clause.tokens;
  const seen = new Set<number>();
  for (const i of own) {
    const p = unit.tokens[i]?.phrase;
    if (p === undefined || seen.has(p)) continue;
    seen.add(p);
    const phrase = unit.phrases[p];
    // A phrase belongs to the clause of its first word ("se till *att*" opens the next clause).
    if (phrase === undefined || phrase.first !== i) continue;
    if (phrase !== undefined) effects.push({ row: phrase.row, first: phrase.first, last: phrase.last, cue: phrase.first + (phrase.row.cueAt ?? 0) });
  }
  const free = own.filter((i) => unit.tokens[i]?.phrase === undefined || unit.phrases[unit.tokens[i]?.phrase ?? -1]?.row.effect.kind === "duty");
  const prefield = new Set(clause.finite === undefined ? [] : own.filter((i) => i < (clause.finite ?? 0) && i !== clause.opener));
  // Whether a row applies to this clause (its clause kinds and conditions), worked out once per row.
  const applies = new Map<CueRow, boolean>();
  const applicable = (r: CueRow): boolean => {
    let found = applies.get(r);
    if (found === undefined) {
      found = (r.clauses === undefined || r.clauses.includes(clause.kind)) && holds(lexicon, unit, parse, clause, prefield, r.when);
      applies.set(r, found);
    }
    return found;
  };
  const test = (t: TokenTest, i: number): boolean => passes(lexicon, unit, clause, prefield, t, i);
  const classesAt = (i: number) => unit.tokens[i]?.classes ?? [];
  for (let at = 0; at < free.length; at++) {
    // Rows in table order; only those whose first word can be this one.
    for (const { row, pattern } of lexicon.clauseRowsAt(unit.tokens[free[at] ?? -1]?.text ?? "")) {
      if (!applicable(row)) continue;
      const m = matchPattern(pattern, free, at, test, classesAt);
      if (m === undefined) continue;
      const cuePos = m.elements[row.cueAt ?? 0] ?? m.first;
      effects.push({ row, first: free[m.first] ?? 0, last: free[m.last] ?? 0, cue: free[cuePos >= 0 ? cuePos : m.first] ?? 0 });
      at = m.last;
      break;
    }
  }
  return effects.sort((a, b) => a.first - b.first);
}

interface Draft {
  readonly clause: Clause;
  readonly duty?: Effect;
  readonly strength?: Strength;
  readonly slot?: BearerSlot;
  readonly denial?: Denial;
  readonly softener?: string;
  readonly noDuty?: NoDuty;
}

function draftOf(lexicon: Lexicon, unit: TaggedUnit, parse: Parse, clause: Clause): Draft {
  const effects = clauseEffects(lexicon, unit, parse, clause);
  let duty: Effect | undefined;
  let denial: Denial | undefined;
  let denyFrame: Effect | undefined;
  let softener: string | undefined;
  let noDuty: NoDuty | undefined;
  for (const e of effects) {
    const effect = e.row.effect;
    switch (effect.kind) {
      case "duty": {
        // The finite verb's cue decides: "bör se till att" is a wish, "ska ansvara för" binds;
        // without one, the strongest cue of the clause.
        const onFinite = (x: Effect): boolean => clause.finite !== undefined && x.first <= clause.finite && clause.finite <= x.last;
        const rank = (x: Effect | undefined): number => (x === undefined || x.row.effect.kind !== "duty" ? 0 : RANK[x.row.effect.strength] + (onFinite(x) ? 10 : 0) + (x.row.stage === "phrase" ? 1 : 0));
        if (rank(e) > rank(duty)) duty = e;
        break;
      }
      case "deny": {
        if (denial === undefined) {
          const verb = clause.main !== undefined && clause.main > e.last && clause.main !== clause.finite ? clause.main : undefined;
          // A denied scope verb is shown with its verb: "omfattas inte", not "inte".
          const from = effect.frame === true && clause.finite !== undefined && clause.finite < e.first && e.first - clause.finite <= 4 ? clause.finite : e.first;
          const text = from === e.first ? words(unit, e.first, e.last) : `${unit.tokens[from]?.raw ?? ""} ${words(unit, e.first, e.last)}`;
          denial = { at: e.first, text, row: e.row.id, ...(verb !== undefined ? { verb } : {}) };
        }
        if (effect.frame === true) denyFrame ??= e;
        break;
      }
      case "soften":
        softener ??= words(unit, e.first, e.last);
        break;
      case "neutral":
        break;
      case "no-duty":
        noDuty ??= { clause: clause.id, row: e.row.id, why: effect.why, text: words(unit, e.first, e.last) };
        break;
      default: {
        const never: never = effect;
        throw new Error(`unknown cue effect ${String(never)}`);
      }
    }
  }
  const base = { clause, ...(denial ? { denial } : {}), ...(softener !== undefined ? { softener } : {}) };
  const statement = duty?.row.effect.kind === "duty" && duty.row.effect.strength === "statement";
  if (noDuty !== undefined && (duty === undefined || statement)) return { ...base, noDuty };
  // "omfattas inte", "ställs inte": a denied scope is the clause's duty, not the statement its verb makes.
  if (duty !== undefined && duty.row.effect.kind === "duty" && !(statement && denyFrame !== undefined)) return { ...base, duty, strength: duty.row.effect.strength, slot: duty.row.effect.bearer };
  if (denyFrame !== undefined) return { ...base, duty: denyFrame, strength: "binding", slot: "subject" };
  return base;
}

/**
 * Reads the duties of a parsed unit: each clause's frame from the cue table, then what clauses
 * pass to one another: verbs joined under one modal share its duty ("ska upprätta och redovisa"),
 * each with its own denial; a denied clause denies the att-clause it governs ("inget krav på att
 * leverantören ska …"); a coordinate clause takes its conjunct's denial unless "men" parts them.
 */
export function readDuties(lexicon: Lexicon, unit: TaggedUnit, parse: Parse): Reading {
  const drafts = parse.clauses.map((c) => draftOf(lexicon, unit, parse, c));
  const frames: Frame[] = [];
  const frameOf: number[] = new Array<number>(parse.clauses.length).fill(-1);
  const noDuty = drafts.flatMap((d) => (d.noDuty ? [d.noDuty] : []));
  for (const [k, d] of drafts.entries()) {
    const clause = d.clause;
    const parent = clause.parent === undefined ? undefined : parse.clauses[clause.parent];
    const parentFrame = parent === undefined ? undefined : frames[frameOf[parent.id] ?? -1];
    let duty = d.duty;
    let strength = d.strength;
    let slot = d.slot;
    let denial = d.denial;
    // Verbs joined under one finite verb share its duty, and so do passives joined to a passive
    // statement ("hanteras enligt lex Sarah och rapporteras till nämnden"); a clause of its own has its own.
    // … and a verb joined to a statement states too ("Vi rapporterar tillbud och utför riskbedömningar").
    const joinedPassive = parentFrame?.strength === "statement" && clause.finite !== undefined && clause.finite !== parent?.finite && (clause.voice === parent?.voice);
    if (duty === undefined && clause.kind === "coordinate" && (clause.finite === parent?.finite || joinedPassive) && parentFrame !== undefined && clause.main !== undefined && d.noDuty === undefined) {
      strength = parentFrame.strength;
      slot = parentFrame.slot;
      if (denial === undefined && parentFrame.negation !== undefined && !clause.contrast) denial = { ...parentFrame.negation, from: parentFrame.clause };
      // A joined passive states its own procedure: its own verb is the cue ("… och *rapporteras* till nämnden").
      const own = joinedPassive && clause.main !== undefined ? clause.main : parentFrame.cue;
      const inheritedDuty: Effect = { row: { id: parentFrame.row } as CueRow, first: own, last: own, cue: own };
      duty = inheritedDuty;
    }
    if (duty === undefined || strength === undefined || slot === undefined) continue;
    // What a document is said to contain binds no one here: "Av underlaget framgår att riskbedömningen inte behöver redovisas".
    if (clause.kind === "complement" && parent !== undefined && drafts[parent.id]?.noDuty?.why === "description") continue;
    // A duty in the att-clause of a denied clause is denied: "Det finns inget krav på att E ska …".
    if (denial === undefined && clause.kind === "complement" && parentFrame?.negation !== undefined) denial = { ...parentFrame.negation, from: parentFrame.clause };
    const cueText = duty.row.effect?.kind === "duty" || duty.row.effect?.kind === "deny" || duty.cue !== parentFrame?.cue ? words(unit, duty.first, duty.last) : parentFrame.cueText;
    const draftFrame = {
      clause: clause.id,
      row: duty.row.id,
      cue: duty.cue,
      cueText,
      strength,
      slot,
      passive: clause.voice === "passive",
      negation: denial,
      softener: d.softener,
    };
    const bearer = bearerOf(lexicon, unit, parse, draftFrame, frames, frameOf);
    frameOf[k] = frames.length;
    frames.push({ ...draftFrame, bearer });
  }
  return { frames, frameOf, noDuty };
}
