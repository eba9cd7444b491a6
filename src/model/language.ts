/**
 * A language pack: everything kravkoll knows about one language, as plain data. Code interprets
 * it; no stage outside src/lang/ holds a word of any language. A pack is checked when it is
 * compiled (src/judge/lexicon.ts), as a rulebook is when it loads.
 *
 * Words are written case-folded. A word list holds forms as written ("ska", "skall") unless it
 * says it holds base forms, which match every inflection the pack's morphology allows.
 */

export type LanguageCode = "sv" | "en";

/** Which side of a contract a party noun, pronoun or name stands for. */
export type Side =
  | "supplier"
  /** The supplier's own organisation: "arbetsledningen", "Bas-U"; as a bearer it is the supplier, as a recipient it is not the buyer. */
  | "supplier-org"
  | "buyer"
  /** A public authority other than the buyer: IVO, Arbetsmiljöverket, the police. */
  | "authority"
  | "third"
  | "both";

/**
 * Closed word classes, by name. Code refers to a class only by these names, and every pack fills
 * every class (an empty list where a language has no such word).
 */
export const WORD_CLASSES = [
  /** Modal verbs of obligation: "ska", "måste"; "shall", "must". */
  "modal-binding",
  /** Modal verbs of preference: "bör"; "should". */
  "modal-soft",
  /** Modal verbs of possibility or permission: "kan", "får"; "may", "can". */
  "modal-possible",
  /** Finite forms of the auxiliaries "ha", "vara", "bli"; "have", "be". */
  "auxiliary",
  /** Non-finite verbs that carry a verb group on: "kunna", "ha", "bli"; "be", "have". */
  "auxiliary-nonfinite",
  /** Auxiliaries of the future: "kommer" (att), "will" is a binding modal in contract English. */
  "future",
  /** Forms of "to be" before an adjective or noun: "är", "var"; "is", "are". */
  "copula",
  "negator",
  /** Determiners that deny their noun: "ingen", "inga"; "no". */
  "negating-determiner",
  /** Opens a clause that states a condition: "om", "ifall"; "if", "unless". */
  "conditional",
  /** Opens a subordinate clause: "att", "eftersom"; "that", "because". */
  "subordinator",
  "relative",
  /** Relative words that are also question words before a noun: "vilka (rutiner)"; "which". */
  "interrogative",
  "coordinator",
  /** The coordinator of contrast, after which a denial does not carry over: "men"; "but". */
  "contrast",
  "determiner",
  /** The articles: "en", "den"; "a", "the". */
  "article",
  "preposition",
  /** Prepositions that name whom something goes to: "till", "för"; "to". */
  "recipient-preposition",
  /** The preposition of a passive agent: "av"; "by". */
  "agent-preposition",
  /** Prepositions of the channel a thing goes through, whose owner receives it: "i (stadens system)", "via"; "into". */
  "channel-preposition",
  /** Prepositions of whom work is done for: "åt"; "for". */
  "beneficiary-preposition",
  /** Prepositions of where a thing comes from: "från"; "from". */
  "source-preposition",
  /** The infinitive marker: "att"; "to". */
  "infinitive-marker",
  /** Adverbs that may stand inside a verb group or between a verb and its subject. */
  "adverb",
  /** Personal pronouns that can be a clause's subject. */
  "subject-pronoun",
  /** Pronouns that stand for a thing named before: "den", "dem", "dessa"; "it", "them". */
  "pronoun",
  /** Possessives that make a thing the subject's own: "sin", "egen"; "its own". */
  "own-marker",
  /** Words after which a negation denies nothing: "inte bara", "inte senare än"; "not only". */
  "not-negating-after",
  /** Verbs whose denial is a duty: "får inte underlåta att"; "shall not fail to". */
  "omission",
] as const;

export type WordClass = (typeof WORD_CLASSES)[number];

/**
 * Verb classes, by base form. A verb's class decides what kind of cue it can be; the cue table
 * says what each class does.
 */
