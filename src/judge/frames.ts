import type { Token } from "../model/unit.js";
import { isFormOf } from "../text/inflection.js";
import type { Side } from "./lexicon.js";
import {
  ADVERBS, BINDING_MODALS, BINDING_TAGS, CONDITIONAL_BEFORE, DUTY_VERBS, DUTY_WORDS, NEGATING_PHRASES, NEGATIONS,
  NOT_NEGATING_AFTER, NOT_VERBS, REQUIREMENT_PHRASES, REQUIREMENT_VERBS, SCOPE_VERBS, SOFT_MODALS, SOFT_TAGS, SOFT_VERBS, SOFTENERS,
} from "./lexicon.js";
import type { PartyMention, PartyOptions, WordMemo } from "./party.js";
import { partyAt } from "./party.js";

export type Strength = "binding" | "soft" | "statement";

/**
 * A duty frame: one modal verb (or duty verb, requirement tag, present-tense statement) with the
 * party that carries it, how strong it is and whether it is denied. A clause unit can hold several
 * ("Staden genomför … och leverantören ska …"); each governs the words from its subject to the
 * next frame's subject.
 */
export interface Frame {
  readonly cue: number;
  /** The words that made the frame, as written: "ska", "ansvarar", "behöver … inte". */
  readonly cueText: string;
  readonly scopeStart: number;
  readonly strength: Strength;
  readonly negation?: string;
  /** The word the negation stands before, where it follows the cue: "inte *lämnas* in". */
  readonly deniedAt?: number;
  readonly softener?: string;
  readonly actor: Side | "implicit";
  readonly actorWord?: string;
  readonly passive: boolean;
}

const SUBORDINATORS: ReadonlySet<string> = new Set([
  "att", "som", "om", "när", "där", "eftersom", "då", "innan", "medan", "tills", "ifall", "såvida", "vilket", "vilken", "vilka", "vars",
  "hur", "vad", "varför", "huruvida",
]);
const CONDITIONS: ReadonlySet<string> = new Set(["om", "när", "ifall", "såvida", "såframt", "då", "eftersom", "innan", "medan"]);
const NEGATING_DETERMINERS: ReadonlySet<string> = new Set(["ingen", "inget", "inga"]);
/** Words that may stand between a denial and the duty it governs: "omfattas inte av skyldigheten". */
const DENIAL_LINK: ReadonlySet<string> = new Set(["inte", "ej", "heller", "av", "från", "för", "den", "det", "de"]);
const AUXILIARIES: ReadonlySet<string> = new Set(["kunna", "behöva", "få", "vilja", "komma", "att", "därefter", "sedan"]);

const formOfAny = (token: string, bases: readonly string[]): boolean => bases.some((b) => isFormOf(token, b));

type VerbClass = "duty" | "requirement" | "soft-verb" | "scope";

/** Which kind of duty word a token is, if any; the answer depends on the word alone. */
function verbClass(w: string): VerbClass | undefined {
  if (w === "begäran") return undefined; // "på begäran": a noun, the request, not the one requiring
  if (formOfAny(w, DUTY_VERBS) || formOfAny(w, DUTY_WORDS)) return "duty";
  if (formOfAny(w, REQUIREMENT_VERBS)) return "requirement";
  if (formOfAny(w, SOFT_VERBS)) return "soft-verb";
  if (formOfAny(w, SCOPE_VERBS)) return "scope";
  return undefined;
}

function verbClassOf(w: string, memo: WordMemo | undefined): VerbClass | undefined {
  const known = memo?.cues.get(w);
  if (known !== undefined) return (known ?? undefined) as VerbClass | undefined;
  const found = verbClass(w);
  memo?.cues.set(w, found ?? null);
  return found;
}

/** Whether `phrase` (folded words) starts at token `i`. */
function phraseAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.text === w);
}

const splitWords = (phrases: readonly string[]): string[][] => phrases.map((p) => p.split(/[\s-]+/u));
const BINDING_TAG_WORDS = splitWords(BINDING_TAGS);
const SOFT_TAG_WORDS = splitWords(SOFT_TAGS);
const SOFTENER_WORDS = splitWords(SOFTENERS);
const NEGATING_WORDS = splitWords(NEGATING_PHRASES);
const REQUIREMENT_WORDS = splitWords(REQUIREMENT_PHRASES);

