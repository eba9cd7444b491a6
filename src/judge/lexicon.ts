/**
 * The Swedish words the judge reads duties from. Base forms, case-folded; party nouns are
 * matched with their inflections and as the last part of a compound ("ramavtalsleverantören").
 */

export type Side = "supplier" | "buyer" | "third" | "both";

/** Checked in this order: "underleverantör" must be seen before "leverantör". */
export const PARTY_NOUNS: readonly (readonly [string, Side])[] = [
  ["underleverantör", "third"],
  ["underentreprenör", "third"],
  ["underkonsult", "third"],
  ["räddningstjänst", "third"],
  ["fastighetsägare", "third"],
  ["fastighetsförvaltare", "third"],
  ["hyresvärd", "third"],
  ["leverantör", "supplier"],
  ["entreprenör", "supplier"],
  ["utförare", "supplier"],
  ["anbudsgivare", "supplier"],
  ["anbudslämnare", "supplier"],
  ["anbudssökande", "supplier"],
  ["uppdragstagare", "supplier"],
  ["konsult", "supplier"],
  ["tjänsteleverantör", "supplier"],
  ["trafikföretag", "supplier"],
  ["operatör", "supplier"],
  ["avtalspart", "both"],
  ["part", "both"],
  ["beställare", "buyer"],
  ["stad", "buyer"],
  ["kommun", "buyer"],
  ["region", "buyer"],
  ["nämnd", "buyer"],
  ["förvaltning", "buyer"],
  ["köpare", "buyer"],
  ["kund", "buyer"],
  ["uppdragsgivare", "buyer"],
  ["myndighet", "buyer"],
  ["huvudman", "buyer"],
];

/** Pronouns and AMA letters: matched as written (case-sensitive for the letters). */
export const PARTY_PRONOUNS: ReadonlyMap<string, Side> = new Map([
  ["ni", "supplier"], // tender documents address the bidder as "Ni"
  ["er", "supplier"],
  ["vi", "buyer"], // … and speak for the buyer as "vi"
  ["oss", "buyer"],
]);

/** Modal verbs and phrases that make a binding duty. */
export const BINDING_MODALS: ReadonlySet<string> = new Set(["ska", "skall", "måste", "behöver"]);

/** Verbs that carry a duty by themselves: "Leverantören ansvarar för att …". */
// "svarar för" is read as a phrase in frames.ts; "svar" alone is an answer.
export const DUTY_VERBS: readonly string[] = [
  "ansvara", "åta", "åtaga", "förbinda", "förplikta", "förpliktiga", "tillse", "garantera", "åligga", "ålägga",
];

/** Adjectives and nouns of duty: "är skyldig att", "har ansvar för", "det är leverantörens skyldighet". */
export const DUTY_WORDS: readonly string[] = ["skyldig", "skyldighet", "ansvar", "ansvarig", "åliggande", "åtagande", "förpliktelse"];

/** Requirement verbs: the subject requires, the duty falls on someone else ("Staden kräver att leverantören …"). */
export const REQUIREMENT_VERBS: readonly string[] = ["kräva", "fordra", "förutsätta", "begära"];

/** Phrases that state a requirement; the duty falls on the party after "att" or "på", else on the supplier. */
export const REQUIREMENT_PHRASES: readonly string[] = ["ställer krav", "ställs krav", "ställa krav", "krav ställs", "det är ett krav", "kravet är"];

/** Column labels and tags in requirement tables. */
export const BINDING_TAGS: readonly string[] = ["ska-krav", "skall-krav", "skakrav", "skallkrav", "obligatoriskt krav", "obligatoriska krav", "grundkrav", "minimikrav", "kvalificeringskrav"];
export const SOFT_TAGS: readonly string[] = ["bör-krav", "börkrav", "önskemål", "meriterande", "mervärde", "tilldelningskriterium", "utvärderingskriterium"];

/** Modal verbs of preference or possibility. */
export const SOFT_MODALS: ReadonlySet<string> = new Set(["bör", "borde", "kan", "får", "önskas", "rekommenderas", "eftersträvas", "uppmanas", "uppmuntras", "förväntas"]);
export const SOFT_VERBS: readonly string[] = ["rekommendera", "eftersträva", "sträva", "önska", "uppmana", "uppmuntra", "förvänta"];