export const VERB_CLASSES = [
  /** Carry a duty by themselves: "ansvara", "åta"; "undertake", "ensure". */
  "duty",
  /** The subject requires something of someone else: "kräva"; "require". */
  "requirement",
  /** A wish or best effort: "eftersträva", "rekommendera"; "endeavour". */
  "soft",
  /** Deny a duty when negated: "omfattas inte", "ingår inte"; "does not apply". */
  "scope",
  /** Describe what was written or offered, binding no one: "beskriva"; "describe". */
  "description",
  /** Say what someone usually does: "bruka"; "usually". */
  "habit",
  /** Work done for someone, when the thing is theirs: "leda", "stödja"; "lead", "support". */
  "task",
  /** Verbs of having: a thing had is no duty unless a modal makes it one: "ha"; "have". */
  "possession",
  /** Verbs that state a fact about a thing rather than an act: "vara", "finnas", "innebära". */
  "state",
] as const;

export type VerbClass = (typeof VERB_CLASSES)[number];

/** Nouns of duty, whose bearer may come after them: "ansvar", "skyldighet"; "responsibility". */
export interface DutyNouns {
  readonly nouns: readonly string[];
  /** Verbs linking the duty noun to its bearer after it: "ligger (hos)", "åvilar"; "rests (with)". */
  readonly bearerLinks: readonly (readonly string[])[];
}

export interface Morphology {
  /** Endings a base form may take: "", "en", "er", "erna", "s", "ade" … */
  readonly endings: readonly string[];
  /** Base-form endings that may be dropped before an ending: a final vowel ("följa" → "följer"). */
  readonly droppable: readonly string[];
  /** Shortest base form whose final letter may be dropped. */
  readonly minDropLength: number;
  /** Adjective neuters: base endings whose final "t" may go ("systematiskt" → "systematisk"). */
  readonly neuterEndings: readonly string[];
  /** Endings of the s-passive present ("rapporteras", "genomförs"), as regular-expression sources over a folded word. */
  readonly sPassive: readonly string[];
  /** Words shaped like an s-passive that are not verbs: genitives ("avtals") and others. */
  readonly notPassive: readonly string[];
  /** Verbs that act as a present passive without its shape: "sker". */
  readonly passiveWords: readonly string[];
  /** Endings of a finite verb in the present ("rapporterar", "genomför"): regular-expression sources. */
  readonly present: readonly string[];
  /** The present tense's endings, added to a verb's base form or to it without its droppable vowel ("ansvara" → "ansvarar", "kräva" → "kräver"). */
  readonly presentEndings: readonly string[];
  /** Endings of a verb in the past or the supine ("genomförde", "har beskrivit"). */
  readonly past: readonly string[];
  /** Endings of an infinitive ("genomföra"). */
  readonly infinitive: readonly string[];
  /** Endings of a supine after "har" ("har beskrivit", "har rapporterat"). */
  readonly supine: readonly string[];
  /** Whether the word after a modal is its verb whatever its shape (English "may *report*"). */
  readonly bareInfinitive: boolean;
  /** Endings of an attributive participle or adjective before a noun ("berörd", "placerande"). */
  readonly attributive: readonly string[];
  /** Endings of a definite noun ("Museet", "Skolan"), used for a capitalised subject that names a body. */
  readonly definite: readonly string[];
  /** Words that end like a present-tense verb and are not one. */
  readonly notVerbs: readonly string[];
  /** The ending of the genitive ("leverantörens"); "" where the language marks it otherwise. */
  readonly genitive: string;
  /** Endings by which a noun not in the pack shows it is a genitive, whose noun follows ("Tvätteriets lokaler"). */
  readonly genitiveEndings: readonly string[];
  /** The genitive written with an apostrophe ("Supplier's"): the suffix after the name. */
  readonly apostropheGenitive?: string;
  /** Common heads of compounds, for expanding coordination ellipsis ("risk- och sårbarhetsanalys"). */
  readonly compoundHeads: readonly string[];
  /** Conjunctions that join the parts of an elided compound. */
  readonly ellipsisConjunctions: readonly string[];
  /** Shortest stem that may stand before a compound part. */
  readonly minCompoundPrefix: number;
  /** After a hyphen at a line end, these words show a coordination hyphen that stays ("risk-" + "och"). */
  readonly hyphenKeepers: readonly string[];
}