type Kind = "modal" | "soft-modal" | "duty" | "requirement" | "soft-verb" | "tag" | "soft-tag" | "negating" | "statement" | "passive-statement";

interface Cue {
  readonly at: number;
  readonly kind: Kind;
  readonly length: number;
}

/** Multi-word cues, checked in this order: requirement-table tags, requirement phrases, denials. */
const PHRASE_CUES: readonly (readonly [readonly string[][], Kind])[] = [
  [BINDING_TAG_WORDS, "tag"],
  [SOFT_TAG_WORDS, "soft-tag"],
  [REQUIREMENT_WORDS, "requirement"],
  [NEGATING_WORDS, "negating"],
];

function phraseCueAt(tokens: readonly Token[], i: number): { kind: Kind; length: number } | undefined {
  for (const [phrases, kind] of PHRASE_CUES) {
    const words = phrases.find((p) => phraseAt(tokens, i, p));
    if (words) return { kind, length: words.length };
  }
  return undefined;
}

function findCues(tokens: readonly Token[], parties: readonly (PartyMention | undefined)[], memo: WordMemo | undefined): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]?.text ?? "";
    const previous = cues[cues.length - 1];
    const phrase = phraseCueAt(tokens, i);
    if (phrase) {
      cues.push({ at: i, ...phrase });
      i += phrase.length - 1;
      continue;
    }
    if (BINDING_MODALS.has(w)) {
      cues.push({ at: i, kind: "modal", length: 1 });
      continue;
    }
    if (SOFT_MODALS.has(w)) {
      // "ska kunna", "måste få": the binding modal already made the frame.
      if (previous && previous.kind === "modal" && i - previous.at <= 3) continue;
      // "… ska ha reservrutiner så att tjänsten kan upprätthållas", "… system som kan synkroniseras":
      // a possibility inside a subordinate clause belongs to the duty before it.
      if (previous && (w === "kan" || w === "får") && tokens.slice(previous.at + 1, i).some((t) => SUBORDINATORS.has(t.text))) continue;
      // "… en handling som inte kan återfinnas, ska rapporteras": a relative clause describes a noun
      // and neither softens nor denies the duty of the sentence.
      if (isInRelativeClause(tokens, i)) continue;
      // "Leverantören får ett eget konto", "får tillgång till": to get something, not to be allowed.
      if (w === "får" && RECEIVED.has(tokens[i + 1]?.text ?? "")) continue;
      cues.push({ at: i, kind: "soft-modal", length: 1 });
      continue;
    }
    if (w === "svarar" || w === "svara") {
      if (tokens[i + 1]?.text === "för") cues.push({ at: i, kind: "duty", length: 2 });
      continue;
    }
    const verb = verbClassOf(w, memo);
    // "…, om kommunen begär det, …": a requirement or duty inside a condition binds no one by itself.
    if (verb !== undefined && verb !== "scope" && tokens.slice(Math.max(0, i - 3), i).some((t) => CONDITIONS.has(t.text))) continue;
    if (verb === "duty") {
      if (previous && (previous.kind === "modal" || previous.kind === "duty") && i - previous.at <= 3) continue;
      cues.push({ at: i, kind: "duty", length: 1 });
      continue;
    }
    if (verb === "requirement") {
      cues.push({ at: i, kind: "requirement", length: 1 });
      continue;
    }
    if (verb === "soft-verb") {
      if (previous && previous.kind === "modal" && i - previous.at <= 3) continue;
      cues.push({ at: i, kind: "soft-verb", length: 1 });
      continue;
    }
    // "omfattas inte", "ställs inte": denial without a modal.
    // "omfattas inte av", "omfattas Utförarens lokaler inte av": the negation may follow the subject.
    const negatedAt = [1, 2, 3, 4].find((k) => NEGATIONS.has(tokens[i + k]?.text ?? ""));
    if (verb === "scope" && negatedAt !== undefined && !NOT_NEGATING_AFTER.has(tokens[i + negatedAt + 1]?.text ?? "") && !partOfDocument(tokens, i + negatedAt)) {
      cues.push({ at: i, kind: "negating", length: 1 });
      continue;
    }
    // A present-tense statement with a named party as subject: "Leverantören genomför …".
    if (isPresentTenseAfterSubject(tokens, parties, i)) cues.push({ at: i, kind: "statement", length: 1 });
  }
  if (cues.length > 0) return cues;
  // With no other duty word, a present-tense passive may state the procedure: "Avvikelser
  // rapporteras till nämnden inom 24 timmar". The judge counts one only where it is the rule's own verb.
  const before = { condition: false, joined: false, passive: false }; // what the words so far hold
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && isPresentPassive(tokens, parties, i, before)) cues.push({ at: i, kind: "passive-statement", length: 1 });
    const w = tokens[i]?.text ?? "";
    // "om"/"när" opening a clause makes a condition; "uppgifter om avvikelser" does not.
    const opensClause = i === 0 || (tokens[i - 1]?.end ?? 0) < (tokens[i]?.start ?? 0) - 1;
    if ((w === "om" || w === "när") && opensClause) before.condition = true;
    if (w === "och" || w === "samt") before.joined = true;
    if (i > 0 && isPassiveForm(w) && parties[i] === undefined) before.passive = true;
  }
  // … and so may a relative clause: "… dokumenteras i en händelserapport som Leverantören registrerar i Bolagets system".
  for (let i = 2; i < tokens.length; i++) {
    if (RELATIVES.has(tokens[i - 2]?.text ?? "") && isPresentTenseAfterSubject(tokens, parties, i, true)) cues.push({ at: i, kind: "statement", length: 1 });
  }
  return cues.sort((a, b) => a.at - b.at);
}

