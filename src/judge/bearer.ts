import type { BearerSlot, Side } from "../model/language.js";
import type { Parse } from "./clauses.js";
import type { Frame } from "./cues.js";
import type { Lexicon } from "./lexicon.js";
import type { TaggedUnit } from "./tag.js";
import { hasClass } from "./tag.js";

/** How the bearer of a duty was found. */
export type BearerVia =
  | "none"
  | "complement"
  | "agent"
  | "passive"
  | "subject"
  | "duty-owner"
  | "named-body"
  | "controller"
  | "conjunct"
  | "unnamed";

/** Who bears a duty: a side, or "implicit" where the clause names no one. */
export interface Bearer {
  readonly side: Side | "implicit";
  /** The word as written that names the bearer. */
  readonly word?: string;
  readonly via: BearerVia;
}

type FrameDraft = Pick<Frame, "clause" | "row" | "cue" | "slot" | "passive" | "strength">;

/**
 * Finds who bears a frame's duty, trying in this order (the first that names someone wins):
 * 1. a table's class cell or tag bears no one ("none");
 * 2. a requirement's complement: the subject of its att-clause, or the party after its
 *    preposition: "kräver att leverantören", "ställer krav på E", "åligger utföraren";
 * 3. a passive's agent after "av"; a passive with none is "implicit";
 * 4. the clause's subject, a party: "Leverantören ska", inverted "Vid incident ska Leverantören";
 * 5. the owner of a duty noun: "leverantörens ansvar", or the party after it: "Ansvaret ligger hos B";
 * 6. a capitalised definite noun as the subject of a duty verb, a body that is neither party
 *    ("Museet ansvarar"): a third party;
 * 7. an att-clause with no subject takes its governing clause's bearer ("åtar sig att genomföra");
 * 8. a coordinate clause with no subject takes its conjunct's ("äger … och svarar för");
 * 9. otherwise no party is named: "implicit".
 */
export function bearerOf(lexicon: Lexicon, unit: TaggedUnit, parse: Parse, frame: FrameDraft, frames: readonly Frame[], frameOf: readonly number[]): Bearer {
  const t = unit.tokens;
  const clause = parse.clauses[frame.clause];
  if (clause === undefined) return { side: "implicit", via: "unnamed" };
  const named = (i: number | undefined, via: BearerVia): Bearer | undefined => {
    const party = i === undefined ? undefined : t[i]?.party;
    return party === undefined ? undefined : { side: party.side, word: party.word, via };
  };
  const slot: BearerSlot = frame.slot;
  if (slot === "none") return { side: "implicit", via: "none" };

  if (slot === "complement") {
    const child = parse.clauses.find((c) => c.parent === clause.id && c.kind === "complement" && (c.opener ?? -1) > frame.cue);
    const inChild = child === undefined ? undefined : named(child.subject, "complement");
    if (inChild !== undefined) return inChild;
    // The party right after the cue, or after a preposition of the cue ("krav på", "av", "från"),
    // or the last of several joined ("åligger respektive verksamhet och fastighetsägare").
    const after = clause.tokens.filter((i) => i > frame.cue).slice(0, 5);
    for (const i of after) {
      const party = t[i]?.party;
      if (party !== undefined) return { side: party.side, word: party.word, via: "complement" };
      const w = t[i];
      if (w === undefined || hasClass(w, "infinitive-marker") && t[i + 1]?.party === undefined && !hasClass(t[i + 1], "article")) break;
      if (!(hasClass(w, "preposition") || hasClass(w, "adverb") || hasClass(w, "determiner") || hasClass(w, "article") || hasClass(w, "coordinator") || hasClass(w, "infinitive-marker") || w.classes.length === 0)) break;
    }
    // A wish with no one named after it is the subject's: "Leverantören rekommenderas att …".
    const subject = frame.strength === "soft" ? named(clause.subject, "subject") : undefined;
    return subject ?? { side: "implicit", via: "unnamed" };
  }

  if (frame.passive) return named(clause.agent, "agent") ?? { side: "implicit", via: "passive" };

  const subject = clause.subject === undefined ? undefined : t[clause.subject];
  const bySubject = subject?.party !== undefined ? named(clause.subject, "subject") : undefined;
  if (bySubject !== undefined) return bySubject;

  // A subject given its role: "Vångbyhem AB är som fastighetsägare ansvarig för …".
  const role = clause.tokens.find((i) => hasClass(t[i], "relative") && clause.opener !== i && t[i + 1]?.party !== undefined && !t[i + 1]?.party?.genitive && (clause.finite === undefined || i <= clause.finite + 1));
  if (role !== undefined && subject?.party === undefined) {
    const party = t[role + 1]?.party;
    if (party !== undefined) return { side: party.side, word: party.word, via: "subject" };
  }

  const cue = t[frame.cue];
  if (cue?.dutyNoun) {
    const before = t[frame.cue - 1]?.party;
    if (before?.genitive) return { side: before.side, word: before.word, via: "duty-owner" };
    for (const link of lexicon.pack.dutyNouns.bearerLinks) {
      for (const i of clause.tokens.filter((k) => k > frame.cue)) {
        if (!link.every((w, n) => t[i + n]?.text === w)) continue;
        for (let k = i + link.length; k <= i + link.length + 1; k++) {
          const party = t[k]?.party;
          if (party !== undefined) return { side: party.side, word: party.word, via: "duty-owner" };
        }
      }
    }
  }

  if (subject !== undefined && subject.party === undefined && cue?.verbs.some((v) => v.cls === "duty") && subject.index === clause.tokens.find((i) => i !== clause.opener) && lexicon.isDefiniteName(subject.raw) && subject.classes.length === 0) {
    return { side: "third", word: subject.raw, via: "named-body" };
  }

  if (clause.subject === undefined || (subject !== undefined && hasClass(subject, "subject-pronoun") && subject.party === undefined && clause.kind !== "main")) {
    const parent = clause.parent === undefined ? undefined : parse.clauses[clause.parent];
    const parentFrame = parent === undefined ? undefined : frames[frameOf[parent.id] ?? -1];
    if (parent !== undefined && (clause.kind === "complement" || clause.kind === "coordinate")) {
      const via: BearerVia = clause.kind === "complement" ? "controller" : "conjunct";
      if (parentFrame !== undefined && parentFrame.bearer.side !== "implicit") return { ...parentFrame.bearer, via };
      const fromSubject = named(parent.subject, via);
      if (fromSubject !== undefined && !t[parent.subject ?? -1]?.party?.genitive) return fromSubject;
    }
  }
  return { side: "implicit", via: "unnamed" };
}