export interface Parties {
  /** Party nouns by base form, checked in order ("underleverantör" before "leverantör"), also as a compound's last part. */
  readonly nouns: readonly (readonly [string, Side])[];
  /** Nouns that look like inflected party nouns but are not ("kunde"). */
  readonly lookalikes: readonly string[];
  /** Pronouns that stand for a party ("Ni" addresses the bidder, "vi" speaks for the buyer). */
  readonly pronouns: readonly (readonly [string, Side])[];
  /**
   * In a bid the supplier speaks: its pronouns change sides ("Vi genomför …" is the bidder). A
   * document is a bid when its title holds one of `bidTitles`, or it uses `bidPhrases` as often as
   * `bidPhraseCount` ("vi erbjuder", "vårt anbud").
   */
  readonly bid: { readonly titles: readonly string[]; readonly phrases: readonly string[]; readonly phraseCount: number; readonly pronouns: readonly (readonly [string, Side])[] };
  /** Adjectives that make any noun after them the buyer: "den upphandlande myndigheten". */
  readonly buyerAdjectives: readonly string[];
  /** Party nouns that name a public authority in general, not the buyer, when they stand alone. */
  readonly generalAuthority: readonly string[];
  /** Case-sensitive abbreviations of parties: "IVO", "MSB". */
  readonly abbreviations: readonly (readonly [string, Side])[];
  /** AMA AF's shorthand letters, as written, and the cues that show a document uses them. */
  readonly letters: readonly (readonly [string, Side])[];
  /** Genitive forms of the letters: "E:s", "B:s". */
  readonly letterGenitives: readonly (readonly [string, Side])[];
  /** Regular-expression sources: a document that matches one uses the letters. */
  readonly letterCues: readonly string[];
  /** Nouns for a party's people: a genitive before them makes them an agent ("av Leverantörens personal"). */
  readonly people: readonly string[];
  /** Nouns whose compounds end in a role of a party's people: "…samordnare", "…ansvarig". */
  readonly peopleHeads: readonly string[];
  /** "nedan kallad X": the words that define a party's name, and the participles between them and the name. */
  readonly definedAs: readonly string[];
  readonly definedAsParticiples: readonly string[];
  /** Words before a definition that show a legal person: "AB", "org.nr", "kommun". */
  readonly legalPerson: readonly string[];
  /** Word starts that put a named party on the buyer's or the supplier's side. */
  readonly buyerWords: readonly string[];
  readonly supplierWords: readonly string[];
  /** Words that join two parties in a definition: "mellan X och Y". */
  readonly joiners: readonly string[];
}

/** Headings of sections that name things without binding anyone. */
export type SectionContext = "toc" | "definitions" | "history" | "background";

export interface ContextCues {
  /** Heading words per kind of section (a heading that starts with one, after its number). */
  readonly sections: Readonly<Record<SectionContext, readonly string[]>>;
  /**
   * "Tidigare lydelse:", "Nuvarande text": quoted wording an amendment replaces. `markers` are
   * phrases after which a quotation in the same passage is the old wording ("Stycket hade
   * följande lydelse: "…"").
   */
  readonly superseded: { readonly adjectives: readonly string[]; readonly nouns: readonly string[]; readonly markers: readonly string[] };
  /** Definition sentences: "Med X avses …", "X betyder …", "Incident – en händelse …". */
  readonly definitions: {
    readonly openers: readonly string[];
    readonly verbs: readonly string[];
    /** Words that may follow a dash or colon in a definition: "en", "avser". */
    readonly afterDash: readonly string[];
    /** Words that open a paragraph with a dash or colon and are no term: "Observera:", "Krav:". */
    readonly notTerms: readonly string[];
    /** Lead-ins of a definitions list: "avses med:", "följande begrepp:". */
    readonly leadIns: readonly string[];
    /** Table column headers of a definitions table. */
    readonly columns: readonly string[];
    /** Table column headers of a revision table. */
    readonly historyColumns: readonly string[];
  };
  /** Labels of questions and answers in a Q&A: "Fråga 3:", "Svar:". */
  readonly question: readonly string[];
  readonly answer: readonly string[];
  readonly yes: readonly string[];
  readonly no: readonly string[];
  /** Word starts that put a passage in the tender evaluation: "mervärde", "poäng" (any word beginning so). */
  readonly evaluation: readonly string[];
  /** Word starts that put a section in the evaluation, in its heading: "kvalitetsutvärdering". */
  readonly evaluationHeadings: readonly string[];
  /** Word starts that are not evaluation words although they look like one: "mervärdesskatt". */
  readonly notEvaluation: readonly string[];
  /** Qualifications, not duties: "erfarenhet av", "kunskap om" (the thing after is what someone knows). */
  readonly qualification: readonly (readonly string[])[];
  /** Descriptions, not duties: "beskrivning av" (the thing after is what a document describes). */
  readonly description: readonly (readonly string[])[];
  /** Nouns of law: a rule or instruction named with one ("lagar och föreskrifter") is the law's, not a party's. Base forms. */
  readonly law: readonly string[];
  /** Works to be built, not a service run: verbs "projekteras", nouns "projekteringen". */
  readonly design: { readonly verbs: readonly string[]; readonly nouns: readonly string[] };
  /** Verbs that attach a document rather than hand something over: "bifogas". */
  readonly attached: readonly string[];
  /** Light verbs after an action noun: "Rapporteringen görs …". */
  readonly lightVerbs: readonly string[];
}

