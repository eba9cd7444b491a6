import type { ConceptHit } from "../match/concepts.js";
import type { Side } from "../model/language.js";
import type { RuleSpec } from "../model/rule.js";
import type { Message } from "../messages/catalogue.js";
import { message, quoted } from "../messages/catalogue.js";
import type { UnitSyntax } from "./analysis.js";
import type { Frame } from "./cues.js";
import type { Lexicon } from "./lexicon.js";
import { hasClass } from "./tag.js";

/** Whose a thing named in a clause is: a party's side, or the law's. */
export type Owner = Side | "law";

/**
 * Whose the thing a hit names is: the genitive before it ("stadens riktlinjer"), an own-marker
 * ("sina egna rutiner"), the subject of a relative clause after it ("riktlinjer som nämnden
 * utfärdar"), a party after "från", or the law, when it is named together with a law noun
 * ("lagar och föreskrifter"). Undefined when the clause does not say.
 */
export function ownerOf(syntax: UnitSyntax, lexicon: Lexicon, hit: ConceptHit): Owner | undefined {
  const t = syntax.tagged.tokens;
  const { parse } = syntax;
  for (let j = hit.first - 1; j >= Math.max(0, hit.first - 3); j--) {
    const tok = t[j];
    if (tok === undefined) break;
    if (hasClass(tok, "own-marker")) return "supplier";
    if (tok.party?.genitive) return tok.party.side;
    if (tok.party !== undefined || hasClass(tok, "preposition") || hasClass(tok, "coordinator")) break;
  }
  const relative = parse.clauses.find((c) => c.kind === "relative" && c.opener !== undefined && c.opener > hit.last && c.opener <= hit.last + 2);
  const subject = relative?.subject === undefined ? undefined : t[relative.subject]?.party;
  if (subject !== undefined && !subject.genitive) return subject.side;
  if (hasClass(t[hit.last + 1], "source-preposition")) {
    for (let k = hit.last + 2; k <= hit.last + 4; k++) {
      const party = t[k]?.party;
      if (party !== undefined) return party.side;
      if (!hasClass(t[k], "determiner") && !hasClass(t[k], "article")) break;
    }
  }
  // "lagar och föreskrifter", "föreskrifter, lagar och förordningar": named as one of the law's.
  const law = lexicon.pack.context.law;
  const isLaw = (i: number): boolean => law.some((base) => lexicon.isFormOf(t[i]?.text ?? "", base));
  const joined = (from: number, step: number): boolean => {
    for (let k = from; k >= 0 && k < t.length && Math.abs(k - from) <= 4; k += step) {
      if (isLaw(k)) return true;
      const tok = t[k];
      if (tok === undefined || !(hasClass(tok, "coordinator") || hasClass(tok, "determiner") || hasClass(tok, "article") || tok.gap.includes(",") || tok.classes.length === 0)) return false;
      if (parse.clauseOf[k] !== parse.clauseOf[hit.first]) return false;
    }
    return false;
  };
  if (joined(hit.first - 1, -1) || joined(hit.last + 1, 1)) return "law";
  return undefined;
}

/** The tokens of the clauses in a scope that name whom the action goes to. */
function recipientsIn(syntax: UnitSyntax, scope: ReadonlySet<number>): number[] {
  return syntax.parse.clauses
    .filter((c) => c.kind !== "conditional" && c.kind !== "subordinate" && c.tokens.some((i) => scope.has(i)))
    .flatMap((c) => c.recipients)
    .filter((i) => scope.has(i));
}

