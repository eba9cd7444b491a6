import type { ClauseKind, WordClass } from "../model/language.js";
import type { Lexicon } from "./lexicon.js";
import type { Tagged, TaggedUnit } from "./tag.js";
import { hasClass } from "./tag.js";

/**
 * A clause of a unit, as a shallow parser sees it: its kind and the clause it depends on, its own
 * tokens (a relative clause inside it cuts a hole), its verb group and its slots. Token numbers
 * are indexes into the unit's tokens.
 */
export interface Clause {
  readonly id: number;
  readonly kind: ClauseKind;
  // Every key is always there (undefined when it does not apply): one shape for every clause.
  /** The clause this one depends on; for a coordinate clause, the conjunct before it. */
  readonly parent: number | undefined;
  /** The word that opened it: "att", "som", "om", "och". */
  readonly opener: number | undefined;
  readonly tokens: readonly number[];
  /** The finite verb; a coordinate clause of verbs ("ska upprätta och redovisa") shares its conjunct's. */
  readonly finite: number | undefined;
  /** The main verb of the verb group: "ska *rapporteras*", "har *beskrivit*"; the finite verb when it stands alone. */
  readonly main: number | undefined;
  readonly negations: readonly number[];
  readonly voice: "active" | "passive";
  /** The subject's head: a party, a pronoun, or the noun before the finite verb. */
  readonly subject: number | undefined;
  /** A passive's agent after "av". */
  readonly agent: number | undefined;
  /** Parties named as whom the action goes to: "till beställaren", "i stadens system". */
  readonly recipients: readonly number[];
  /** A coordinate clause opened by a word of contrast ("men"), after which a denial does not carry over. */
  readonly contrast: boolean;
}

export interface Parse {
  readonly clauses: readonly Clause[];
  /** For each token, the clause it belongs to. */
  readonly clauseOf: readonly number[];
}

interface Draft {
  id: number;
  kind: ClauseKind;
  parent: number | undefined;
  opener: number | undefined;
  tokens: number[];
  finite: number | undefined;
  /** A finite verb read from the word's shape alone, which a modal after it may overrule. */
  weakFinite: boolean;
  contrast: boolean;
  /** A coordinate clause of verbs that shares its conjunct's finite verb ("ska upprätta och redovisa"). */
  sharesFinite: boolean;
}

/** Punctuation that ends every open clause: a semicolon, a table cell, a bracket. */
const HARD = /[;|()]/u;
const COMMA = /[,–—]/u;