/** Requirement tables: the cell or column that says whether a row is required or wished for. */
export interface TableClasses {
  readonly binding: readonly string[];
  readonly soft: readonly string[];
  /** Marks in a cell under a class column: "X", "✓", "Ja". */
  readonly marks: readonly string[];
  /** Answers that are marks too in a supplier's reply column. */
  readonly answers: readonly string[];
}

export interface Discourse {
  /** Words that point back to what came before: nouns with the words their antecedent may be named by; pronouns with none. */
  readonly anaphors: readonly (readonly [string, readonly string[]])[];
  /** Antecedent words that may be found in the subsection before, not only in the same one. */
  readonly reachBack: readonly string[];
  /** Words that strike a clause out: "utgår", "stryks"; each a phrase. */
  readonly strikes: readonly string[];
  /** Words after a strike word that make it a sum not payable: "utgår vite". */
  readonly notStrikeAfter: readonly string[];
  /** Nouns of sums: a strike after one ("Vite … utgår") strikes nothing. */
  readonly payable: readonly string[];
  /** Words that name a clause before its number: "punkt 5.2", "avsnitt 3". */
  readonly clauseNouns: readonly string[];
  /** Words that name a document of the bundle before its number: "bilaga 7"; striking one strikes no numbered clause. */
  readonly documentNouns: readonly string[];
  /** Ordinals of paragraphs ("andra stycket"), first to eighth, and the noun after them. */
  readonly ordinals: readonly string[];
  readonly paragraphNoun: readonly string[];
  /** Words that put new wording in ("ersätts", "ska lyda"): a strike beside them replaces. */
  readonly replaces: readonly string[];
  /** Words after a clause's number that replace it ("Punkt 8.1 ersätts med …"): its old wording no longer binds. */
  readonly replacedBy: readonly string[];
  /** Words after a quotation that mark it as replaced ("… " ersätts med …"). */
  readonly replacedAfter: readonly string[];
}

/** What the readers of PDF and plain text need to know of a language's layout. */
export interface Layout {
  /** "Sida 2 (5)", "Page 2 of 5": the word before a page number and the word between the two numbers. */
  readonly pageWords: readonly string[];
  readonly pageOf: readonly string[];
  /** Sentence abbreviations that end in a full stop without ending the sentence, without their dots. */
  readonly abbreviations: readonly string[];
  /** Word's style names in this language: headings ("Rubrik 1"), the title ("Rubrik"), table-of-contents lines ("Innehåll 1"). */
  readonly wordStyles: { readonly heading: string; readonly title: string; readonly toc: string };
}

/**
 * One token in a cue pattern. Every field given must hold; `not` inverts a test. Tests look at the
 * tagged token, never at raw text, so a pattern is as good as the pack's word classes.
 */
export interface TokenTest {
  readonly word?: string | readonly string[];
  /** A base form, in any inflection the morphology allows. */
  readonly lemma?: string | readonly string[];
  readonly class?: WordClass | readonly WordClass[];
  readonly verb?: VerbClass | readonly VerbClass[];
  readonly party?: Side | "any";
  /** The shape of the word as a verb, from its ending: "rapporterar" is present, "rapporteras" passive. */
  readonly shape?: "present" | "passive" | "past" | "infinitive" | "supine";
  /** A noun or adjective of duty: "ansvar", "skyldig". */
  readonly dutyNoun?: boolean;
  /** The word before must not pass this test: a duty noun after a preposition ("av sitt åtagande") is no duty. */
  readonly notAfter?: TokenTest;
  /**
   * The token's part in its clause: its finite verb, the main verb of its verb group, either of
   * them ("verb"), a negation of the verb group, or a word before the finite verb (the subject
   * and what precedes it).
   */
  readonly role?: "finite" | "main" | "verb" | "negation" | "prefield";
  readonly not?: TokenTest;
  /** Before this token, skip any tokens of these classes (never past the clause). */
  readonly skip?: readonly WordClass[];
  /** The token may be absent. */
  readonly optional?: boolean;
}

