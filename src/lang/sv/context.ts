import type { LanguagePack } from "../../model/language.js";

/** Where a Swedish passage stands, and what that makes of it. */
export const context: LanguagePack["context"] = {
  sections: {
    toc: ["innehåll", "innehållsförteckning", "innehållsregister"],
    definitions: [
      "definitioner", "begrepp", "begreppsförklaring", "begreppsförklaringar", "ordlista", "förkortningar", "termer och definitioner",
      "definitioner och förkortningar",
    ],
    history: [
      "revisionshistorik", "versionshistorik", "ändringshistorik", "dokumenthistorik", "ändringslogg", "versionslogg", "revideringar",
      "dokumentinformation", "ändringar i förfrågningsunderlaget", "ändringar i upphandlingsdokumenten", "ändringar i dokumentet",
      "ändringar i denna version",
    ],
    background: ["bakgrund", "nulägesbeskrivning", "historik"],
  },
  superseded: {
    adjectives: ["tidigare", "nuvarande", "gammal", "gamla", "befintlig", "ursprunglig", "hittillsvarande", "gällande"],
    nouns: ["lydelse", "text", "formulering"],
    markers: ["hade följande lydelse", "hade följande text", "tidigare lydelse", "nuvarande lydelse", "ursprungliga lydelse", "gamla lydelse", "lydelsen var"],
  },
  definitions: {
    openers: ["med"],
    verbs: ["avses", "menas", "betyder", "definieras som"],
    afterDash: ["en", "ett", "de", "den", "avser", "betyder", "innebär", "benämning", "samlingsnamn", "förkortning"],
    notTerms: ["observera", "notera", "obs", "viktigt", "krav", "kravet", "exempel", "ex", "not", "anm", "svar", "fråga"],
    leadIns: ["avses med", "menas med", "följande begrepp", "följande definitioner", "följande förkortningar", "följande termer"],
    columns: ["begrepp", "term", "förkortning", "definition"],
    historyColumns: ["version", "rev", "revision", "ändring", "ändringar"],
  },
  question: ["fråga"],
  answer: ["svar"],
  yes: ["ja"],
  no: ["nej"],
  evaluation: ["mervärde", "meriterande", "tillgodoräkn", "poäng", "mervärdesavdrag", "tilldelningskriteri", "utvärderingskriteri"],
  evaluationHeadings: ["mervärde", "meriterande", "kvalitetsutvärdering", "kvalitetskriteri", "tilldelningskriteri", "utvärderingskriteri"],
  notEvaluation: ["mervärdesskatt"],
  qualification: [["erfarenhet", "av"], ["erfarenhet", "från"], ["erfarenhet", "inom"], ["kunskap", "om"], ["kunskaper", "om"], ["kunskap", "inom"], ["kunskaper", "inom"], ["kompetens", "inom"], ["kompetens", "i"], ["god", "kännedom", "om"], ["vana", "av"], ["vana", "vid"], ["förmåga", "att"], ["utbildning", "i"], ["utbildning", "inom"]],
  law: ["lag", "förordning", "författning", "lagstiftning", "lagkrav", "rättsakt"],
  description: [["beskrivning", "av"], ["beskrivning", "över"], ["redogörelse", "för"], ["redogörelse", "av"]],
  design: {
    verbs: ["projekteras", "förses", "utformas", "dimensioneras", "uppföras", "byggas", "utrustas", "projektera", "förse", "utforma", "dimensionera"],
    nouns: ["projektering", "projekteringen", "dimensionering", "dimensioneringen", "utformning", "utformningen"],
  },
  attached: ["bifogas", "biläggs", "bilägges"],
  lightVerbs: ["görs", "sker", "utförs", "genomförs"],
};

/** Requirement tables: the class a row's own cell, or a mark under a column, gives it. */
export const table: LanguagePack["table"] = {
  binding: ["ska", "skall", "ska-krav", "skall-krav", "skakrav", "skallkrav", "obligatorisk", "obligatoriskt", "obligatoriska", "obligatoriskt krav", "obligatoriska krav", "grundkrav", "minimikrav", "kvalificeringskrav"],
  soft: ["bör", "bör-krav", "börkrav", "önskemål", "önskvärt", "meriterande", "mervärde", "utvärderingskrav", "tilldelningskriterium", "utvärderingskriterium"],
  marks: ["x", "✓", "✔", "✗", "●", "•"],
  answers: ["ja", "nej"],
};

/** How Swedish passages point back, strike and replace. */
export const discourse: LanguagePack["discourse"] = {
  anaphors: [
    ["denna", []], ["detta", []], ["dessa", []], ["sådan", []], ["sådant", []], ["sådana", []], ["densamma", []],
    ["resultatet", ["resultat", "analys", "bedömning"]], ["resultaten", ["resultat", "analys", "bedömning"]],
    ["analysen", ["analys", "bedömning"]], ["analyserna", ["analys", "bedömning"]],
    ["planen", ["plan"]], ["planerna", ["plan"]], ["arbetet", ["arbete"]],
    ["rapporten", ["rapport", "analys"]], ["rapporterna", ["rapport", "analys"]],
    ["dokumentationen", ["dokumentation"]], ["underlaget", ["underlag", "analys"]],
  ],
  reachBack: ["analys", "plan"],
  strikes: ["utgår", "stryks", "gäller inte", "ska inte tillämpas", "tillämpas inte"],
  notStrikeAfter: ["inte", "ej", "vite", "ersättning", "ränta", "avdrag", "arvode", "betalning", "ett", "en", "kr", "med", "från", "ifrån"],
  payable: ["vite", "viten", "vitet", "ersättning", "ersättningen", "avdrag", "arvode", "arvodet", "ränta", "betalning"],
  clauseNouns: ["punkt", "punkterna", "avsnitt", "avsnitten", "klausul", "klausulerna", "villkor", "krav", "kravet", "§"],
  documentNouns: ["bilaga", "bilagan"],
  ordinals: ["första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde"],
  paragraphNoun: ["stycket"],
  replaces: ["ersätts", "följande lydelse", "ska lyda", "lyder"],
  replacedBy: ["ersätts", "ändras", "ska lyda"],
  replacedAfter: ["ersätts", "utgår", "stryks", "byts ut", "ändras", "upphävs", "gäller inte"],
};

/** What the readers need: page footers and sentence abbreviations. */
export const layout: LanguagePack["layout"] = {
  pageWords: ["sida", "sid", "s."],
  pageOf: ["av"],
  abbreviations: [
    "tex", "bla", "enl", "sk", "kap", "mm", "mfl", "resp", "ca", "jfr", "inkl", "exkl", "nr", "st",
    "p", "fd", "dvs", "osv", "from", "tom", "ang", "avd", "tel", "ev", "dnr", "mom", "prop", "bil", "sid",
    "s", "f", "ff", "el", "pga", "od", "dä", "kl", "ex", "vs", "jan", "febr", "feb", "apr", "aug",
    "sept", "sep", "okt", "nov", "dec", "forts", "tf", "vd", "adr", "anm", "avs", "bet", "art", "ds",
    "sou", "sfs", "uppl", "vg", "äv", "hänv", "jmf", "bilr", "mha", "ibl",
  ],
  wordStyles: { heading: "Rubrik", title: "Rubrik", toc: "Innehåll" },
};