/** "Planen ingår inte (heller) i kontraktshandlingarna", "… i priset": not part of a document or a price, which denies no duty. */
function partOfDocument(tokens: readonly Token[], negation: number): boolean {
  for (let k = negation + 1; k <= negation + 3; k++) {
    if (tokens[k]?.text === "i") return /^(?:kontraktshandling|avtalshandling|anbud|pris|ersättning|utvärdering|upphandlingsdokument)/u.test(tokens[k + 1]?.text ?? "");
  }
  return false;
}

/** "rapporteras", "anmäls", "genomförs", "delges": an s-passive in the present (genitives are ruled out below). */
const PRESENT_PASSIVE = /^\p{L}{2,}(?:[^s]as|[lrdv]s|ges)$/u;

/** "Ritningar bifogas": a document attached, not something handed over by anyone. */
const ATTACHED: ReadonlySet<string> = new Set(["bifogas", "biläggs", "bilägges"]);

/** Words shaped like an s-passive that are not verbs: genitives ("avtals", "ansvars") and others. */
const NOT_PASSIVE: ReadonlySet<string> = new Set(["vars", "dels", "annars", "mars", "avtals", "kvartals", "ansvars", "års", "förbands", "lands", "stads", "tills", "bevis"]);

const isPassiveForm = (w: string): boolean => (PRESENT_PASSIVE.test(w) || w === "sker") && !NOT_PASSIVE.has(w) && !NOT_VERBS.has(w) && !ATTACHED.has(w);

function isPresentPassive(
  tokens: readonly Token[], parties: readonly (PartyMention | undefined)[], i: number, before: { readonly condition: boolean; readonly joined: boolean; readonly passive: boolean },
): boolean {
  if (!isPassiveForm(tokens[i]?.text ?? "") || parties[i] !== undefined || before.condition) return false;
  let j = i - 1;
  while (j > 0 && ADVERBS.has(tokens[j]?.text ?? "")) j--;
  // "… händelser som rapporteras", "… att de anmäls": a subordinate clause states no procedure.
  if (SUBORDINATORS.has(tokens[j]?.text ?? "")) return false;
  // "Riktlinjerna riktar sig till stadens personal och tillämpas …": joined to a verb that is no
  // passive, it shares that verb's unknown subject; "hanteras enligt lex Sarah och rapporteras" is fine.
  return !before.joined || before.passive;
}

const RECEIVED: ReadonlySet<string> = new Set([
  "en", "ett", "ingen", "inget", "inga", "sin", "sitt", "sina", "tillgång", "ersättning", "betalt", "betalning", "information", "kännedom",
  "besked", "del", "kopia", "tillbaka", "uppdrag", "avdrag", "poäng", "behörighet", "åtkomst", "konto", "inloggning",
]);
/** "Nämnden rekommenderar att Leverantören …": the wish is on the one after "att" (the passive "rekommenderas" is not this). */
const RECOMMENDS = /^(?:rekommenderar|uppmanar|uppmuntrar|förväntar|önskar)$/u;
const RELATIVES: ReadonlySet<string> = new Set(["som", "vilka", "vilket", "vilken"]);