export type Strength = "binding" | "soft" | "statement";

/** Which slot of the clause bears the duty a cue makes. */
export type BearerSlot =
  /** The clause's subject (or a passive's agent): "Leverantören ska", "ska rapporteras av E". */
  | "subject"
  /** The subject of the att-clause, or the party after the cue's preposition: "kräver att E", "krav på E", "åligger E". */
  | "complement"
  /** None: a class cell or a tag binds as the table says. */
  | "none";

export type CueEffect =
  /** A duty of the given strength, borne by the slot. */
  | { readonly kind: "duty"; readonly strength: Strength; readonly bearer: BearerSlot }
  /**
   * Denies the clause's duty: "inte", "behöver inte". With `frame`, it is a duty denied even where
   * the clause has no other duty word: "omfattas inte", "inget krav på", "undantas".
   */
  | { readonly kind: "deny"; readonly frame?: boolean }
  /** Softens the clause's duty: "i möjligaste mån", "vid behov". */
  | { readonly kind: "soften" }
  /** The words mean nothing for duties: "inte bara", "får tillgång"; they are taken out before other rows. */
  | { readonly kind: "neutral" }
  /** The clause states what someone has described, usually does or knows: it binds no one. */
  | { readonly kind: "no-duty"; readonly why: "description" | "habit" | "qualification" | "possession" };

/** A cue row's example: a sentence and what the row must make of it. */
export interface CueExample {
  readonly text: string;
  /** The strength of the sentence's first duty, or "none" when it has no duty. */
  readonly strength: Strength | "none";
  readonly negated?: boolean;
  readonly softened?: boolean;
  /** The side that bears the first duty, or "implicit" where no party is named. */
  readonly bearer?: Side | "implicit";
}

export interface CueRow {
  readonly id: string;
  /** What the row is for, in a few words. */
  readonly about: string;
  /**
   * "phrase" rows are matched first, over the whole unit, and make fixed expressions that the
   * clause parser does not break up; "clause" rows are matched inside one clause.
   */
  readonly stage: "phrase" | "clause";
  /** Tokens in sequence; or `phrases`, fixed word sequences, any of which matches. */
  readonly pattern?: readonly TokenTest[];
  readonly phrases?: readonly string[];
  /** Which token of the pattern is the cue word the reader is shown (default the first). */
  readonly cueAt?: number;
  readonly effect: CueEffect;
  /** The clause kinds where the row applies (default every kind). */
  readonly clauses?: readonly ClauseKind[];
  /** Conditions on the clause the row matches in: its finite and main verb, its subject, its voice. */
  readonly when?: CueCondition;
  readonly examples: readonly CueExample[];
}

export interface CueCondition {
  readonly finite?: TokenTest;
  readonly main?: TokenTest;
  /**
   * "party": the subject is a party (not its genitive); "party-first": one that stands before the
   * finite verb ("Leverantören genomför", not "Vid uppföljning redovisar Leverantören"); "none":
   * the clause names no subject.
   */
  readonly subject?: "party" | "party-first" | "none";
  readonly voice?: "active" | "passive";
  /** The verb group goes on after its finite verb: "kan *användas*", not "får (en kopia)". */
  readonly chain?: boolean;
  /** An att-clause opens right after the finite verb: "Det krävs *att* …". */
  readonly complementAfter?: boolean;
}

export type ClauseKind = "main" | "subordinate" | "complement" | "relative" | "conditional" | "coordinate";

export interface LanguagePack {
  readonly code: LanguageCode;
  readonly name: string;
  /** The locale for case folding: "sv", "en". */
  readonly locale: string;
  readonly classes: Readonly<Record<WordClass, readonly string[]>>;
  /** Verb classes by base form. */
  readonly verbs: Readonly<Record<VerbClass, readonly string[]>>;
  readonly dutyNouns: DutyNouns;
  readonly morphology: Morphology;
  readonly parties: Parties;
  readonly context: ContextCues;
  readonly table: TableClasses;
  readonly discourse: Discourse;
  readonly layout: Layout;
  readonly cues: readonly CueRow[];
}