/** Whether a hit is work done for the buyer: a task verb over the buyer's own thing, or work done "åt" the buyer. */
function doneForBuyer(syntax: UnitSyntax, frame: Frame, hit: ConceptHit, scope: ReadonlySet<number>): boolean {
  const t = syntax.tagged.tokens;
  const { clauses, clauseOf } = syntax.parse;
  // The verb of the hit's own clause ("*leda* kommunens arbete med informationssäkerhet och ta fram …"),
  // or of a clause it hangs from, up to the frame's ("*stödja* förvaltningen i arbetet med att ta fram …").
  const chain: number[] = [];
  for (let c: number | undefined = clauseOf[hit.first] ?? frame.clause; c !== undefined && !chain.includes(c); c = c === frame.clause ? undefined : clauses[c]?.parent) chain.push(c);
  if (!chain.includes(frame.clause)) chain.push(frame.clause);
  const isTask = (c: number): boolean => [clauses[c]?.main, clauses[c]?.finite].some((i) => i !== undefined && (t[i]?.verbs.some((v) => v.cls === "task") ?? false));
  const taskClause = chain.find(isTask);
  const buyerBefore = t.slice(Math.max(0, hit.first - 4), hit.first).some((tok) => tok.party?.genitive === true && tok.party.side === "buyer");
  const forBuyer = [...scope].some((i) => hasClass(t[i], "beneficiary-preposition") && [i + 1, i + 2].some((k) => t[k]?.party?.side === "buyer"));
  if (forBuyer) return true;
  if (taskClause === undefined) return false;
  // The buyer as the task's object: "stödja *förvaltningen*", "leda *kommunens* arbete".
  const finite = clauses[taskClause]?.finite ?? 0;
  const buyerObject = (clauses[taskClause]?.tokens ?? []).some((i) => scope.has(i) && i > finite && t[i]?.party?.side === "buyer");
  return buyerBefore || buyerObject;
}

/**
 * Why a clause is about something other than what the rule asks, where the rule says what it must
 * be about; undefined when it is what the rule asks. `hitsIn(c)` gives a concept's hits in the
 * frame's scope.
 */
export function aboutElse(rule: RuleSpec, syntax: UnitSyntax, lexicon: Lexicon, frame: Frame, scope: ReadonlySet<number>, hitsIn: (concept: string) => readonly ConceptHit[]): Message | undefined {
  const { match } = rule;
  const t = syntax.tagged.tokens;
  const words = (h: ConceptHit): string => t.slice(h.first, h.last + 1).map((x) => x.raw).join(" ");
  if (match.recipient === "buyer") {
    const recipients = recipientsIn(syntax, scope);
    const sides = recipients.map((i) => t[i]?.party?.side);
    if (recipients.length > 0 && !sides.some((s) => s === "buyer" || s === "both")) {
      const first = t[recipients[0] ?? -1];
      return message("wrong-recipient", { recipient: message(`side-${first?.party?.side ?? "third"}`), word: quoted(first?.raw ?? "") });
    }
  }
  for (const [concept, side] of Object.entries(match.owner)) {
    const hits = hitsIn(concept);
    const owners = hits.map((h) => ownerOf(syntax, lexicon, h));
    if (hits.length > 0 && owners.every((o) => o !== undefined && o !== side && o !== "both")) {
      const owner = owners[0] ?? "third";
      return message("foreign-owner", { named: quoted(words(hits[0] as ConceptHit)), owner: message(`side-${owner}`) });
    }
  }
  for (const [concept, limits] of Object.entries(match.notLimitedTo)) {
    const hits = hitsIn(concept);
    const limiting = limits.flatMap((l) => hitsIn(l));
    const clause = syntax.parse.clauses[frame.clause];
    const subjectLimit = limiting.find((l) => clause?.subject !== undefined && l.first <= clause.subject && clause.subject <= l.last);
    const limitOf = (h: ConceptHit): ConceptHit | undefined =>
      subjectLimit ?? limiting.find((l) => l.first > h.last && l.first - h.last <= 3 && t.slice(h.last + 1, l.first).some((x) => hasClass(x, "preposition")));
    if (hits.length > 0 && hits.every((h) => limitOf(h) !== undefined)) {
      const limit = limitOf(hits[0] as ConceptHit) as ConceptHit;
      return message("limited", { named: quoted(words(hits[0] as ConceptHit)), limit: quoted(words(limit)) });
    }
  }
  for (const concept of match.service) {
    const hits = hitsIn(concept);
    if (hits.length > 0 && hits.every((h) => doneForBuyer(syntax, frame, h, scope))) return message("service-bought", { word: quoted(words(hits[0] as ConceptHit)) });
  }
  return undefined;
}
