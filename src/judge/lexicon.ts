import type { CueRow, LanguagePack, Side, TokenTest, VerbClass, WordClass } from "../model/language.js";
import { VERB_CLASSES, WORD_CLASSES } from "../model/language.js";
import type { Inflector } from "../text/inflection.js";
import { inflector } from "../text/inflection.js";

/** A cue row with its pattern alternatives spelled out: a row of `phrases` has one pattern per phrase. */
export interface CompiledRow {
  readonly row: CueRow;
  readonly patterns: readonly (readonly TokenTest[])[];
}

/** One pattern of a cue row (phrase or clause): what is tried at a word. */
export interface RowPattern {
  readonly row: CueRow;
  readonly pattern: readonly TokenTest[];
}

/** The shapes a word may have as a verb, worked out from its endings alone. */
export interface VerbShape {
  readonly present: boolean;
  readonly passive: boolean;
  readonly past: boolean;
  readonly infinitive: boolean;
  readonly supine: boolean;
}

export interface ClassedVerb {
  readonly cls: VerbClass;
  readonly lemma: string;
}

/** What a word is, whatever its context: its classes, verb classes, shape, and whether it is a duty noun or a party noun. */
export interface WordFacts {
  readonly classes: readonly WordClass[];
  readonly verbs: readonly ClassedVerb[];
  readonly shape: VerbShape;
  readonly dutyNoun: boolean;
  readonly partyNoun?: { readonly side: Side; readonly ending: string };
}

/**
 * A language pack compiled for lookup. One is made per run (and per language) and passed down:
 * it remembers what it worked out about each distinct word, so a long document costs one
 * lookup per word, and nothing outlives the run.
 */
export interface Lexicon {
  readonly pack: LanguagePack;
  readonly inflect: Inflector;
  /** The cue table's phrase rows and clause rows, in table order. */
  readonly phraseRows: readonly CompiledRow[];
  readonly clauseRows: readonly CompiledRow[];
  /**
   * The phrase patterns, in table order, whose first word test admits `word` by its form or base
   * form: the only ones worth trying at that word.
   */
  phrasesAt(word: string): readonly RowPattern[];
  /** The clause rows' patterns that can start at a word (by its form and base form), in table order. */
  clauseRowsAt(word: string): readonly RowPattern[];
  /** Everything the tagger looks up about a word, in one lookup. */
  word(word: string): WordFacts;
  /** Whether `word` is a form of `base`, remembered per pair. */
  isFormOf(word: string, base: string, strict?: boolean): boolean;
  classesOf(word: string): readonly WordClass[];
  /** The verb classes a word is a form of ("åtar" → duty "åta"), first class first. */
  verbsOf(word: string): readonly ClassedVerb[];
  /** The side a party noun names, from the last part of a compound ("ramavtalsleverantören"), and its ending. */
  partyNoun(word: string): { readonly side: Side; readonly ending: string } | undefined;
  isDutyNoun(word: string): boolean;
  shape(word: string): VerbShape;
  /** An adjective or participle before a noun: "placerande", "berörd", "ansvarig". */
  isAttributive(word: string): boolean;
  /** A capitalised definite noun, as written: "Museet", "Skolan". */
  isDefiniteName(raw: string): boolean;
  /** Whether `word` is a form of one of `bases` (base forms of the pack). */
  formOfAny(word: string, bases: readonly string[]): boolean;
}

/** The value remembered for `key`, made once. The maps belong to one lexicon, so nothing outlives the run. */
function remember<V>(memo: Map<string, V>, key: string, make: () => V): V {
  const known = memo.get(key);
  if (known !== undefined || memo.has(key)) return known as V;
  const made = make();
  memo.set(key, made);
  return made;
}

const compile = (sources: readonly string[]): RegExp | undefined =>
  sources.length === 0 ? undefined : new RegExp(`^(?:${sources.join("|")})$`, "u");

