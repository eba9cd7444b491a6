import type { LanguagePack } from "../../model/language.js";

/**
 * Swedish inflection by ending rules, anchored on the rule author's base form. A Snowball stemmer
 * is not used on purpose: it conflates "sårbarhetsanalys" and "sårbarhetsanalyser" to different
 * stems and leaves "arbetet" unreduced, while ending rules get both right and stay explainable.
 */
export const morphology: LanguagePack["morphology"] = {
  endings: [
    "",
    // nouns: definite, plural, genitive
    "n", "en", "et", "t", "na", "ne", "r", "er", "ar", "or", "rna", "erna", "arna", "orna",
    "s", "ns", "ens", "ets", "ts", "nas", "rs", "ers", "ars", "ors", "rnas", "ernas", "arnas", "ornas", "es", "as",
    "ena", "enas",
    // verbs: present, past, supine, participles, passive
    "de", "des", "da", "d", "ade", "ades", "ad", "at", "ats", "ande", "ende", "nde", "it", "its", "tt", "tts", "dd",
    // adjectives
    "a", "e", "are", "aste",
  ],
  droppable: ["a", "e", "o"],
  minDropLength: 4,
  neuterEndings: ["skt", "igt", "ligt"],
  // "rapporteras", "redovisas", "ställs", "krävs", "ges"; not the genitives "-ens", "-ets" (see notPassive for others).
  sPassive: ["\\p{L}{2,}(?:as|es|[lrdvkpm]s)"],
  notPassive: ["vars", "dels", "annars", "mars", "avtals", "kvartals", "ansvars", "års", "förbands", "lands", "stads", "tills", "bevis"],
  passiveWords: ["sker", "finns"],
  present: ["\\p{L}{2,}r"],
  presentEndings: ["r", "er"],
  // Only endings few nouns share: "-de", "-te", "-at" and "-tt" end "område", "arbete", "resultat" and "sätt" too.
  past: ["\\p{L}{2,}(?:ade|ades|dde|des|it)"],
  infinitive: ["\\p{L}+a"],
  supine: ["\\p{L}{2,}(?:at|it|tt|ats|its)"],
  bareInfinitive: false,
  attributive: ["\\p{L}{3,}(?:ande|ende|ad|ade|erad|d|da|ig|iga|igt|lig|liga|ligt|sk|ska|skt)"],
  definite: ["\\p{Lu}\\p{Ll}+(?:en|et|n|t)"],
  notVerbs: [
    "eller", "efter", "under", "över", "hur", "där", "när", "mer", "för", "per", "vår", "år", "inför", "bakom", "utanför", "genom",
    "emellertid", "annars", "sedan", "der", "vidare", "här", "var", "dessutom", "därefter", "kr", "nr", "enligt", "fler", "nummer",
    "heller", "senare", "tidigare", "bättre", "större", "mindre", "högre", "lägre", "längre", "kortare", "vår", "er", "ur",
  ],
  genitive: "s",
  genitiveEndings: ["ns", "ts", "as"],
  compoundHeads: [
    "analys", "bedömning", "arbete", "skydd", "plan", "planering", "hantering", "rapportering",
    "rapport", "system", "ansvar", "ansvarig", "säkerhet", "åtgärd", "rutin", "krav", "avtal",
    "föreskrift", "dokumentation", "dokument", "utbildning", "övning", "ledning", "styrning",
    "uppföljning", "kontroll", "policy", "riktlinje", "anvisning", "instruktion", "tjänst",
    "verksamhet", "incident", "olycka", "händelse", "skada", "risk", "miljö", "lokal", "utrustning",
    "kostnad", "personal", "information", "kommunikation", "beredskap", "hanteringsplan", "organisation",
    "process", "metod", "program", "strategi", "förmåga", "inventering", "granskning", "revision",
    "tillsyn", "besiktning", "underhåll", "drift", "leverans", "avbrott", "störning", "kris",
    "kontinuitet", "larm", "utrymning", "evakuering", "brand", "inbrott", "stöld", "sabotage",
    "hot", "våld", "fel", "brist", "avvikelse", "tillbud", "registrering", "anmälan", "förteckning",
    "register", "lista", "förmedling", "mottagning", "plats", "område", "byggnad", "fastighet",
    "boende", "vård", "omsorg", "hälsa", "skola", "förskola", "data", "nät", "it", "teknik",
    "nämnd", "förvaltning", "styrelse", "kontor", "enhet", "avdelning", "bolag", "regel",
  ],
  ellipsisConjunctions: ["och", "eller", "samt", "respektive", "resp.", "liksom", "alternativt", "och/eller"],
  minCompoundPrefix: 2,
  /** After a hyphen at a line end, these words show a coordination hyphen that stays ("risk-" + "och"). */
  hyphenKeepers: ["och", "eller", "samt", "respektive", "resp", "liksom", "som", "till", "men", "alternativt", "och/eller", "&"],
};