/** Whether token `i` is the verb of a relative clause: "som (inte) kan", "vilka ska". */
function isInRelativeClause(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && (NEGATIONS.has(tokens[j]?.text ?? "") || ADVERBS.has(tokens[j]?.text ?? "")) && i - j <= 3) j--;
  return j > 0 && RELATIVES.has(tokens[j]?.text ?? "");
}

function isPresentTenseAfterSubject(tokens: readonly Token[], parties: readonly (PartyMention | undefined)[], i: number, inRelative = false): boolean {
  const w = tokens[i]?.text ?? "";
  if (w.length < 3 || !w.endsWith("r") || NOT_VERBS.has(w) || parties[i] !== undefined || NEGATIONS.has(w)) return false;
  let j = i - 1;
  while (j >= 0 && ADVERBS.has(tokens[j]?.text ?? "") && i - j <= 2) j--;
  const subject = parties[j];
  if (subject === undefined || subject.genitive) return false;
  // A subordinate clause ("… att underleverantören genomför …") carries no duty of its own.
  return inRelative || !SUBORDINATORS.has(tokens[j - 1]?.text ?? "");
}

/** The nearest party before the cue, within its clause. */
function subjectBefore(tokens: readonly Token[], parties: readonly (PartyMention | undefined)[], cue: number, floor: number): PartyMention | undefined {
  for (let j = cue - 1; j >= Math.max(floor, cue - 9); j--) {
    // "… vilka förskolor som ska hållas öppna", "som inte ska": the relative pronoun is the subject;
    // "Kommunen som fastighetsägare … ansvarar": a "som" further back means "as".
    // The relative pronoun stands for the noun before it: "… respektive fastighetsförvaltare, som ansvarar för …".
    if (SUBORDINATORS.has(tokens[j]?.text ?? "") && tokens[j]?.text !== "att" && onlyAdverbsBetween(tokens, j, cue)) {
      const antecedent = RELATIVES.has(tokens[j]?.text ?? "") ? parties[j - 1] : undefined;
      return antecedent !== undefined && !antecedent.genitive ? antecedent : undefined;
    }
    const party = parties[j];
    // A genitive is a subject right before the verb ("Leverantörens personal ska") or opening the
    // clause ("Beställarens medarbetare som deltar … ansvarar"); elsewhere it owns something
    // ("… för Regionens säkerhetssamordnare … | Bör").
    if (party && (!party.genitive || j >= cue - 3 || j === floor)) return party;
    if (tokens[j]?.text === "att" && j === cue - 1) return undefined;
  }
  return undefined;
}

function onlyAdverbsBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const w = tokens[k]?.text ?? "";
    if (!ADVERBS.has(w) && !NEGATIONS.has(w)) return false;
  }
  return true;
}

/**
 * A subject right after the verb, when the clause opened with something else: "Vid leverans på
 * Regionens vårdenheter ska Leverantörens personal följa …". It wins over a genitive before the
 * verb, which owns something in the opening phrase.
 */
function invertedSubject(tokens: readonly Token[], parties: readonly (PartyMention | undefined)[], cue: number, before: PartyMention | undefined): PartyMention | undefined {
  // A party before the verb is its subject, unless a preposition governs it: "I samråd med Beställaren ska Leverantören …".
  if (before !== undefined && !before.genitive && !PREPOSITIONS.has(tokens[before.index - 1]?.text ?? "")) return undefined;
  const party = parties[cue + 1];
  if (party === undefined) return undefined;
  // "ska Leverantören …", "ska Leverantörens personal …" (not "… på Beställarens begäran").
  if (!party.genitive) return party;
  const owned = tokens[cue + 2]?.text ?? "";
  return owned !== "" && owned !== "begäran" && parties[cue + 2] === undefined && !ADVERBS.has(owned) ? party : undefined;
}

