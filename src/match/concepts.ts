import type { Concept } from "../model/rule.js";
import type { ClauseUnit } from "../model/unit.js";
import { isFormOf } from "../text/inflection.js";
import { MATCHERS } from "./kinds.js";
import type { TermHit, TermMatcher } from "./types.js";
import { termWords } from "./words.js";

export interface ConceptHit extends TermHit {
  readonly concept: string;
  /** The term as the rule author wrote it. */
  readonly term: string;
}

export interface CompiledConcept {
  readonly id: string;
  find(unit: Pick<ClauseUnit, "tokens" | "norm">): ConceptHit[];
}

/** Compiles a concept's terms once; `find` then returns its hits in a unit, exceptions removed. */
export function compileConcept(concept: Concept): CompiledConcept {
  const matchers: TermMatcher[] = concept.terms.map((term) => MATCHERS[term.form](term));
  const exceptions = concept.except.map(termWords).filter((w) => w.length > 0);
  const excepted = (unit: Pick<ClauseUnit, "tokens">, hit: TermHit): boolean =>
    exceptions.some((words) => {
      // An exception matches at the hit's first token, or ends at it ("följa upp", "personalkontinuitet").
      for (let offset = 0; offset < words.length; offset++) {
        const start = hit.first - offset;
        if (start < 0) continue;
        if (words.every((w, k) => isFormOf(unit.tokens[start + k]?.text ?? "", w, true))) return true;
      }
      return false;
    });
  return {
    id: concept.id,
    find(unit) {
      const hits: ConceptHit[] = [];
      for (const matcher of matchers) {
        for (const hit of matcher.find(unit)) {
          if (!excepted(unit, hit)) hits.push({ ...hit, concept: concept.id, term: matcher.term.text });
        }
      }
      return hits.sort((a, b) => a.start - b.start || b.end - a.end);
    },
  };
}
