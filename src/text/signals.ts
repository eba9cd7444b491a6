/**
 * Surface signs of structure that readers and the judge both rely on, defined once, from the
 * words of every language pack (a document is read before its language is known).
 */
import { READING } from "../lang/index.js";

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
const alternatives = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join("|");

/** One of `words` standing as a whole word (Swedish letters count as letters, unlike \b). */
export const wordPattern = (words: readonly string[], flags = "iu"): RegExp => new RegExp(`(?<![\\p{L}])(?:${alternatives(words)})(?![\\p{L}])`, flags);

/** A table-of-contents line: "6.3 Brandskydd ........ 12", "6.3 Brandskydd<TAB>12", or a long dot leader. */
export const TOC_LINE = /(?:\.{4,}|…{2,}|\t)\s*\d{1,4}\s*$|\.{6,}/u;

/** A modal verb of obligation or preference, as a whole word. */
export const MODAL_WORD = wordPattern(READING.modals);

const ENDS_ON = new RegExp(`(?<![\\p{L}])(?:${alternatives(READING.neverEndsHeading)})$`, "iu");
const DUTY_VERB = wordPattern(READING.dutyVerbs);

/**
 * A line that is running text rather than a heading: it holds a modal or duty verb, or it stops on
 * a word that cannot end a heading ("Utföraren åtar sig att").
 */
export function isRunningText(line: string): boolean {
  return MODAL_WORD.test(line) || DUTY_VERB.test(line) || ENDS_ON.test(line.trimEnd());
}

/** A word that opens a line continuing the one before: "… ska rapporteras i" / "Regionens avvikelsesystem". */
export const RUNS_ON = new RegExp(`(?:,|(?<![\\p{L}])(?:${alternatives(READING.runsOn)}))$`, "iu");

/** The label that opens an answer in a Q&A: "Svar:", "Svar 3:", "Answer:". */
export const ANSWER_LABEL = new RegExp(`^(?:${alternatives(READING.answers)})(?![\\p{L}])`, "iu");

/** The label that opens a question in a Q&A: "Fråga 3:", "Question:". */
export const QUESTION_LABEL = new RegExp(`^(?:${alternatives(READING.questions)})\\s*\\d*\\s*[:.]`, "iu");

/** A heading that is only a question's label and number: "Fråga 4", "4.2 Question 7". */
export const QUESTION_HEADING = new RegExp(`^(?:\\d+(?:\\.\\d+)*\\.?\\s+)?(?:${alternatives(READING.questions)})\\s*\\d+\\s*$`, "iu");

/** A page number as a running footer prints it, numbers blanked to "#": "sida # (#)", "page # of #", "#/#". */
export const PAGE_NUMBER = new RegExp(`^(?:(?:${alternatives(READING.pageWords)})\\s*)?[-–(]?\\s*#\\s*[-–)]?\\s*(?:(?:\\(|${alternatives(READING.pageOf)}|\\/)\\s*#\\s*\\)?)?$`, "u");

/** A cell or line that is only a requirement table's class: "Ska", "Bör-krav". */
export const TABLE_CLASS = new RegExp(`^(?:${alternatives([...READING.tableBinding, ...READING.tableSoft])})$`, "iu");

/** A cell or line that is only a requirement table's class or mark: "X", "Ja", "Ska", "Bör-krav". */
export const TABLE_MARK = new RegExp(`^(?:${alternatives([...READING.tableBinding, ...READING.tableSoft, ...READING.tableMarks].map((w) => w))})$`, "iu");