/** Whom a duty "åligger": the first party in the words after it ("åligger respektive verksamhet och fastighetsägare"). */
function bearerNamedAfter(tokens: readonly Token[], parties: readonly (PartyMention | undefined)[], cue: number): PartyMention | undefined {
  for (let k = cue + 1; k <= cue + 5 && k < tokens.length; k++) {
    if (tokens[k]?.text === "att") return undefined;
    const party = parties[k];
    if (party !== undefined && !party.genitive) return party;
  }
  return undefined;
}

/** An adjective or participle before a noun: "placerande nämnd", "berörd förvaltning", "ansvarig nämnd". */
const ATTRIBUTIVE = /^\p{L}{3,}(?:ande|ende|ad|ade|erad|d|da|ig|iga|lig|liga|sk|ska)$/u;

/** An inverted subject: "Vid incident ska Leverantören …", "… kan placerande nämnd precisera …". */
function subjectAfter(tokens: readonly Token[], parties: readonly (PartyMention | undefined)[], cue: number): PartyMention | undefined {
  for (let j = cue + 1; j <= cue + 3 && j < tokens.length; j++) {
    const party = parties[j];
    if (party && !party.genitive) return party;
    const w = tokens[j]?.text ?? "";
    const next = parties[j + 1];
    if (next && !next.genitive && ATTRIBUTIVE.test(w)) return next;
    if (!ADVERBS.has(w) && !NEGATIONS.has(w) && w !== "den" && w !== "det") return undefined;
  }
  return undefined;
}

/** "ska rapporteras", "ska årligen genomföras", "ska kunna användas": a passive verb after the cue. */
function isPassiveAfter(tokens: readonly Token[], parties: readonly (PartyMention | undefined)[], cue: number): boolean {
  for (let j = cue + 1; j <= cue + 5 && j < tokens.length; j++) {
    const w = tokens[j]?.text ?? "";
    if (ADVERBS.has(w) || NEGATIONS.has(w) || AUXILIARIES.has(w) || (parties[j] !== undefined && !parties[j]?.genitive)) continue;
    return w.length >= 4 && /[^s]s$/u.test(w) && parties[j] === undefined;
  }
  return false;
}

/**
 * A capitalised definite noun opening the clause of a duty verb, with no party in between:
 * "Museet ansvarar …", "Skolan är verksamhetsutövare och svarar för …".
 */
function namedSubject(tokens: readonly Token[], parties: readonly (PartyMention | undefined)[], cue: number): string | undefined {
  const raw = tokens[0]?.raw ?? "";
  if (raw.length < 5 || !/^\p{Lu}\p{Ll}+(?:en|et|n|t)$/u.test(raw) || /^(?:Detta|Denna|Dessutom)$/u.test(raw)) return undefined;
  for (let j = 0; j < cue; j++) if (parties[j] !== undefined || SUBORDINATORS.has(tokens[j]?.text ?? "")) return undefined;
  return raw;
}

/** "Ansvaret för brandskyddet ligger hos Beställaren", "… åvilar nämnden": a duty noun whose bearer comes after it. */
function bearerAfter(tokens: readonly Token[], parties: readonly (PartyMention | undefined)[], cue: number, end: number): PartyMention | undefined {
  if (!/^(?:ansvar|ansvaret|skyldighet|skyldigheten|åtagande|åtagandet)$/u.test(tokens[cue]?.text ?? "")) return undefined;
  for (let j = cue + 1; j < Math.min(end, cue + 14); j++) {
    const w = tokens[j]?.text ?? "";
    const via = w === "åvilar" || w === "tillkommer" ? j + 1 : (w === "ligger" || w === "vilar") && (tokens[j + 1]?.text === "hos" || tokens[j + 1]?.text === "på") ? j + 2 : -1;
    if (via < 0) continue;
    for (let k = via; k <= via + 1; k++) if (parties[k]) return parties[k];
  }
  return undefined;
}

/** The subject a verb shares with the one before it, when "och" or "samt" joins them: "äger … och svarar för". */
function coordinatedSubject(tokens: readonly Token[], cue: number, floor: number, previous: PartyMention | undefined): PartyMention | undefined {
  if (previous === undefined || previous.genitive) return undefined;
  let j = cue - 1;
  while (j >= floor && ADVERBS.has(tokens[j]?.text ?? "")) j--;
  if (j < floor || !/^(?:och|samt)$/u.test(tokens[j]?.text ?? "")) return undefined;
  for (let k = floor; k < j; k++) if (SUBORDINATORS.has(tokens[k]?.text ?? "")) return undefined;
  return previous;
}