/** Phrases that make even a "ska" conditional or best-effort. */
export const SOFTENERS: readonly string[] = [
  "i möjligaste mån", "så långt möjligt", "så långt som möjligt", "om möjligt", "i mån av möjlighet", "vid behov", "efter förmåga",
  "i den mån", "där så är möjligt", "om så önskas", "i rimlig omfattning", "när det är lämpligt",
  "eventuell", "eventuella", "eventuellt", "i förekommande fall", "efter överenskommelse", "efter särskild överenskommelse",
];

/** Verbs that deny a duty when negated: "omfattas inte av uppdraget", "krav på SBA ställs inte". */
export const SCOPE_VERBS: readonly string[] = ["omfatta", "ingå", "gälla", "ställa", "tillämpa", "krävas"];

export const NEGATIONS: ReadonlySet<string> = new Set(["inte", "ej", "icke", "aldrig", "varken"]);
/** Words after a negation that undo it: "inte bara", "inte senare än", "inte minst". */
export const NOT_NEGATING_AFTER: ReadonlySet<string> = new Set(["bara", "endast", "enbart", "minst", "senare", "längre"]);
/** Words before a negation that make it a condition: "om inte annat avtalats". */
export const CONDITIONAL_BEFORE: ReadonlySet<string> = new Set(["om", "såvida", "där", "när", "ifall", "såframt", "annat", "än"]);

/** Phrases that deny a duty without a modal: "krävs inte", "omfattas inte", "inget krav på". */
export const NEGATING_PHRASES: readonly string[] = [
  "inget krav", "inga krav", "ej krav", "utan krav", "inga sådana krav", "inget sådant krav", "inga särskilda krav", "inget särskilt krav",
  "inga ytterligare krav", "inga specifika krav", "inget uttryckligt krav", "undantas", "undantagen", "undantaget", "undantag från", "befriad", "befrias", "inte tillämpligt", "ej tillämpligt",
];

/** Adverbs that may stand between a modal and its verb or subject. */
export const ADVERBS: ReadonlySet<string> = new Set([
  "även", "också", "dessutom", "alltid", "årligen", "löpande", "fortlöpande", "kontinuerligt", "regelbundet", "omedelbart", "snarast",
  "skyndsamt", "dock", "därför", "vidare", "därutöver", "minst", "senast", "själv", "själva", "särskilt", "vid", "var", "tid",
  "på", "begäran", "i", "samråd", "med", "utan", "dröjsmål", "under", "hela", "avtalstiden", "avtalsperioden", "kontraktstiden",
  "för", "egen", "räkning", "sin", "sitt", "sina", "gemensamt", "tillsammans", "därvid", "härvid", "då", "så", "också",
  "däremot", "emellertid", "likväl", "alltså", "således", "därmed", "härmed", "framöver", "fortsättningsvis",
]);

/** Words that end in -r without being present-tense verbs. */
export const NOT_VERBS: ReadonlySet<string> = new Set([
  "eller", "efter", "under", "över", "hur", "där", "när", "mer", "för", "per", "vår", "år", "inför", "bakom", "utanför", "genom",
  "emellertid", "annars", "sedan", "der", "vidare", "när", "här", "var", "dessutom", "därefter", "kr", "nr", "enligt",
]);

/** Possessives that mark a concept as the supplier's own. */
export const OWN_MARKERS: ReadonlySet<string> = new Set(["sin", "sitt", "sina", "egen", "eget", "egna"]);

/** Headings of sections that describe or define and bind no one. */
export const NON_BINDING_SECTIONS: readonly (readonly [RegExp, "toc" | "definitions" | "history" | "background"])[] = [
  [/^(?:\d+(?:\.\d+)*\.?\s+)?(?:innehåll|innehållsförteckning|innehållsregister|contents|table of contents)\b/iu, "toc"],
  [/^(?:\d+(?:\.\d+)*\.?\s+)?(?:definitioner|begrepp|begreppsförklaring(?:ar)?|ordlista|förkortningar|termer och definitioner|definitioner och förkortningar)\b/iu, "definitions"],
  [/^(?:\d+(?:\.\d+)*\.?\s+)?(?:revisionshistorik|versionshistorik|ändringshistorik|dokumenthistorik|ändringslogg|versionslogg|revideringar|dokumentinformation|ändringar i (?:förfrågningsunderlaget|upphandlingsdokumenten|dokumentet|denna version))\b/iu, "history"],
  [/^(?:\d+(?:\.\d+)*\.?\s+)?(?:bakgrund|nulägesbeskrivning|historik)\b/iu, "background"],
];