/** Problems with a pack's data, as sentences; a pack that has any is a bug in kravkoll. */
export function checkPack(pack: LanguagePack): string[] {
  const problems: string[] = [];
  for (const cls of WORD_CLASSES) if (!Array.isArray(pack.classes[cls])) problems.push(`class ${cls} is not a list`);
  for (const cls of VERB_CLASSES) if (!Array.isArray(pack.verbs[cls])) problems.push(`verb class ${cls} is not a list`);
  const folded = (w: string): boolean => w === w.toLocaleLowerCase(pack.locale);
  for (const [cls, words] of Object.entries(pack.classes)) for (const w of words) if (!folded(w)) problems.push(`class ${cls}: "${w}" is not case-folded`);
  for (const [cls, words] of Object.entries(pack.verbs)) for (const w of words) if (!folded(w)) problems.push(`verb class ${cls}: "${w}" is not case-folded`);
  const ids = new Set<string>();
  const testProblems = (row: CueRow, test: TokenTest, where: string): void => {
    for (const c of [test.class ?? []].flat()) if (!WORD_CLASSES.includes(c)) problems.push(`cue ${row.id} ${where}: unknown class ${c}`);
    for (const c of test.skip ?? []) if (!WORD_CLASSES.includes(c)) problems.push(`cue ${row.id} ${where}: unknown skip class ${c}`);
    for (const v of [test.verb ?? []].flat()) if (!VERB_CLASSES.includes(v)) problems.push(`cue ${row.id} ${where}: unknown verb class ${v}`);
    if (row.stage === "phrase" && (test.role !== undefined || test.party !== undefined)) problems.push(`cue ${row.id} ${where}: a phrase row cannot test roles or parties`);
    if (test.not) testProblems(row, test.not, `${where} (not)`);
  };
  for (const row of pack.cues) {
    if (ids.has(row.id)) problems.push(`cue ${row.id} is defined twice`);
    ids.add(row.id);
    if ((row.pattern === undefined) === (row.phrases === undefined)) problems.push(`cue ${row.id} needs either a pattern or phrases`);
    if (row.pattern?.length === 0 || row.phrases?.length === 0) problems.push(`cue ${row.id} has an empty pattern`);
    if (row.pattern?.[0]?.optional) problems.push(`cue ${row.id}: the first token cannot be optional`);
    row.pattern?.forEach((t, i) => testProblems(row, t, `token ${i + 1}`));
    for (const p of row.phrases ?? []) if (!folded(p)) problems.push(`cue ${row.id}: phrase "${p}" is not case-folded`);
    for (const w of Object.values(row.when ?? {})) if (w && typeof w === "object") testProblems(row, w as TokenTest, "when");
    if (row.examples.length === 0) problems.push(`cue ${row.id} has no example sentences`);
  }
  for (const source of [...pack.morphology.sPassive, ...pack.morphology.present, ...pack.morphology.past, ...pack.morphology.infinitive, ...pack.morphology.supine, ...pack.morphology.attributive, ...pack.morphology.definite, ...pack.parties.letterCues]) {
    try {
      new RegExp(source, "u");
    } catch {
      problems.push(`pattern ${source} does not compile`);
    }
  }
  return problems;
}