/** The party after "att", "av" or "på" that a requirement falls on: "kräver att leverantören …". */
function partyAfterMarker(tokens: readonly Token[], parties: readonly (PartyMention | undefined)[], cue: number, end: number): PartyMention | undefined {
  for (let j = cue + 1; j < Math.min(end, cue + 8); j++) {
    const w = tokens[j]?.text ?? "";
    if ((w === "att" || w === "av" || w === "på" || w === "från") && parties[j + 1]) return parties[j + 1];
    if ((w === "att" || w === "av" || w === "på") && parties[j + 2] && ADVERBS.has(tokens[j + 1]?.text ?? "")) return parties[j + 2];
  }
  return undefined;
}

/**
 * The agent of a passive verb: "ska rapporteras av leverantören", or the one a passive requirement
 * falls on: "ska ställas krav på leverantören". "… på kommunens blankett" names no agent.
 */
function passiveAgent(tokens: readonly Token[], parties: readonly (PartyMention | undefined)[], cue: number, end: number): PartyMention | undefined {
  for (let j = cue + 1; j < Math.min(end, cue + 8); j++) {
    const w = tokens[j]?.text ?? "";
    const marks = w === "av" || ((w === "på" || w === "från") && /^krav(?:et|en)?$/u.test(tokens[j - 1]?.text ?? ""));
    if (!marks) continue;
    // "av leverantören", "av den beställande enheten", "av Regionens personal"; not "med hjälp av
    // stadens incidentsystem": a genitive is the agent only when it owns people.
    for (let k = j + 1; k <= j + 3; k++) {
      const party = parties[k];
      if (party && (!party.genitive || PEOPLE.test(tokens[k + 1]?.text ?? ""))) return party;
      if (party) break;
      const w = tokens[k]?.text ?? "";
      if (!ADVERBS.has(w) && !DETERMINERS.has(w) && !ATTRIBUTIVE.test(w)) break;
    }
  }
  return undefined;
}

const PREPOSITIONS: ReadonlySet<string> = new Set(["med", "av", "till", "för", "hos", "från", "mot", "åt", "på", "i", "enligt", "efter", "genom", "utan", "än"]);

/** Nouns for a party's people: "Leverantörens personal", "Regionens handläggare". */
const PEOPLE = /^(?:personal|personalen|medarbetare|medarbetarna|anställda|representant|representanter|företrädare|handläggare|handläggaren|ombud|ombudet|tekniker|teknikerna|chef|chefen|samordnare|samordnaren|\p{L}*samordnare|\p{L}*ansvarig|\p{L}*ansvarige)$/u;

const DETERMINERS: ReadonlySet<string> = new Set(["den", "det", "de", "en", "ett", "denna", "detta", "respektive", "varje", "berörd", "berörda"]);

interface Denial {
  readonly word: string;
  /** The verb the negation stands before ("inte lämnas in"), when it follows the cue. */
  readonly verb?: number;
}

/** The first word after a negation that is not an adverb or auxiliary: what is denied. */
function deniedVerb(tokens: readonly Token[], negation: number): number | undefined {
  for (let j = negation + 1; j < Math.min(tokens.length, negation + 5); j++) {
    const w = tokens[j]?.text ?? "";
    if (ADVERBS.has(w) || AUXILIARIES.has(w) || NEGATIONS.has(w) || w === "heller" || w === "alls") continue;
    return j;
  }
  return undefined;
}

function negationAfter(tokens: readonly Token[], cue: number, cueLength: number, modal: boolean): Denial | undefined {
  const denial = negationIndex(tokens, cue, cueLength, modal);
  if (denial === undefined) return undefined;
  // "inte lämnas in": the verb after the negation; "Ingen riskbedömning ska bifogas": after the modal.
  const verb = deniedVerb(tokens, denial > cue ? denial : cue + cueLength - 1);
  return { word: tokens[denial]?.raw ?? "", ...(verb !== undefined ? { verb } : {}) };
}

