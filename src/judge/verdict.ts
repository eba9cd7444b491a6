import type { Side } from "../model/language.js";
import type { Party, Status } from "../model/rule.js";
import type { Message } from "../messages/catalogue.js";
import { message, quoted } from "../messages/catalogue.js";
import type { Bearer } from "./bearer.js";
import type { Frame, NoDuty } from "./cues.js";

/** What a clause unit is for one rule: a status, or a candidate that came near. */
export type FindingStatus = Exclude<Status, "missing"> | "candidate";

/**
 * The single precedence order of statuses, everywhere: present > weak > negated. A soft wish
 * anywhere is still a wish, and a denial is what the reviewer must see only where nothing asks
 * for the duty at all.
 */
export const FINDING_RANK: Readonly<Record<FindingStatus, number>> = { present: 4, weak: 3, negated: 2, candidate: 1 };
export const STATUS_ORDER: readonly Exclude<Status, "missing">[] = ["present", "weak", "negated"];

/** Everything the verdict table looks at for one frame (or its absence) and one rule. */
export interface Facts {
  readonly frame?: Frame;
  readonly party: Party;
  /** The word a denial stands before, when it names another action than the rule's ("lämnas in"). */
  readonly otherAction?: string;
  /** The rule's own binding wording, when the unit has it ("kan komma att användas som mottagningsplats"). */
  readonly bindingTerm?: string;
  /** Whether the frame is only permissive or implicit, so the rule's binding wording may decide. */
  readonly permissive: boolean;
  /** Whether the unit softens explicitly ("bör", "i möjligaste mån"), which binding wording does not undo. */
  readonly explicitlySoft: boolean;
  readonly noDuty?: NoDuty;
  /** The opener of the condition the rule's words stand in alone ("om"). */
  readonly condition?: string;
  readonly design?: string;
  /** Why the clause is about something else than the rule asks, where the rule says what it must be about. */
  readonly about?: Message;
}

/** One row of the verdict table: when it holds, the status it gives, why, and how near a candidate came. */
interface VerdictRow {
  readonly id: string;
  readonly when: (f: Facts) => boolean;
  readonly status: FindingStatus;
  readonly reason: (f: Facts) => Message;
  /** Added to the share of the rule's concepts found, to rank near misses. */
  readonly score: number;
}

const sideName = (side: Side | "any"): Message => message(`side-${side}`);

const accepted = (party: Party, side: Bearer["side"]): boolean =>
  party === "any" || side === "implicit" || side === "both" || (party === "supplier" ? side === "supplier" || side === "supplier-org" : side === "buyer");

export function bearerReason(frame: Frame): Message {
  const b = frame.bearer;
  if (b.side === "implicit") return message(frame.passive ? "bearer-passive" : "bearer-unnamed");
  return message("bearer-on", { word: quoted(b.word ?? b.side) });
}

/** The verdict table, read top to bottom: the first row that holds decides. */
export const VERDICT: readonly VerdictRow[] = [
  { id: "other-action", when: (f) => f.otherAction !== undefined, status: "candidate", score: 0.6, reason: (f) => message("other-action", { word: quoted(f.otherAction ?? "") }) },
  {
    id: "denied",
    when: (f) => f.frame?.negation !== undefined,
    status: "negated",
    score: 1,
    reason: (f) => {
      const word = f.frame?.bearer.word;
      const negation = quoted(f.frame?.negation?.text ?? "");
      return word !== undefined ? message("denied-on", { negation, word }) : message("denied", { negation });
    },
  },
  { id: "design", when: (f) => f.design !== undefined, status: "candidate", score: 0.6, reason: (f) => message("design", { word: quoted(f.design ?? "") }) },
  {
    id: "binding-term",
    when: (f) => f.bindingTerm !== undefined && f.permissive && f.frame?.strength !== "binding" && !f.explicitlySoft,
    status: "present",
    score: 1,
    reason: (f) => message("binding-term", { term: quoted(f.bindingTerm ?? "") }),
  },
  { id: "no-duty-stated", when: (f) => f.frame === undefined && f.noDuty !== undefined, status: "candidate", score: 0.5, reason: (f) => message(`no-duty-${f.noDuty?.why ?? "description"}`, { words: quoted(f.noDuty?.text ?? "") }) },
  { id: "condition", when: (f) => f.frame === undefined && f.condition !== undefined, status: "candidate", score: 0.5, reason: (f) => message("condition-only", { opener: quoted(f.condition ?? "") }) },
  { id: "no-duty", when: (f) => f.frame === undefined, status: "candidate", score: 0.5, reason: () => message("no-duty") },
  {
    id: "party",
    when: (f) => f.frame !== undefined && !accepted(f.party, f.frame.bearer.side),
    status: "candidate",
    score: 0.7,
    reason: (f) => {
      const b = f.frame?.bearer;
      const side = b?.side === undefined || b.side === "implicit" ? "any" : b.side;
      return message("wrong-party", { who: sideName(side), word: quoted(b?.word ?? side), party: sideName(f.party === "buyer" ? "buyer" : f.party === "any" ? "any" : "supplier") });
    },
  },
  { id: "about", when: (f) => f.about !== undefined, status: "candidate", score: 0.7, reason: (f) => f.about ?? message("no-duty") },
  {
    id: "soft",
    when: (f) => f.frame?.strength === "soft",
    status: "weak",
    score: 1,
    reason: (f) => message("soft", { cue: quoted(f.frame?.cueText ?? ""), bearer: f.frame ? bearerReason(f.frame) : "" }),
  },
  {
    id: "softened",
    when: (f) => f.frame?.softener !== undefined,
    status: "weak",
    score: 1,
    reason: (f) => message("softened", { cue: quoted(f.frame?.cueText ?? ""), softener: quoted(f.frame?.softener ?? ""), bearer: f.frame ? bearerReason(f.frame) : "" }),
  },
  {
    id: "statement",
    when: (f) => f.frame?.strength === "statement",
    status: "present",
    score: 1,
    reason: (f) => message("statement", { cue: quoted(f.frame?.cueText ?? ""), bearer: f.frame ? bearerReason(f.frame) : "" }),
  },
  {
    id: "binding",
    when: () => true,
    status: "present",
    score: 1,
    reason: (f) => message("binding", { cue: quoted(f.frame?.cueText ?? ""), bearer: f.frame ? bearerReason(f.frame) : "" }),
  },
];

/** The first verdict row that holds for these facts. */
export function verdictOf(facts: Facts): { readonly row: string; readonly status: FindingStatus; readonly reason: Message; readonly score: number } {
  const row = VERDICT.find((r) => r.when(facts)) ?? (VERDICT[VERDICT.length - 1] as VerdictRow);
  return { row: row.id, status: row.status, reason: row.reason(facts), score: row.score };
}