export function compileLexicon(pack: LanguagePack): Lexicon {
  const problems = checkPack(pack);
  if (problems.length > 0) throw new Error(`language pack ${pack.code}: ${problems.join("; ")}`);
  const inflect = inflector(pack.morphology);
  const byWord = new Map<string, WordClass[]>();
  for (const cls of WORD_CLASSES) {
    for (const w of pack.classes[cls]) {
      const list = byWord.get(w) ?? [];
      list.push(cls);
      byWord.set(w, list);
    }
  }
  const rows: CompiledRow[] = pack.cues.map((row) => ({
    row,
    patterns: row.pattern !== undefined ? [row.pattern] : (row.phrases ?? []).map((p) => p.split(/[\s-]+/u).filter((w) => w !== "").map((word) => ({ word }))),
  }));
  const m = pack.morphology;
  const sPassive = compile(m.sPassive);
  const present = compile(m.present);
  const past = compile(m.past);
  const infinitive = compile(m.infinitive);
  const supine = compile(m.supine);
  const attributive = compile(m.attributive);
  const definite = compile(m.definite);
  const notPassive = new Set(m.notPassive);
  const passiveWords = new Set(m.passiveWords);
  const notVerbs = new Set(m.notVerbs);
  const lookalikes = new Set(pack.parties.lookalikes);
  const verbMemo = new Map<string, readonly ClassedVerb[]>();
  const partyMemo = new Map<string, { side: Side; ending: string } | undefined>();
  const shapeMemo = new Map<string, VerbShape>();
  const dutyMemo = new Map<string, boolean>();
  const none: readonly WordClass[] = [];
  const phraseRows = rows.filter((r) => r.row.stage === "phrase");
  const phrasePatterns: RowPattern[] = phraseRows.flatMap(({ row, patterns }) => patterns.map((pattern) => ({ row, pattern })));
  const clauseRows = rows.filter((r) => r.row.stage === "clause");
  const clausePatterns: RowPattern[] = clauseRows.flatMap(({ row, patterns }) => patterns.map((pattern) => ({ row, pattern })));

  // By strictness, base form and word: no key is built per question.
  const formMemo = [new Map<string, Map<string, boolean>>(), new Map<string, Map<string, boolean>>()] as const;
  const isFormOf = (word: string, base: string, strict = false): boolean => {
    // Looked up before a closure is made: this runs for every word and pattern.
    const memo = formMemo[strict ? 1 : 0];
    const byWord = memo.get(base) ?? remember(memo, base, () => new Map<string, boolean>());
    return byWord.get(word) ?? remember(byWord, word, () => inflect.isFormOf(word, base, strict));
  };
  const oneOf = <T>(value: T | readonly T[], f: (v: T) => boolean): boolean => (Array.isArray(value) ? (value as readonly T[]).some(f) : f(value as T));
  /**
   * Whether a token test can pass at a word, from what the word is in any context: its form, base
   * form, classes, verb classes, shape and duty noun. (A party in context only takes verb
   * classes and duty nouns away, so the answer never excludes a word that could pass.)
   */
  const admits = (test: TokenTest | undefined, word: string): boolean => {
    if (test === undefined) return false;
    if (test.word !== undefined && !oneOf(test.word, (w) => w === word)) return false;
    if (test.lemma !== undefined && !oneOf(test.lemma, (l) => isFormOf(word, l))) return false;
    const facts = wordFacts(word);
    if (test.class !== undefined && !oneOf(test.class, (c) => facts.classes.includes(c))) return false;
    if (test.verb !== undefined && !oneOf(test.verb, (v) => facts.verbs.some((cv) => cv.cls === v))) return false;
    if (test.shape !== undefined && !facts.shape[test.shape]) return false;
    if (test.dutyNoun === true && !facts.dutyNoun) return false;
    return true;
  };

  const partyNoun = (word: string): { side: Side; ending: string } | undefined =>
    remember(partyMemo, word, () => {
      if (lookalikes.has(word)) return undefined;
      for (const [base, side] of pack.parties.nouns) {
        const at = word.lastIndexOf(base);
        if (at < 0 || (at > 0 && at < m.minCompoundPrefix)) continue;
        const tail = word.slice(at);
        if (inflect.isFormOf(tail, base)) return { side, ending: tail.slice(base.length) };
      }
      return undefined;
    });
  const verbsOf = (word: string): readonly ClassedVerb[] =>
    verbMemo.get(word) ?? remember(verbMemo, word, () => {
      const list: ClassedVerb[] = [];
      for (const cls of VERB_CLASSES) {
        const lemma = pack.verbs[cls].find((base) => inflect.isFormOf(word, base));
        if (lemma !== undefined) list.push({ cls, lemma });
      }
      return list;
    });
  const isDutyNoun = (word: string): boolean => dutyMemo.get(word) ?? remember(dutyMemo, word, () => pack.dutyNouns.nouns.some((base) => inflect.isFormOf(word, base, true)));
  const shape = (word: string): VerbShape =>
    shapeMemo.get(word) ?? remember(shapeMemo, word, () => {
      const verbLike = !notVerbs.has(word) && partyNoun(word) === undefined;
      return {
        present: verbLike && (present?.test(word) ?? false),
        passive: passiveWords.has(word) || (verbLike && !notPassive.has(word) && (sPassive?.test(word) ?? false)),
        past: verbLike && (past?.test(word) ?? false),
        infinitive: verbLike && (infinitive?.test(word) ?? false),
        supine: verbLike && (supine?.test(word) ?? false),
      };
    });
  const factsMemo = new Map<string, WordFacts>();
  function wordFacts(word: string): WordFacts {
    return factsMemo.get(word) ?? remember(factsMemo, word, () => {
      const noun = partyNoun(word);
      return { classes: byWord.get(word) ?? none, verbs: verbsOf(word), shape: shape(word), dutyNoun: isDutyNoun(word), ...(noun !== undefined ? { partyNoun: noun } : {}) };
    });
  }
  /** The patterns, in table order, that can start at a word; one whose first token is optional may start anywhere. */
  const startingAt = (patterns: readonly RowPattern[]): ((word: string) => readonly RowPattern[]) => {
    const memo = new Map<string, readonly RowPattern[]>();
    return (word) => memo.get(word) ?? remember(memo, word, () => patterns.filter((p) => p.pattern[0]?.optional === true || admits(p.pattern[0], word)));
  };

  return {
    pack,
    inflect,
    word: wordFacts,
    phraseRows,
    clauseRows,
    clauseRowsAt: startingAt(clausePatterns),
    phrasesAt: startingAt(phrasePatterns),
    isFormOf,
    classesOf: (word) => byWord.get(word) ?? none,
    verbsOf,
    partyNoun,
    isDutyNoun,
    shape,
    isAttributive: (word) => attributive?.test(word) ?? false,
    isDefiniteName: (raw) => definite?.test(raw) ?? false,
    formOfAny: (word, bases) => bases.some((b) => isFormOf(word, b)),
  };
}