function negationIndex(tokens: readonly Token[], cue: number, cueLength: number, modal: boolean): number | undefined {
  const from = cue + cueLength;
  for (let j = from; j < from + 4 && j < tokens.length; j++) {
    const w = tokens[j]?.text ?? "";
    const isNegation = NEGATIONS.has(w) || (NEGATING_DETERMINERS.has(w) && j - from <= 1);
    if (!isNegation) continue;
    if (NOT_NEGATING_AFTER.has(tokens[j + 1]?.text ?? "")) continue;
    // "får inte underlåta att", "ska aldrig försumma att": a denied omission is a duty.
    if (/^(?:underlåta|underlåter|försumma|försummar|avstå|avstår)$/u.test(tokens[j + 1]?.text ?? "")) continue;
    if (CONDITIONAL_BEFORE.has(tokens[j - 1]?.text ?? "") || CONDITIONAL_BEFORE.has(tokens[j - 2]?.text ?? "")) continue;
    return j;
  }
  // "Ingen riskbedömning ska bifogas", "Inga avvikelser behöver rapporteras": a subject denied
  // (before ska, måste, behöver; "inget åtagande" is a commitment not given, often in a condition).
  for (let j = cue - 1; modal && j >= Math.max(0, cue - 3); j--) {
    const w = tokens[j]?.text ?? "";
    if (SUBORDINATORS.has(w)) break;
    if (NEGATING_DETERMINERS.has(w)) return j;
  }
  // "är inte skyldig", "är inte heller skyldig", "inte ansvarar för"
  for (let j = cue - 1; j >= Math.max(0, cue - 3); j--) {
    const w = tokens[j]?.text ?? "";
    if (NEGATIONS.has(w)) return CONDITIONAL_BEFORE.has(tokens[j - 1]?.text ?? "") ? undefined : j;
    if (w !== "heller" && w !== "alls" && w !== "längre" && w !== "är" && w !== "vara") return undefined;
  }
  return undefined;
}

function phraseIn(tokens: readonly Token[], from: number, to: number, phrases: readonly string[][]): string | undefined {
  for (let i = from; i < to; i++) {
    const found = phrases.find((words) => phraseAt(tokens, i, words));
    if (found) return found.join(" ");
  }
  return undefined;
}

