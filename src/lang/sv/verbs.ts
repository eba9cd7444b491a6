import type { LanguagePack } from "../../model/language.js";

/** Swedish verbs by class, as base forms (infinitives; "åta" also finds "åtar"). */
export const verbs: LanguagePack["verbs"] = {
  duty: ["ansvara", "åta", "åtaga", "förbinda", "förplikta", "förpliktiga", "tillse", "garantera", "åligga", "ålägga"],
  requirement: ["kräva", "fordra", "förutsätta", "begära"],
  soft: ["rekommendera", "eftersträva", "sträva", "önska", "uppmana", "uppmuntra", "förvänta"],
  scope: ["omfatta", "ingå", "gälla", "ställa", "tillämpa", "kräva"],
  description: ["beskriva", "redogöra", "ange", "uppge", "framgå"],
  habit: ["bruka", "pläga"],
  task: ["leda", "stödja", "stötta", "driva", "samordna", "bistå", "hjälpa", "utveckla", "projektleda", "utreda", "coacha", "handleda"],
  possession: ["ha", "äga", "inneha", "förfoga"],
  state: ["vara", "finna", "innebära", "medföra", "utgöra", "bli", "verka", "tyckas", "synas", "framstå", "gå"],
};

/** Nouns and adjectives of duty: "är skyldig att", "har ansvar för", "det är leverantörens skyldighet". */
export const dutyNouns: LanguagePack["dutyNouns"] = {
  nouns: ["skyldig", "skyldighet", "ansvar", "ansvarig", "åliggande", "åtagande", "förpliktelse"],
  bearerLinks: [["åvilar"], ["tillkommer"], ["ligger", "hos"], ["ligger", "på"], ["vilar", "på"], ["vilar", "hos"]],
};
