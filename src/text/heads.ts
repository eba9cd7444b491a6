/**
 * Common heads of Swedish compounds in contract language. Coordination ellipsis
 * ("risk- och sårbarhetsanalys") can only be expanded when we know where the shared head of the
 * last compound starts; this list tells us. Base forms; inflected endings are handled by the caller.
 */
export const COMPOUND_HEADS: readonly string[] = [
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
];