export function dutyFrames(tokens: readonly Token[], options: PartyOptions): Frame[] {
  const parties = tokens.map((_, i) => partyAt(tokens, i, options));
  const cues = findCues(tokens, parties, options.memo);
  let previousActor: PartyMention | undefined;
  const drafts = cues.map((cue, k) => {
    const floor = k > 0 ? (cues[k - 1]?.at ?? 0) + 1 : 0;
    const next = cues[k + 1]?.at ?? tokens.length;
    const cueText = tokens.slice(cue.at, cue.at + cue.length).map((t) => t.raw).join(" ");
    const before = subjectBefore(tokens, parties, cue.at, floor);
    const passive = cue.kind === "passive-statement" || ((cue.kind === "modal" || cue.kind === "soft-modal") && isPassiveAfter(tokens, parties, cue.at));
    let actor: PartyMention | undefined;
    if (cue.kind === "requirement" || (cue.kind === "soft-verb" && RECOMMENDS.test(tokens[cue.at]?.text ?? ""))) actor = partyAfterMarker(tokens, parties, cue.at, next) ?? (cue.kind === "soft-verb" ? before : undefined);
    else if (cue.kind === "tag" || cue.kind === "soft-tag") actor = undefined;
    else if (passive) actor = passiveAgent(tokens, parties, cue.at, next);
    else if (tokens[cue.at]?.text === "åligger" || tokens[cue.at]?.text === "åläggs") actor = bearerNamedAfter(tokens, parties, cue.at) ?? before;
    else actor = bearerAfter(tokens, parties, cue.at, next) ?? invertedSubject(tokens, parties, cue.at, before) ?? before ?? subjectAfter(tokens, parties, cue.at);
    if (cue.kind === "negating" && actor === undefined) actor = before;
    // "Kommunen äger simhallen och svarar för brandskyddsarbetet": a verb joined by "och" shares the subject.
    if (actor === undefined && !passive && cue.kind !== "tag" && cue.kind !== "soft-tag" && cue.kind !== "requirement") actor = coordinatedSubject(tokens, cue.at, floor, previousActor);
    previousActor = actor;
    // "Museet svarar för brandskyddsarbetet": a named body that is neither party carries the duty.
    const other = actor === undefined && cue.kind === "duty" ? namedSubject(tokens, parties, cue.at) : undefined;
    // "Inga avvikelser får lämnas orapporterade" forbids, and a prohibition is a duty: only a modal of duty counts here.
    const denied = negationAfter(tokens, cue.at, cue.length, cue.kind === "modal");
    const negation = cue.kind === "negating" ? [cueText, denied?.word].filter((w) => w !== undefined).join(" ") : denied?.word;
    // "Riskbedömningen behöver inte lämnas in": what is denied is the verb after the negation.
    const deniedAt = cue.kind === "negating" ? undefined : denied?.verb;
    // "får inte underlåta att": a possibility denied its omission is a duty.
    const omissionDenied = [1, 2].some((k) => NEGATIONS.has(tokens[cue.at + k]?.text ?? "") && /^(?:underlåta|försumma|avstå)/u.test(tokens[cue.at + k + 1]?.text ?? ""));
    const strength: Strength =
      (cue.kind === "soft-modal" && !omissionDenied) || cue.kind === "soft-verb" || cue.kind === "soft-tag" ? "soft" : cue.kind === "statement" || cue.kind === "passive-statement" ? "statement" : "binding";
    const scopeStart = before && before.index < cue.at && before.index >= floor ? before.index : cue.at;
    return { cue: cue.at, cueText, scopeStart, strength, negation, deniedAt, actor, other, passive, cueLength: cue.length };
  });
  // A sentence that opens with a requirement ("Krav på att …", "Kravet om …") and ends by denying it.
  const opensWithRequirement = /^(?:krav|kravet|kraven)$/u.test(tokens[0]?.text ?? "") && /^(?:på|om|att)$/u.test(tokens[1]?.text ?? "");
  const denialAt = opensWithRequirement ? drafts.findIndex((d, k) => k > 0 && d.negation !== undefined && cues[k]?.kind === "negating") : -1;
  const requirementDenied = denialAt > 0 ? { index: denialAt, negation: drafts[denialAt]?.negation ?? "" } : undefined;
  return drafts.map((d, k) => {
    const end = drafts[k + 1]?.scopeStart ?? tokens.length;
    const softener = phraseIn(tokens, d.scopeStart, end, SOFTENER_WORDS);
    // "Det finns inget krav på att leverantören ska …", "omfattas inte av skyldigheten att …": a duty
    // in a clause that a denial governs is denied too; and so is every duty in a requirement that
    // is then denied ("Krav på att Entreprenören ska genomföra RSA ställs inte").
    const governing = drafts[k - 1];
    const governed = tokens[d.scopeStart - 1]?.text === "att" || (governing !== undefined && d.cue - governing.cue <= 4 && tokens.slice(governing.cue + governing.cueLength, d.cue).every((t) => DENIAL_LINK.has(t.text)));
    const inherited = governing?.negation !== undefined && governed ? governing.negation : undefined;
    const denied = requirementDenied !== undefined && k < requirementDenied.index ? requirementDenied.negation : undefined;
    const negation = d.negation ?? inherited ?? denied ?? phraseIn(tokens, d.cue + d.cueLength, end, NEGATING_WORDS);
    return {
      cue: d.cue,
      cueText: d.cueText,
      scopeStart: d.scopeStart,
      strength: d.strength,
      passive: d.passive,
      actor: d.actor?.side ?? (d.other !== undefined ? "third" : "implicit"),
      ...(d.actor ? { actorWord: d.actor.word } : d.other !== undefined ? { actorWord: d.other } : {}),
      ...(negation !== undefined ? { negation } : {}),
      ...(d.negation !== undefined && d.deniedAt !== undefined ? { deniedAt: d.deniedAt } : {}),
      ...(softener !== undefined ? { softener } : {}),
    };
  });
}

/**
 * The frame that governs token `index`: the last one whose scope starts at or before it. A word
 * before every frame is in the subject, which the main verb governs: the first modal or duty
 * ("En sammanfattning av resultatet och de åtgärder Leverantören planerar bör presenteras"),
 * not a verb inside the subject.
 */
export function governingFrame(frames: readonly Frame[], index: number): Frame | undefined {
  let found: Frame | undefined;
  for (const frame of frames) {
    if (frame.scopeStart <= index) found = frame;
    else break;
  }
  return found ?? frames.find((f) => f.strength !== "statement") ?? frames[0];
}
