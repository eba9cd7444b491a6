/**
 * Surface signs of structure that readers and the judge both rely on, defined once.
 */

/** A table-of-contents line: "6.3 Brandskydd ........ 12", "6.3 Brandskydd<TAB>12", or a long dot leader. */
export const TOC_LINE = /(?:\.{4,}|…{2,}|\t)\s*\d{1,4}\s*$|\.{6,}/u;

/** A modal verb of obligation or preference, as a whole word. */
export const MODAL_WORD = /(?<![\p{L}])(?:ska|skall|måste|bör)(?![\p{L}])/iu;

/**
 * A line that is running text rather than a heading: it holds a duty, or it stops on a word that
 * cannot end a heading ("Utföraren åtar sig att").
 */
export const RUNNING_TEXT = /(?<![\p{L}])(?:ska|skall|måste|bör|åtar|ansvarar|förbinder|åligger)(?![\p{L}])|(?<![\p{L}])(?:att|och|eller|samt|som|till|för)$/iu;

/** The label that opens an answer in a Q&A: "Svar:", "Svar 3:", "Answer:". */
export const ANSWER_LABEL = /^(?:svar|answer)\b/iu;