export function parseClauses(lexicon: Lexicon, unit: TaggedUnit): Parse {
  const t = unit.tokens;
  const cls = (i: number, c: WordClass): boolean => hasClass(t[i], c);
  const inPhrase = (i: number): boolean => t[i]?.phrase !== undefined;
  /** A phrase row's tokens act as one adverbial, except a duty phrase ("svarar för"), whose first word is a verb. */
  const inert = (i: number): boolean => {
    const p = t[i]?.phrase;
    return p !== undefined && unit.phrases[p]?.row.effect.kind !== "duty";
  };
  const skippable = (i: number): boolean => cls(i, "adverb") || cls(i, "negator") || inert(i);

  const strongFinite = (i: number): boolean =>
    !inert(i) && (cls(i, "modal-binding") || cls(i, "modal-soft") || cls(i, "modal-possible") || cls(i, "auxiliary") || cls(i, "future") || cls(i, "copula"));
  const verbish = (i: number): boolean => {
    const tok = t[i];
    if (tok === undefined || tok.party !== undefined || inert(i)) return false;
    // The first part of an elided compound is no verb: "kultur- och fritidsförvaltningen".
    const next = t[i + 1];
    if (next !== undefined && next.gap === "-" && hasClass(next, "coordinator")) return false;
    return tok.shape.present || tok.shape.passive || tok.shape.past;
  };
  /** A word that names a thing and can stand before a verb as its subject. */
  const nominal = (i: number): boolean => {
    const tok = t[i];
    if (tok === undefined) return false;
    if (tok.party !== undefined) return !tok.party.genitive;
    if (cls(i, "subject-pronoun")) return true;
    return tok.classes.length === 0 && !inert(i) && !lexicon.isAttributive(tok.text) && !/^\d+$/u.test(tok.text);
  };
  /** The head of a noun phrase starting at `i`: past its determiners, genitives and adjectives ("Beställarens riktlinjer"). */
  const headOf = (i: number): number => {
    // "… men den behöver inte …": a pronoun before a verb is the subject itself.
    if (cls(i, "subject-pronoun") && (strongFinite(i + 1) || verbish(i + 1))) return i;
    let j = i;
    while (j < t.length - 1 && (cls(j, "determiner") || cls(j, "article") || cls(j, "own-marker") || t[j]?.party?.genitive === true || (t[j]?.classes.length === 0 && lexicon.isAttributive(t[j]?.text ?? "")))) j++;
    return j;
  };
  const modal = (i: number | undefined): boolean => i !== undefined && (cls(i, "modal-binding") || cls(i, "modal-soft") || cls(i, "modal-possible") || cls(i, "future"));
  const genitive = lexicon.pack.morphology.genitive;
  const genitiveEndings = lexicon.pack.morphology.genitiveEndings;
  const afterFunctionWord = (i: number): boolean => {
    const before = t[i - 1];
    // A phrase row acts as one adverbial: "I övrigt *följer* vi …" is no determiner before a noun.
    if (before === undefined || inert(i - 1)) return false;
    // After a genitive comes its noun: "Tvätteriets lokaler", "Leverantörens riktlinjer".
    const genitiveNoun = genitive !== "" && before.classes.length === 0 && before.party === undefined && genitiveEndings.some((e) => before.text.endsWith(e)) && !before.shape.passive;
    return hasClass(before, "preposition") || hasClass(before, "determiner") || hasClass(before, "coordinator") || hasClass(before, "own-marker") || hasClass(before, "negating-determiner") || before.party?.genitive === true || genitiveNoun;
  };
  /**
   * Whether a lexical verb at `i` can be a finite verb: a classed verb ("ansvarar", "omfattas"),
   * even after a pronoun ("Det åligger"); a verb shape in the present right after a subject; a
   * past only after a party or pronoun ("begränsade" after a noun is an adjective).
   */
  const weakFiniteAt = (i: number, draft: Draft): boolean => {
    const tok = t[i];
    if (tok === undefined || !verbish(i) || i === draft.opener) return false;
    // An infinitival att-clause ("att rapportera incidenter") has no finite verb of its own.
    if (draft.kind === "complement" && draft.tokens.some((k) => k !== draft.opener && !skippable(k) && (t[k]?.shape.infinitive || (t[k]?.verbs.length ?? 0) > 0) && k === draft.tokens.find((x) => x !== draft.opener && !skippable(x)))) return false;
    const before = t[i - 1];
    const pronoun = before !== undefined && hasClass(before, "subject-pronoun") && draft.tokens.includes(i - 1);
    if (afterFunctionWord(i) && !(pronoun && tok.verbs.length > 0)) return false;
    if (tok.verbs.length > 0 && (tok.shape.present || tok.shape.passive)) return true;
    let j = i - 1;
    while (j >= 0 && skippable(j) && draft.tokens.includes(j)) j--;
    // Right after a clause inside this one: the verb of this clause comes next ("…, om att … till B, *utgår*").
    if (j >= 0 && !draft.tokens.includes(j) && drafts.some((x) => x.parent === draft.id && x.tokens.includes(j))) return tok.shape.present || tok.shape.passive;
    if (j < 0 || !draft.tokens.includes(j)) {
      // Verb second: after a fronted adverbial, a present verb with its subject right after it
      // ("I övrigt så *följer* vi …").
      const inverted = tok.shape.present && draft.tokens.length > 0 && (cls(i + 1, "subject-pronoun") || (t[i + 1]?.party !== undefined && t[i + 1]?.party?.genitive !== true));
      return (tok.shape.passive || inverted) && draft.kind === "main" && draft.tokens.length > 0;
    }
    if (j === draft.opener) return hasClass(t[j], "relative") && (tok.shape.present || tok.shape.passive || tok.shape.past);
    if (!tok.shape.present && !tok.shape.passive) return t[j]?.party !== undefined || cls(j, "subject-pronoun");
    return nominal(j);
  };

  /** A verb ahead, before the next opener or boundary: what makes "som" and "om" open a clause. */
  const verbAhead = (i: number, needSubject: boolean): boolean => {
    for (let j = i + 1; j < t.length; j++) {
      const tok = t[j];
      if (tok === undefined || HARD.test(tok.gap) || (j > i + 1 && COMMA.test(tok.gap))) return false;
      if (inert(j)) continue;
      if (hasClass(tok, "subordinator") || hasClass(tok, "relative") || hasClass(tok, "conditional")) return false;
      if (strongFinite(j)) return !needSubject || j > i + 1;
      if (verbish(j) && !afterFunctionWord(j) && (!needSubject || j > i + 1)) return true;
      if (j - i > 8) return false;
    }
    return false;
  };

  /** What may follow a relative pronoun: a verb, an adverb, a negation, or a subject ("som Leverantören"); a bare noun makes it "as" ("som fastighetsägare"). */
  const opensRelative = (j: number): boolean => {
    const tok = t[j];
    if (tok === undefined) return false;
    // "vilka rutiner": a question word before its noun, unless a verb the pack knows follows.
    const verb = cls(j - 1, "interrogative") ? tok.verbs.length > 0 : verbish(j);
    // A name or a definite noun is a subject ("som Bolaget och kommunerna utfärdar"); a bare noun makes "som" "as".
    const named = tok.classes.length === 0 && (lexicon.isDefiniteName(tok.raw) || (tok.capital && !t[j - 1]?.capital && tok.text.length > 2));
    return strongFinite(j) || verb || skippable(j) || tok.party !== undefined || cls(j, "subject-pronoun") || cls(j, "determiner") || cls(j, "article") || named;
  };
  const drafts: Draft[] = [];
  const open = (kind: ClauseKind, parent: number | undefined, opener: number | undefined, contrast = false): Draft => {
    const d: Draft = { id: drafts.length, kind, parent, opener, tokens: [], finite: undefined, weakFinite: false, contrast, sharesFinite: false };
    drafts.push(d);
    return d;
  };
  let stack: Draft[] = [open("main", undefined, undefined)];
  /** The finite verb a clause has, its own or, for verbs joined under one, its conjunct's. */
  const finiteOf = (d: Draft): number | undefined => d.finite ?? (d.sharesFinite && d.parent !== undefined ? finiteOf(drafts[d.parent] as Draft) : undefined);
  const top = (): Draft => stack[stack.length - 1] as Draft;
  const restart = (): void => {
    stack = [open("main", undefined, undefined)];
  };
  /** The first verb-shaped word of a subordinate clause that lacks a finite verb: "om en incident *inträffar* ska …". */
  const unrecognisedVerb = (d: Draft): number | undefined => d.tokens.find((k) => k !== d.opener && verbish(k) && !afterFunctionWord(k));

  for (let i = 0; i < t.length; i++) {
    const tok = t[i] as Tagged;
    // Boundaries. A list item goes on from its lead-in ("Leverantören ska: … genomföra"); a lead-in
    // that ends on a finished clause ("Krav: …") closes it.
    if (i > 0 && HARD.test(tok.gap)) restart();
    else if (i > 0 && tok.gap.includes(":")) {
      const d = top();
      const waits = (d.finite !== undefined && strongFinite(d.finite) && mainAfter(d.finite, d) === undefined) || cls(i - 1, "infinitive-marker") || cls(i - 1, "subordinator");
      if (!waits) restart();
    } else if (i > 0 && COMMA.test(tok.gap)) {
      const d = top();
      // A clause joined to a subordinate one ("om kommunen begär det och det är förenligt …, upplåta")
      // ends with it.
      const root = (x: Draft): Draft => (x.kind === "coordinate" && x.parent !== undefined ? root(drafts[x.parent] as Draft) : x);
      const kind = root(d).kind;
      if (kind !== "main" && kind !== "coordinate" && (finiteOf(d) !== undefined || kind === "complement") && stack.length > 1) stack.pop();
    }
    let d = top();
    if (inert(i)) {
      d.tokens.push(i);
      continue;
    }
    // Openers.
    if (cls(i, "relative") && d.tokens.length > 0 && verbAhead(i, false) && opensRelative(i + 1)) {
      d = open("relative", d.id, i);
      stack.push(d);
      d.tokens.push(i);
      continue;
    }
    // "om" opens a condition at the start of a clause, after a comma, or after a finished clause
    // ("… ska redovisas om beställaren begär det"); after a noun it is a preposition ("krav om"),
    // after a preposition a question's word ("rutiner för när …").
    if (cls(i, "conditional") && verbAhead(i, true) && (d.tokens.length === 0 || COMMA.test(tok.gap) || d.finite !== undefined)) {
      d = open(cls(i - 1, "preposition") ? "subordinate" : "conditional", d.id, i);
      stack.push(d);
      d.tokens.push(i);
      continue;
    }
    if (cls(i, "subordinator")) {
      d = open(cls(i, "infinitive-marker") ? "complement" : "subordinate", d.id, i);
      stack.push(d);
      d.tokens.push(i);
      continue;
    }
    if (cls(i, "coordinator") && finiteOf(d) !== undefined) {
      let j = i + 1;
      while (j < t.length && skippable(j)) j++;
      const contrast = cls(i, "contrast");
      // "… är Leverantörens interna arbetsmaterial och behöver inte lämnas in": a finite verb of its
      // own, with the subject of the clause before.
      if (j < t.length && strongFinite(j) && !COMMA.test(t[j]?.gap ?? "")) {
        const c = open("coordinate", d.id, i, contrast);
        stack[stack.length - 1] = c;
        c.tokens.push(i);
        continue;
      }
      // "… ska upprätta och (inte) redovisa …": verbs joined under one finite verb.
      if (j < t.length && !COMMA.test(t[j]?.gap ?? "") && isVerbAfterCoordinator(j)) {
        const c = open("coordinate", d.id, i, contrast);
        stack[stack.length - 1] = c;
        c.tokens.push(i);
        // After a modal the joined verb is its infinitive ("ska upprätta och redovisa"); after a
        // lexical verb it is a finite verb of its own ("ansluts inte … och omfattas inte").
        const shape = t[j]?.shape;
        if (strongFinite(j) || (!modal(finiteOf(d)) && (shape?.present || shape?.passive || shape?.past))) c.finite = j;
        else c.sharesFinite = true;
        continue;
      }
      // "… och Beställaren ska …": a clause of its own, joined.
      // Only where no clause around still waits for its verb: in "Krav på att E ska genomföra
      // riskanalys och sårbarhetsanalys … ställs inte", the verb after the "och" is the outer clause's.
      const head = headOf(j);
      let after = head + 1;
      while (after < t.length && skippable(after)) after++;
      // The subject's verb follows it: "… och resultatet ska redovisas"; not "riskanalys och sårbarhetsanalys och har …".
      const verbNext = strongFinite(after) || (verbish(after) && !afterFunctionWord(after));
      if (head < t.length && nominal(head) && verbNext && stack.every((x) => finiteOf(x) !== undefined)) {
        const c = open("coordinate", d.id, i, contrast);
        stack[stack.length - 1] = c;
        c.tokens.push(i);
        continue;
      }
    }
    // Finite verbs.
    if (strongFinite(i)) {
      if (d.finite !== undefined && d.weakFinite && d.kind === "main") {
        // "De åtgärder Leverantören planerar bör presenteras": the modal is the finite verb; the
        // word before was a verb inside the subject.
        d.finite = i;
        d.weakFinite = false;
        d.tokens.push(i);
        continue;
      }
      if (d.finite === undefined && d.kind !== "main" && d.kind !== "coordinate" && d.kind !== "complement" && stack.length > 1) {
        const verb = unrecognisedVerb(d);
        if (verb !== undefined) {
          d.finite = verb;
          stack.pop();
          d = top();
        }
      }
      while (d.finite !== undefined && stack.length > 1 && d.kind !== "coordinate") {
        stack.pop();
        d = top();
      }
      if (finiteOf(d) !== undefined) {
        // Two finite verbs in one main clause with no word between to join them: a new clause,
        // which begins after the last punctuation ("B har utsett BAS-P. Underentreprenörer ska …").
        const fresh = open("main", undefined, undefined);
        const from = d.tokens.findLastIndex((k) => k > (finiteOf(d) ?? 0) && /[.,;:!?]/u.test(t[k]?.gap ?? ""));
        if (from >= 0) fresh.tokens.push(...d.tokens.splice(from));
        stack = [fresh];
        d = fresh;
      }
      d.finite = i;
      d.weakFinite = false;
      d.tokens.push(i);
      continue;
    }
    if (d.finite !== undefined && d.weakFinite && tok.verbs.length > 0 && (tok.shape.present || tok.shape.passive) && !afterFunctionWord(i)) {
      // A verb the pack knows beats a word that only looked like one: "Lokalerna *omfattas* …".
      d.finite = i;
      d.weakFinite = false;
      d.tokens.push(i);
      continue;
    }
    if (d.finite === undefined && weakFiniteAt(i, d)) {
      d.finite = i;
      // A guess from the shape alone, unless it stands right after its clause's opener ("som *deltar*").
      d.weakFinite = tok.verbs.length === 0 && d.tokens.filter((k) => !skippable(k)).at(-1) !== d.opener;
      d.tokens.push(i);
      continue;
    }
    const outer = stack[stack.length - 2];
    const infinitival = d.kind === "complement" && d.tokens.some((k) => k !== d.opener && (t[k]?.shape.infinitive || (t[k]?.verbs.length ?? 0) > 0));
    // A modal still waits for its verb: "om att riskanalysen ska *lämnas* till B, utgår".
    const waiting = d.finite !== undefined && modal(d.finite) && mainAfter(d.finite, d) === undefined;
    if ((d.finite !== undefined || infinitival) && !waiting && d.kind !== "main" && d.kind !== "coordinate" && outer !== undefined && outer.finite === undefined && (tok.shape.present || tok.shape.passive) && verbish(i) && !afterFunctionWord(i) && (tok.verbs.length > 0 || !nominal(i - 1))) {
      // After a finished subordinate clause, the main clause's verb comes first: "Med hänsyn till
      // att adressen är skyddad *omfattas* lokalerna inte …", "Det krav som finns *tillämpas* inte".
      stack.pop();
      d = top();
      if (d.finite === undefined) {
        d.finite = i;
        d.weakFinite = false;
        d.tokens.push(i);
        continue;
      }
    }
    d.tokens.push(i);
  }

  function isVerbAfterCoordinator(j: number): boolean {
    const tok = t[j];
    if (tok === undefined || tok.party !== undefined || inert(j)) return false;
    if (cls(j, "determiner") || cls(j, "article") || cls(j, "preposition") || cls(j, "pronoun")) return false;
    if (strongFinite(j)) return false;
    if (tok.verbs.length > 0 && !tok.dutyNoun) return true;
    if (cls(j, "auxiliary-nonfinite")) return true;
    return (tok.shape.infinitive && !/(?:rna|na)$/u.test(tok.text)) || tok.shape.passive;
  }

  /**
   * The main verb after a finite verb in a clause's own tokens, if the group goes on. Adverbials
   * may stand between: "kan *efter överenskommelse med kommunen* komma att användas".
   */
  function mainAfter(finite: number, d: Pick<Draft, "tokens">): number | undefined {
    const own = d.tokens;
    const at = own.indexOf(finite);
    let main: number | undefined;
    let adverbial = 0; // words of a prepositional phrase still allowed before the verb
    for (let k = at + 1; k < own.length; k++) {
      const i = own[k] as number;
      const tok = t[i];
      if (tok === undefined) break;
      if (skippable(i) || cls(i, "infinitive-marker") || (tok.party !== undefined && !tok.party.genitive && main === undefined) || (cls(i, "subject-pronoun") && main === undefined)) continue;
      if (cls(i, "auxiliary-nonfinite") && !inPhrase(i)) {
        main = i;
        adverbial = 0;
        continue;
      }
      // After "har" a supine ("har *beskrivit*"); in English any word after a modal is its verb ("may *report*").
      const afterModal = k === at + 1 || own.slice(at + 1, k).every((x) => skippable(x));
      const supine = tok.shape.supine && cls(finite, "auxiliary");
      const bare = lexicon.pack.morphology.bareInfinitive && afterModal && modal(finite) && tok.classes.length === 0;
      const verbLike = tok.party === undefined && (tok.verbs.length > 0 || tok.shape.infinitive || tok.shape.passive || tok.shape.past || supine || bare);
      if (verbLike && !(afterFunctionWord(i) && !cls(i - 1, "infinitive-marker") && adverbial === 0)) {
        main = i;
        break;
      }
      if (main === undefined && cls(i, "preposition")) {
        adverbial = 4;
        continue;
      }
      if (adverbial > 0) {
        adverbial--;
        continue;
      }
      break;
    }
    return main;
  }

  const clauseOf = new Array<number>(t.length).fill(0);
  for (const d of drafts) for (const i of d.tokens) clauseOf[i] = d.id;
  const clauses: Clause[] = drafts.map((d) => finish(d));

  function finish(d: Draft): Clause {
    const own = d.tokens;
    const parent = d.parent === undefined ? undefined : drafts[d.parent];
    // A coordinate clause of verbs shares its conjunct's finite verb and takes its own main verb.
    const sharedFinite = d.kind === "coordinate" && d.finite === undefined ? parent?.finite : undefined;
    let main: number | undefined;
    if (d.finite !== undefined) main = strongFinite(d.finite) ? (mainAfter(d.finite, d) ?? d.finite) : d.finite;
    else if (d.kind === "coordinate" || d.kind === "complement") main = own.find((i) => i !== d.opener && !skippable(i) && (t[i]?.verbs.length ?? 0) + (t[i]?.shape.infinitive || t[i]?.shape.passive ? 1 : 0) > 0);
    const finite = d.finite ?? sharedFinite;
    const group = own.filter((i) => (d.finite === undefined ? true : i >= d.finite) && (main === undefined ? i <= (d.finite ?? -1) + 1 : i <= main));
    const negations = own.filter((i) => {
      if (!cls(i, "negator") || inert(i)) return false;
      if (group.includes(i)) return true;
      const f = d.finite;
      if (f === undefined) return d.kind !== "main";
      if (i < f) return d.kind !== "main";
      // "omfattas (Utförarens lokaler) inte av …": after a lexical finite verb, up to the first preposition.
      if (main === f) {
        const between = own.filter((k) => k > f && k < i);
        return !between.some((k) => cls(k, "preposition") || strongFinite(k));
      }
      return false;
    });
    const passive = main !== undefined && !strongFinite(main) && (t[main]?.shape.passive ?? false);
    const subject = subjectOf(d, own, finite, main);
    const after = own.filter((i) => main === undefined || i > main);
    const agent = passive ? agentIn(after) : undefined;
    return {
      id: d.id,
      kind: d.kind,
      parent: d.parent,
      opener: d.opener,
      tokens: own,
      finite,
      main,
      negations,
      voice: passive ? "passive" : "active",
      subject,
      agent,
      recipients: [...recipientsIn(own), ...objectParty(own, main).filter((i) => i !== subject)],
      contrast: d.contrast,
    };
  }

  function subjectOf(d: Draft, own: readonly number[], finite: number | undefined, main: number | undefined): number | undefined {
    const before = own.filter((i) => i !== d.opener && (finite === undefined || i < finite) && (d.finite !== undefined || main === undefined || i < main));
    // The last party (or pronoun) before the verb that is not governed by a preposition (or by
    // "som" as "as": "Kommunen som fastighetsägare"); a genitive before a party's people stands
    // for its party ("Beställarens medarbetare").
    for (let k = before.length - 1; k >= 0; k--) {
      const i = before[k] as number;
      const tok = t[i];
      const owner = tok?.party?.genitive === true && isPeople(i + 1);
      if (tok === undefined || !(tok.party !== undefined ? !tok.party.genitive || owner : cls(i, "subject-pronoun"))) continue;
      let j = i - 1;
      while (j >= 0 && (cls(j, "determiner") || cls(j, "adverb") || (t[j]?.classes.length === 0 && attributive(j)))) j--;
      if (cls(j, "preposition") || (cls(j, "relative") && !drafts.some((x) => x.opener === j))) continue;
      return i;
    }
    if (d.kind === "relative" && d.opener !== undefined && before.length === 0) {
      // "… den leverantör som ska …": the relative pronoun stands for the noun before it.
      const antecedent = d.opener - 1;
      return antecedent >= 0 ? antecedent : undefined;
    }
    if (finite !== undefined && d.finite !== undefined) {
      // Inverted: "Vid incident ska Leverantören …", "… kan placerande nämnd precisera …".
      for (const i of own.filter((k) => k > finite)) {
        const tok = t[i];
        if (tok?.party !== undefined && !tok.party.genitive) return i;
        if (cls(i, "subject-pronoun") && !cls(i, "determiner")) return i;
        if (skippable(i) || cls(i, "determiner") || attributive(i)) continue;
        break;
      }
    }
    // A noun before the verb: "Incidenter ska rapporteras", "Museet ansvarar".
    const first = before.find((i) => !skippable(i) && !cls(i, "determiner") && !cls(i, "preposition"));
    return first !== undefined && !cls(first, "preposition") && !afterPreposition(first) ? first : undefined;
  }

  function afterPreposition(i: number): boolean {
    let j = i - 1;
    while (j >= 0 && (cls(j, "determiner") || attributive(j))) j--;
    return cls(j, "preposition");
  }

  function attributive(i: number): boolean {
    const tok = t[i];
    return tok !== undefined && tok.classes.length === 0 && tok.party === undefined && lexicon.isAttributive(tok.text);
  }

  /** "av leverantören", "av den beställande enheten", "av Regionens personal"; not "med hjälp av stadens system". */
  function agentIn(after: readonly number[]): number | undefined {
    for (const i of after) {
      if (!cls(i, "agent-preposition")) continue;
      for (const k of after.filter((x) => x > i).slice(0, 3)) {
        const party = t[k]?.party;
        if (party && (!party.genitive || isPeople(k + 1))) return k;
        if (party) break;
        if (!cls(k, "adverb") && !cls(k, "determiner") && !attributive(k)) break;
      }
    }
    return undefined;
  }

  function isPeople(i: number): boolean {
    const w = t[i]?.text ?? "";
    const p = lexicon.pack.parties;
    return p.people.some((base) => lexicon.isFormOf(w, base)) || p.peopleHeads.some((h) => w.endsWith(h));
  }

  /** A party as the direct object of the main verb: "underrätta *kommunen*", "meddela *nämnden*". */
  function objectParty(own: readonly number[], main: number | undefined): number[] {
    if (main === undefined) return [];
    for (const i of own.filter((k) => k > main).slice(0, 3)) {
      const party = t[i]?.party;
      if (party !== undefined) return cls(i - 1, "preposition") ? [] : [i];
      if (!cls(i, "determiner") && !cls(i, "article") && !cls(i, "adverb") && !attributive(i)) break;
    }
    return [];
  }

  /** Parties after "till", "för", "hos", or owning what follows "i": whom the action goes to. */
  function recipientsIn(own: readonly number[]): number[] {
    const found: number[] = [];
    for (const i of own) {
      const into = cls(i, "recipient-preposition") || (cls(i, "channel-preposition") && t[i + 1]?.party?.genitive === true);
      if (!into) continue;
      for (let k = i + 1; k <= i + 3 && k < t.length; k++) {
        if (t[k]?.party !== undefined) {
          found.push(k);
          break;
        }
        if (!cls(k, "determiner") && !attributive(k) && !cls(k, "adverb")) break;
      }
    }
    return found;
  }

  return { clauses, clauseOf };
}
