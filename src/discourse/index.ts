import type { LanguagePack, SectionContext } from "../model/language.js";
import type { ClauseUnit } from "../model/unit.js";
import { ANSWER_LABEL, QUESTION_LABEL } from "../text/signals.js";
import type { AnaphorCues } from "./anaphora.js";
import { anaphorCues, anaphorsIn, referentsOf, sameStretch } from "./anaphora.js";
import type { Context, ContextCues } from "./context.js";
import { contextCues, trailContext, unitContext } from "./context.js";
import type { ClausePlace, StrikeCues, Strike } from "./strikes.js";
import { clausePlaces, strikeCues, strikesWhatItNames, struckBy } from "./strikes.js";

/** A pack's discourse cues, compiled once per run. */
export interface DiscourseCues {
  readonly context: ContextCues;
  readonly strikes: StrikeCues;
  readonly anaphors: AnaphorCues;
}

export function discourseCues(pack: LanguagePack): DiscourseCues {
  return { context: contextCues(pack), strikes: strikeCues(pack), anaphors: anaphorCues(pack) };
}

/**
 * How the units of one document hang together, as tables indexed by unit: where each stands,
 * what it refers back to, which question it answers, and whether a strike removes it.
 */
export interface DiscourseLinks {
  readonly context: readonly Context[];
  /** The question unit that an answer's opening ("Svar: …") answers, or -1. */
  readonly answers: readonly number[];
  /** The units a unit refers back to ("Analysen ska …" → the sentence with the RSA), nearest first. */
  readonly referents: readonly (readonly number[])[];
  /** Whether the unit points back by a noun ("analysen"), which makes it a mention, not a pronoun. */
  readonly pointsByNoun: readonly boolean[];
  /** The token indexes of a unit's noun anaphors and the words their antecedents may be named by. */
  readonly nounAnaphors: readonly (readonly { readonly index: number; readonly heads: readonly string[] }[])[];
  /** The sentence that strikes the unit's clause out ("Punkt 5.2 … utgår"), or the unit itself when it strikes what it names. */
  readonly struck: readonly (string | undefined)[];
  readonly striking: readonly boolean[];
  readonly places: readonly ClausePlace[];
}

/** Links a document's units; `strikes` are those of the whole bundle (an amendment may strike another document's clause). */
export function linkUnits(units: readonly ClauseUnit[], cues: DiscourseCues, strikes: readonly Strike[]): DiscourseLinks {
  const places = clausePlaces(units);
  const context: Context[] = [];
  const answers: number[] = [];
  const referents: number[][] = [];
  const pointsByNoun: boolean[] = [];
  const nounAnaphors: { index: number; heads: readonly string[] }[][] = [];
  const struck: (string | undefined)[] = [];
  const striking: boolean[] = [];
  const section = (u: ClauseUnit): string => u.block.trail.join("\u0001");
  const trails = new Map<string, SectionContext | undefined>();
  let question = -1;
  let answering: string | undefined; // the section whose answer is being read
  for (const [i, unit] of units.entries()) {
    // An answer's label opens its paragraph ("Svar: …"), or a sentence after the question in one ("Fråga 7: …? Svar: Ja. …").
    const answerBlock = ANSWER_LABEL.test(unit.block.text) || ANSWER_LABEL.test(unit.quote);
    const q = units[question];
    const answer = q !== undefined && answerBlock && sameStretch(q, unit) ? question : -1;
    // An answer goes on after its "Svar:" paragraph until the next question ("### Fråga 6").
    const here = section(unit);
    if (answerBlock) answering = here;
    else if (answering !== here || unit.kind === "heading" || (QUESTION_LABEL.test(unit.block.text) && !(units[i - 1]?.block === unit.block && answering !== undefined))) answering = undefined;
    if (!trails.has(here)) trails.set(here, trailContext(unit.block.trail, cues.context));
    context.push(unitContext(unit, cues.context, answering !== undefined, trails.get(here)));
    const anaphors = anaphorsIn(unit, cues.anaphors);
    const pointed = referentsOf(i, units, anaphors, referents, cues.anaphors);
    // The question lends its topic to the answer's opening ("Svar: Ja, senast den 31 mars."), not
    // to every sentence after it, which says what it says.
    const opensAnswer = answer >= 0 && ANSWER_LABEL.test(unit.quote);
    const previous = units[i - 1];
    const asked = opensAnswer ? answer : previous !== undefined && context[i - 1] === "question" && sameStretch(previous, unit) ? i - 1 : -1;
    referents.push([...(pointed ?? []), ...(asked >= 0 && !pointed?.includes(asked) ? [asked] : [])]);
    answers.push(answer);
    const nouns = anaphors.filter((a) => a.heads.length > 0);
    nounAnaphors.push(nouns);
    pointsByNoun.push(nouns.length > 0);
    const strikesItself = strikesWhatItNames(unit, cues.strikes);
    striking.push(strikesItself);
    struck.push(strikesItself ? unit.quote : struckBy(unit, places[i] ?? { paragraph: 0 }, strikes));
    if (context[i] === "question") question = i;
  }
  return { context, answers, referents, pointsByNoun, nounAnaphors, struck, striking, places };
}
