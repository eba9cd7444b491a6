import { describe, expect, it } from "vitest";
import type { Status } from "../../src/model/rule.js";
import { loadRulebooksForRun } from "../../src/cli/rulebooks.js";
import { checkUnit } from "../../src/engine/check.js";
import { prepareRules } from "../../src/engine/prepare.js";
import { ROOT, textDoc } from "../helpers.js";

const books = loadRulebooksForRun([], ROOT, {});
if (!books.ok) throw new Error("the bundled rulebook does not load");
const prepared = prepareRules(books.value);

/** The status a rule gets for a contract made of `text` (Markdown). */
function statusOf(ruleId: string, text: string): Status | "not applicable" {
  const unit = checkUnit("avtal.md", [textDoc(text, "avtal.md", "markdown")], prepared);
  if (unit.notApplicable.some((n) => n.ruleId === ruleId)) return "not applicable";
  const result = unit.results.find((r) => r.ruleId === ruleId);
  if (!result) throw new Error(`no rule ${ruleId}`);
  return result.status;
}

describe("traps in Swedish contract text", () => {
  describe("normalisation", () => {
    it("a word broken across lines in a PDF still counts", () => {
      expect(statusOf("SUP-FIRE", "Leverantören ska bedriva ett systematiskt brandskydds-\narbete i lokalerna.")).toBe("present");
    });

    it("decomposed å and a soft hyphen inside a word still count", () => {
      expect(statusOf("SUP-RSA", "Leverantören ska a\u030Arligen genomföra en sa\u030Arbarhets\u00ADanalys av verksamheten.")).toBe("present");
    });

    it("risk- och sårbarhetsanalys is a riskanalys and a sårbarhetsanalys", () => {
      expect(statusOf("SUP-RSA", "Utföraren ska genomföra risk- och sårbarhetsanalyser.")).toBe("present");
    });
  });

  describe("Swedish words", () => {
    it("inflected and compound forms: sårbarhetsanalyserna, brandskyddsarbetet, säkerhetsincidenter, RSA:n", () => {
      expect(statusOf("SUP-RSA-REPORT", "Sårbarhetsanalyserna ska redovisas för nämnden varje år.")).toBe("present");
      expect(statusOf("SUP-FIRE", "Entreprenören ansvarar för brandskyddsarbetet och dess dokumentation enligt LSO.")).toBe("present");
      expect(statusOf("SUP-INCIDENT", "Leverantören ska anmäla säkerhetsincidenter till Beställaren inom 24 timmar.")).toBe("present");
      expect(statusOf("SUP-RSA-REPORT", "RSA:n ska lämnas till förvaltningen senast den 1 mars.")).toBe("present");
    });

    it("the system name RISK is not the word risk", () => {
      expect(statusOf("SUP-INCIDENT", "Leverantören ska beakta varje risk i verksamheten.")).toBe("missing");
    });

    it("AMA AF's B is the buyer once the document defines the letters", () => {
      const doc = "Beställare (B): Stockholms stad. Entreprenör (E): den som tilldelas kontraktet.\n\n";
      expect(statusOf("SUP-RSA", `${doc}B ska genomföra en risk- och sårbarhetsanalys för objektet.`)).toBe("missing");
      expect(statusOf("SUP-FIRE", `${doc}E ska bedriva systematiskt brandskyddsarbete på arbetsplatsen.`)).toBe("present");
    });
  });

  describe("clause units", () => {
    it("a list item takes its duty from the lead-in", () => {
      expect(statusOf("SUP-RSA", "Leverantören ska:\n\n- upprätta en riskanalys för verksamheten,\n- utse en kontaktperson.")).toBe("present");
    });

    it("a sentence with t.ex. and bl.a. is one clause", () => {
      expect(statusOf("SUP-INCIDENT", "Leverantören ska rapportera avvikelser, t.ex. fel i leveransen och bl.a. tillbud, i RISK.")).toBe("present");
    });

    it("the heading a clause sits under gives it its topic", () => {
      expect(statusOf("SUP-INFOSEC", "## 7 Informationssäkerhet\n\nLeverantören ska följa de riktlinjer som staden beslutar.")).toBe("present");
    });

    it("a requirement row marked Ska-krav binds", () => {
      expect(statusOf("SUP-CONTINUITY", "| Nr | Krav | Typ |\n|---|---|---|\n| 12 | Kontinuitetsplan för verksamheten | Ska-krav |")).toBe("present");
      expect(statusOf("SUP-CONTINUITY", "| Nr | Krav | Typ |\n|---|---|---|\n| 12 | Kontinuitetsplan för verksamheten | Bör-krav |")).toBe("weak");
    });
  });

  describe("obligations", () => {
    it("the buyer's own RSA is not a supplier duty", () => {
      expect(statusOf("SUP-RSA", "Staden genomför årligen en risk- och sårbarhetsanalys enligt lag (2006:544).")).toBe("missing");
      expect(statusOf("SUP-RSA", "Beställaren ska upprätta en riskanalys innan arbetet påbörjas.")).toBe("missing");
    });

    it("bör is not ska", () => {
      expect(statusOf("SUP-FIRE", "Leverantören bör bedriva systematiskt brandskyddsarbete.")).toBe("weak");
    });

    it("an explicit exemption is negated, a condition is not", () => {
      expect(statusOf("SUP-FIRE", "Leverantören är undantagen från kravet på systematiskt brandskyddsarbete.")).toBe("negated");
      expect(statusOf("SUP-INCIDENT", "Leverantören ska, om inte annat avtalats, rapportera incidenter i RISK.")).toBe("present");
    });

    it("passive voice in a contract binds the supplier unless it names another agent", () => {
      expect(statusOf("SUP-INCIDENT", "Incidenter ska rapporteras i stadens system RISK.")).toBe("present");
      expect(statusOf("SUP-RSA", "Risk- och sårbarhetsanalysen ska genomföras av Beställaren.")).toBe("missing");
    });

    it("the concept and the duty must meet in one clause", () => {
      expect(statusOf("SUP-RSA", "Risk- och sårbarhetsanalyser är viktiga för staden. Leverantören ska lämna uppgifter om sin personal.")).toBe("missing");
    });

    it("a duty on a subcontractor alone does not bind the supplier", () => {
      expect(statusOf("SUP-FIRE", "Underleverantören ska bedriva systematiskt brandskyddsarbete.")).toBe("missing");
      expect(statusOf("SUP-FIRE", "Leverantören ska se till att underleverantörer bedriver systematiskt brandskyddsarbete.")).toBe("present");
    });

    it("beredskap as on-call duty is not contingency planning, and personalkontinuitet is not continuity", () => {
      expect(statusOf("SUP-PREMISES", "Personalen på äldreboendet har beredskap nattetid. Ersättning för beredskap i lokalen utgår enligt kollektivavtal.")).toBe("missing");
      expect(statusOf("SUP-CONTINUITY", "Utföraren ska säkerställa god personalkontinuitet.")).toBe("missing");
    });
  });

  describe("applicability", () => {
    it("the premises rule applies to premises-based care, or when the user chooses its profile", () => {
      const it = "Leverantören ska drifta stadens servrar i egna datahallar.";
      expect(statusOf("SUP-PREMISES", it)).toBe("not applicable");
      expect(statusOf("SUP-PREMISES", `Uppdraget gäller drift av ett äldreboende. ${it}`)).toBe("missing");
      const unit = checkUnit("it.md", [textDoc(it, "it.md", "markdown")], prepared, { candidates: 3, profiles: ["omsorgsboende"] });
      expect(unit.results.find((r) => r.ruleId === "SUP-PREMISES")?.status).toBe("missing");
    });
  });

  describe("context that binds no one", () => {
    it("a table of contents", () => {
      expect(statusOf("SUP-RSA", "## Innehållsförteckning\n\n3.2 Risk- och sårbarhetsanalys ska genomföras ........ 12")).toBe("missing");
    });

    it("a definitions list", () => {
      expect(statusOf("SUP-INCIDENT", "## 2 Definitioner\n\nIncident: en händelse som ska rapporteras till Beställaren.")).toBe("missing");
      expect(statusOf("SUP-RSA", "Med risk- och sårbarhetsanalys avses en analys som leverantören ska göra.")).toBe("missing");
    });

    it("revision history", () => {
      expect(statusOf("SUP-RSA", "## Revisionshistorik\n\nVersion 2.0: kravet att leverantören ska genomföra en RSA har lagts till.")).toBe("missing");
    });

    it("a background section", () => {
      expect(statusOf("SUP-RSA", "## 1.1 Bakgrund\n\nEnligt programmet ska leverantörer genomföra risk- och sårbarhetsanalyser.")).toBe("missing");
    });
  });
});

describe("traps the review found", () => {
  it("a denied omission is a duty: får inte underlåta, ska aldrig försumma", () => {
    expect(statusOf("SUP-RSA", "Leverantören får inte underlåta att genomföra risk- och sårbarhetsanalyser.")).toBe("present");
    expect(statusOf("SUP-INFOSEC", "Leverantören ska aldrig försumma att följa stadens riktlinjer för informationssäkerhet.")).toBe("present");
  });

  it("a run-in label before a duty is not a definition", () => {
    expect(statusOf("SUP-FIRE", "Brandskydd – det åligger leverantören att bedriva systematiskt brandskyddsarbete.")).toBe("present");
    expect(statusOf("SUP-RSA", "Leverantören ska inom ramen för uppdraget: en gång per år genomföra en risk- och sårbarhetsanalys.")).toBe("present");
    expect(statusOf("SUP-RSA", "Risk- och sårbarhetsanalys: en analys av risker som leverantören gör.")).toBe("missing");
  });
});

describe("who does what in one sentence", () => {
  it("a relative clause inside the subject neither softens nor denies the duty", () => {
    expect(statusOf("SUP-INCIDENT", "Säkerhetsincidenter, till exempel inbrott eller en journal som inte kan återfinnas, ska rapporteras till förvaltningen samma dag.")).toBe("present");
  });

  it("verbs joined by och share their subject", () => {
    expect(statusOf("SUP-FIRE", "Staden äger och förvaltar fastigheten och svarar för det systematiska brandskyddsarbetet i huset.")).toBe("missing");
    expect(statusOf("SUP-FIRE", "Leverantören hyr lokalerna av fastighetsbolaget och svarar för det systematiska brandskyddsarbetet i dem.")).toBe("present");
  });

  it("som after a party can mean 'as' and does not hide the subject", () => {
    expect(statusOf("SUP-FIRE", "Nämnden som hyresgäst och bolaget som fastighetsägare ansvarar gemensamt för det systematiska brandskyddsarbetet.")).toBe("missing");
  });

  it("the agent of a passive verb is the party after av, not an owner named later", () => {
    expect(statusOf("SUP-INCIDENT", "Tillbud ska rapporteras till rektor samma dag på kommunens blankett för tillbudsrapportering.")).toBe("present");
    expect(statusOf("SUP-INCIDENT", "Avvikelser ska rapporteras av den beställande enheten i Regionens avvikelsesystem.")).toBe("missing");
  });

  it("an inverted subject may have an adjective before it", () => {
    expect(statusOf("SUP-INFOSEC", "Vid avrop kan beställande nämnd precisera krav på informationssäkerhet.")).toBe("missing");
  });

  it("denying the handing in of an analysis does not deny carrying it out", () => {
    const text = "Riskanalysen behöver inte lämnas in till förvaltningen.";
    expect(statusOf("SUP-RSA", text)).toBe("missing");
    expect(statusOf("SUP-RSA-REPORT", text)).toBe("negated");
    expect(statusOf("SUP-FIRE", "Leverantören behöver inte redovisa sitt systematiska brandskyddsarbete för nämnden.")).toBe("missing");
  });

  it("a present-tense passive states a procedure when it is the rule's own verb", () => {
    expect(statusOf("SUP-INCIDENT", "Missförhållanden hanteras enligt lex Sarah och rapporteras till placerande nämnd inom 24 timmar.")).toBe("present");
    expect(statusOf("SUP-FIRE", "Systematiskt brandskyddsarbete regleras i lagen (2003:778) om skydd mot olyckor.")).toBe("missing");
    expect(statusOf("SUP-INCIDENT", "Avvikelser som uppstår i vården rapporteras av den beställande vårdenheten i Regionens avvikelsesystem.")).toBe("missing");
  });

  it("en del av is not a report", () => {
    expect(statusOf("SUP-RSA-REPORT", "Riskbedömningen av varje barn är en del av vårdåtagandet och ska dokumenteras i journalen.")).toBe("missing");
  });
});

describe("passages read together", () => {
  it("a noun that refers back is a mention of what it names", () => {
    const text = "Leverantören ska årligen genomföra en risk- och sårbarhetsanalys av verksamheten. Analysen ska redovisas för Beställaren senast den 31 mars.";
    expect(statusOf("SUP-RSA-REPORT", text)).toBe("present");
  });

  it("it refers to the nearest passage that names its noun, not any earlier one", () => {
    const text = [
      "Leverantören ska genomföra en riskanalys av verksamheten.",
      "Leverantören ska också ha en kontinuitetsplan för verksamheten.",
      "Planen ska lämnas till Beställaren varje år.",
    ].join(" ");
    expect(statusOf("SUP-RSA-REPORT", text)).toBe("missing");
  });

  it("the analysis of one subsection is the one the next subsection hands in", () => {
    const text = [
      "## 3 Säkerhet",
      "### 3.1 Risk- och sårbarhetsanalys",
      "Leverantören ska varje år genomföra en risk- och sårbarhetsanalys av driften.",
      "### 3.2 Redovisning",
      "Leverantören ska redovisa analysen för Beställarens säkerhetssamordnare senast den 31 mars.",
    ].join("\n\n");
    expect(statusOf("SUP-RSA-REPORT", text)).toBe("present");
  });

  it("but 'under arbetet' in the next subsection is any work, not the fire-safety work", () => {
    const text = [
      "## 3 Säkerhet",
      "### 3.1 Brandskydd",
      "Beställaren bedriver det systematiska brandskyddsarbetet i stationerna.",
      "### 3.2 Passerkort",
      "Leverantörens personal ska bära Beställarens passerkort synligt under arbetet.",
    ].join("\n\n");
    expect(statusOf("SUP-FIRE", text)).toBe("missing");
  });

  it("a Q&A answer is read with its question, and the question binds no one", () => {
    const qa = (answer: string): string =>
      ["## Frågor och svar", "Fråga 2: Ska leverantören bedriva systematiskt brandskyddsarbete i lokalerna?", answer].join("\n\n");
    expect(statusOf("SUP-FIRE", qa("Svar: Ja, det ska ske enligt lag (2003:778) om skydd mot olyckor."))).toBe("present");
    expect(statusOf("SUP-FIRE", qa("Svar: Nej, det behöver leverantören inte göra."))).toBe("negated");
    expect(statusOf("SUP-FIRE", qa("Svar: Se avsnitt 4 i kravspecifikationen."))).toBe("missing");
  });

  it("a clause struck out by a later clause is negated", () => {
    const text = [
      "## 5 Säkerhet",
      "5.2 Leverantören ska bedriva systematiskt brandskyddsarbete i sina lokaler.",
      "## 9 Ändringar",
      "Punkt 5.2 i kontraktsvillkoren utgår.",
    ].join("\n\n");
    expect(statusOf("SUP-FIRE", text)).toBe("negated");
  });
});

describe("bare answers in a Q&A", () => {
  const qa = (question: string, answer: string): string => ["## Frågor och svar", `Fråga 4: ${question}`, `Svar: ${answer}`].join("\n\n");

  it("'Ja' affirms and 'Nej' denies the duty asked about", () => {
    expect(statusOf("SUP-CONTINUITY", qa("Måste leverantören ha en kontinuitetsplan för tjänsten?", "Ja."))).toBe("present");
    expect(statusOf("SUP-CONTINUITY", qa("Måste leverantören ha en kontinuitetsplan för tjänsten?", "Nej."))).toBe("negated");
  });

  it("a denied handing-in says nothing about carrying out the analysis", () => {
    const text = qa("Ska leverantören lämna in sin riskanalys till förvaltningen?", "Nej.");
    expect(statusOf("SUP-RSA-REPORT", text)).toBe("negated");
    expect(statusOf("SUP-RSA", text)).toBe("missing");
  });

  it("'Ja' to a question about the buyer's own work binds no supplier", () => {
    expect(statusOf("SUP-FIRE", qa("Bedriver kommunen systematiskt brandskyddsarbete i skolans lokaler?", "Ja."))).toBe("missing");
  });
});

describe("requirement tables classify their rows", () => {
  const table = (header: string, row: string): string => `## 4 Krav på tjänsten\n\n${header}\n${header.replace(/[^|]+/gu, "---")}\n${row}\n`;

  it("an X under Bör makes the row a wish, whatever verb it uses", () => {
    const row = "| K7 | Leverantören ska ha en dokumenterad kontinuitetsplan för tjänsten. | | X |";
    expect(statusOf("SUP-CONTINUITY", table("| Nr | Krav | Ska | Bör |", row))).toBe("weak");
  });

  it("an X under Ska binds a row that has no verb of duty", () => {
    const row = "| K2 | Årlig risk- och sårbarhetsanalys av tjänsten och driftorganisationen. | X | |";
    expect(statusOf("SUP-RSA", table("| Nr | Krav | Ska | Bör |", row))).toBe("present");
  });

  it("a Bör-krav cell softens a ska in the same row", () => {
    const row = "| 3.4 | Leverantören ska rapportera avvikelser i kommunens system RISK. | Bör-krav |";
    expect(statusOf("SUP-INCIDENT", table("| Nr | Krav | Typ |", row))).toBe("weak");
  });

  it("a row marked in both columns is read by its own words", () => {
    const row = "| K7 | Leverantören ska ha en dokumenterad kontinuitetsplan för tjänsten. | X | X |";
    expect(statusOf("SUP-CONTINUITY", table("| Nr | Krav | Ska | Bör |", row))).toBe("present");
  });

  it("a denial in a Ska row stays a denial", () => {
    const row = "| K9 | Leverantören behöver inte bedriva systematiskt brandskyddsarbete i kundens lokaler. | X | |";
    expect(statusOf("SUP-FIRE", table("| Nr | Krav | Ska | Bör |", row))).toBe("negated");
  });
});

describe("denials and what they cover", () => {
  it("varken … eller, and a subject denied with ingen or inga", () => {
    const text = "Utföraren behöver varken upprätta någon riskanalys eller redovisa en sådan för nämnden.";
    expect(statusOf("SUP-RSA", text)).toBe("negated");
    expect(statusOf("SUP-RSA-REPORT", text)).toBe("negated");
    expect(statusOf("SUP-RSA-REPORT", "Svar: Nej, ingen riskbedömning ska bifogas anbudet.")).toBe("negated");
  });

  it("a requirement named and then denied: Krav på att … ställs inte, omfattas inte av skyldigheten att", () => {
    expect(statusOf("SUP-RSA", "Krav på att Entreprenören ska genomföra en risk- och sårbarhetsanalys ställs inte i denna upphandling.")).toBe("negated");
    expect(statusOf("SUP-INCIDENT", "Leverantören omfattas inte av skyldigheten att rapportera incidenter i stadens system RISK.")).toBe("negated");
  });

  it("'inga sådana krav' denies, 'ingår inte i kontraktshandlingarna' does not", () => {
    expect(statusOf("SUP-INFOSEC", "Det finns inga sådana krav på informationssäkerhet i denna upphandling.")).toBe("negated");
    expect(statusOf("SUP-CONTINUITY", "Entreprenören bör ha en kontinuitetsplan för arbetena. Planen ingår inte i kontraktshandlingarna.")).toBe("weak");
  });
});

describe("amendments", () => {
  it("the wording an amendment replaces binds no one", () => {
    const text = [
      "### Ändring 5 – Systematiskt brandskyddsarbete",
      'Tidigare lydelse: "Leverantören ska bedriva systematiskt brandskyddsarbete i sina lokaler."',
      "Ny lydelse: Punkt 8.6 utgår i sin helhet.",
    ].join("\n\n");
    expect(statusOf("SUP-FIRE", text)).toBe("negated");
  });

  it("a quoted sentence that is replaced does not count; its replacement does", () => {
    const text = 'Texten "Entreprenören ska upprätta en kontinuitetsplan för arbetena" ersätts med "Entreprenören bör ha en plan för hur arbetena kan fortgå vid störningar".';
    expect(statusOf("SUP-CONTINUITY", text)).toBe("weak");
  });

  it("clauses struck by letter and number, by requirement id, or one paragraph of them", () => {
    const general = [
      "## Del A Allmänna villkor",
      "### A.5 Risk- och sårbarhetsanalys",
      "Leverantören ska årligen genomföra en risk- och sårbarhetsanalys av uppdraget.",
      "Leverantören ska redovisa analysen för Beställaren senast den 1 mars varje år.",
      "### A.8 Lokaler",
      "Leverantörens lokaler ingår i stadsdelsnämndens beredskapsplan och kan användas som mottagningsplats vid en katastrof.",
      "## Del B Särskilda villkor",
      "Punkt A.5 andra stycket gäller inte för detta avtal. Punkt A.8 utgår.",
    ].join("\n\n");
    expect(statusOf("SUP-RSA", general)).toBe("present");
    expect(statusOf("SUP-RSA-REPORT", general)).toBe("negated");
    expect(statusOf("SUP-PREMISES", general)).toBe("negated");
    const ids = ["| Nr | Krav |", "|---|---|", "| SK-10 | Leverantören ska bedriva systematiskt brandskyddsarbete i driftlokalerna. |", "", "Krav SK-10 utgår i sin helhet."].join("\n");
    expect(statusOf("SUP-FIRE", ids)).toBe("negated");
  });

  it("a strike that quotes what it strikes is itself the denial", () => {
    const text = "Punkt 8.3 i de allmänna villkoren, som anger att utförarens lokaler ingår i kommunens beredskapsplan och kan användas som mottagningsplats, gäller inte för detta avtal.";
    expect(statusOf("SUP-PREMISES", text)).toBe("negated");
  });
});

describe("evaluation, definitions, and who acts", () => {
  it("what a bidder commits to for a quality bonus is a wish, not a requirement", () => {
    expect(statusOf("SUP-RSA", "Mervärde ges till den anbudsgivare som förbinder sig att årligen genomföra en risk- och sårbarhetsanalys av verksamheten.")).toBe("weak");
    expect(statusOf("SUP-RSA", "Priserna anges exklusive mervärdesskatt. Leverantören ska årligen genomföra en risk- och sårbarhetsanalys.")).toBe("present");
  });

  it("a list led in by 'avses med:' defines terms", () => {
    expect(statusOf("SUP-CONTINUITY", "I detta avtal avses med:\n\n- Kontinuitetsplan: Leverantörens plan för att upprätthålla tjänsten vid störningar.\n")).toBe("missing");
  });

  it("a verb inside the subject does not govern it; the main verb does", () => {
    expect(statusOf("SUP-RSA-REPORT", "En sammanfattning av riskanalysen och de åtgärder Leverantören planerar bör presenteras för Beställaren.")).toBe("weak");
  });

  it("the bearer of a duty after åligger, after som, or after the verb", () => {
    expect(statusOf("SUP-FIRE", "Det systematiska brandskyddsarbetet åligger respektive verksamhet och fastighetsägare enligt hyresavtalen.")).toBe("missing");
    expect(statusOf("SUP-FIRE", "Brandskyddet hanteras av fastighetsförvaltaren, som ansvarar för det systematiska brandskyddsarbetet.")).toBe("missing");
    expect(statusOf("SUP-DIRECTIVES", "Vid leverans till Regionens vårdenheter ska Leverantörens personal följa de riktlinjer som Regionen vid var tid fastställer.")).toBe("present");
    expect(statusOf("SUP-INFOSEC", "Nämnden rekommenderar att Leverantören tillämpar kommunens riktlinjer för informationssäkerhet.")).toBe("weak");
  });

  it("a party the document names itself: 'nedan kallat Bolaget'", () => {
    const text = [
      "## 1 Parter",
      "Kustbo Fastigheter AB, org.nr 556000-0000, nedan kallat Bolaget.",
      "[Leverantörens namn], nedan kallad Leverantören.",
      "## 7 Brand",
      "Bolaget ansvarar som fastighetsägare för det systematiska brandskyddsarbetet i husen.",
    ].join("\n\n");
    expect(statusOf("SUP-FIRE", text)).toBe("missing");
  });

  it("to get something is no permission: 'får ett konto', 'får behörighet'", () => {
    expect(statusOf("SUP-INCIDENT", "Rapporteringen görs i kommunens avvikelsesystem, där Leverantören får ett eget konto.")).toBe("present");
    expect(statusOf("SUP-INCIDENT", "Avvikelserapporteringen sker i Regionens avvikelsesystem, till vilket Leverantören får behörighet.")).toBe("present");
  });

  it("a construction contract's description of the building is not the supplier's service", () => {
    expect(statusOf("SUP-CONTINUITY", "Byggnaden ska projekteras med intag för mobilt reservelverk och en del som kan försörjas med reservkraft.")).toBe("missing");
  });

  it("a report the law requires to an authority is no report to the buyer", () => {
    expect(statusOf("SUP-INCIDENT", "Allvarliga tillbud ska anmälas av Entreprenören till Arbetsmiljöverket.")).toBe("missing");
    expect(statusOf("SUP-INCIDENT", "Tillbud ska rapporteras till Beställaren inom ett dygn, även när de ska anmälas till Arbetsmiljöverket.")).toBe("present");
  });

  it("'Ritningar bifogas' is a document attached, and a heading about the buyer's analysis lends no supplier duty", () => {
    expect(statusOf("SUP-RSA-REPORT", "## 13 Beställarens riskbedömning\n\nRedovisningen bifogas för kännedom och är inte kontraktshandling.")).toBe("missing");
  });
});

describe("traps the second review found", () => {
  it("a numbered clause that limits itself, or a sum that is not payable, strikes nothing", () => {
    const text = [
      "## 6 Säkerhet",
      "6.2 Leverantören ska rapportera incidenter till nämnden inom 24 timmar; kravet gäller inte tillbud utan personskada.",
      "6.3 Ersättning utgår inte för arbete enligt punkt 6.2.",
    ].join("\n\n");
    expect(statusOf("SUP-INCIDENT", text)).toBe("present");
  });

  it("'andra stycket' is the second paragraph of the clause named, not of its section", () => {
    const text = [
      "## 5 Säkerhet",
      "Detta avsnitt gäller under hela avtalstiden.",
      "5.2 Leverantören ska årligen genomföra en risk- och sårbarhetsanalys av verksamheten.",
      "Leverantören ska redovisa analysen för nämnden senast den 31 mars.",
      "## 9 Ändringar",
      "Punkt 5.2 andra stycket utgår.",
    ].join("\n\n");
    expect(statusOf("SUP-RSA", text)).toBe("present");
    expect(statusOf("SUP-RSA-REPORT", text)).toBe("negated");
  });

  it("a report to the buyer still counts beside one to an authority", () => {
    expect(statusOf("SUP-INCIDENT", "Leverantören ska rapportera avvikelser till nämnden och anmäla dem till IVO.")).toBe("present");
  });

  it("'Inga … får' forbids, it does not deny; 'om' inside a noun phrase is no condition", () => {
    expect(statusOf("SUP-INCIDENT", "Inga avvikelser får lämnas orapporterade till nämnden.")).not.toBe("negated");
    expect(statusOf("SUP-INCIDENT", "Uppgifter om avvikelser rapporteras till nämnden inom 24 timmar.")).toBe("present");
  });

  it("'Ja' affirms a question that also asks about reporting", () => {
    const text = ["## Frågor och svar", "Fråga 3: Ska leverantören årligen genomföra och redovisa en risk- och sårbarhetsanalys?", "Svar: Ja."].join("\n\n");
    expect(statusOf("SUP-RSA", text)).toBe("present");
  });

  it("'med hjälp av stadens system' names no agent; 'I samråd med Beställaren ska Leverantören' binds the supplier", () => {
    expect(statusOf("SUP-INCIDENT", "Incidenter ska rapporteras till nämnden med hjälp av stadens incidentsystem.")).toBe("present");
    expect(statusOf("SUP-RSA", "I samråd med Beställaren ska Leverantören årligen genomföra en risk- och sårbarhetsanalys.")).toBe("present");
  });

  it("a requirement matrix with an empty corner still names its columns", () => {
    const text = "## 4 Krav\n\n|  | Ska | Bör |\n|---|---|---|\n| Leverantören har en kontinuitetsplan för tjänsten. |  | X |\n";
    expect(statusOf("SUP-CONTINUITY", text)).toBe("weak");
  });
});

describe("traps found on real tender documents", () => {
  it("keeping road traffic flowing during the works is not continuity planning", () => {
    expect(statusOf("SUP-CONTINUITY", "Entreprenören ska under hela byggtiden säkerställa att framkomligheten för trafiken på Ringvägen upprätthålls utan avbrott.")).toBe("missing");
    expect(statusOf("SUP-CONTINUITY", "Biltrafik och gångtrafik ska kunna passera arbetsområdet under hela entreprenadtiden, även vid störningar.")).toBe("missing");
    expect(statusOf("SUP-CONTINUITY", "Leverantören ska ha en plan för hur verksamheten upprätthålls vid störningar i el- och vattenförsörjningen.")).toBe("present");
  });

  it("accidents reported to the contractor's own site organisation or to an authority are no reports to the buyer", () => {
    expect(statusOf("SUP-INCIDENT", "Olyckor och tillbud ska omgående anmälas till entreprenörens platschef.")).toBe("missing");
    expect(statusOf("SUP-INCIDENT", "Allvarliga tillbud anmäls av entreprenören till Arbetsmiljöverket.")).toBe("missing");
    expect(statusOf("SUP-INCIDENT", "Tillbud ska rapporteras till Beställaren inom ett dygn.")).toBe("present");
  });

  it("a layout instruction for one deliverable, or the laws in force, are not the buyer's instructions", () => {
    expect(statusOf("SUP-DIRECTIVES", "Leverantören ska följa Beställarens instruktioner för hur ritningarna ska märkas och namnges.")).toBe("missing");
    expect(statusOf("SUP-DIRECTIVES", "Leverantören ska följa de lagar och föreskrifter som gäller för verksamheten.")).toBe("missing");
    expect(statusOf("SUP-DIRECTIVES", "Leverantören ska följa de instruktioner och riktlinjer som Beställaren vid var tid meddelar.")).toBe("present");
  });

  it("a consultant hired to lead or support the buyer's information-security work does not thereby follow its guidelines", () => {
    expect(statusOf("SUP-INFOSEC", "Konsulten ska leda kommunens arbete med informationssäkerhet och ta fram förslag till nya riktlinjer.")).toBe("missing");
    expect(statusOf("SUP-INFOSEC", "Konsulten ska stödja förvaltningen i arbetet med att ta fram riktlinjer för informationssäkerhet.")).toBe("missing");
    expect(statusOf("SUP-INFOSEC", "Leverantören ska följa stadens riktlinjer för informationssäkerhet.")).toBe("present");
  });

  it("what the supplier has described, usually does, or does not have is no duty", () => {
    expect(statusOf("SUP-RSA", "Leverantören har i sitt anbud beskrivit hur riskanalyser genomförs.")).toBe("missing");
    expect(statusOf("SUP-RSA", "Leverantören brukar genomföra en riskanalys inför varje nytt uppdrag.")).toBe("missing");
    expect(statusOf("SUP-CONTINUITY", "Leverantören har ingen kontinuitetsplan för verksamheten.")).toBe("missing");
    expect(statusOf("SUP-RSA", "Leverantören genomför årligen en risk- och sårbarhetsanalys av verksamheten.")).toBe("present");
  });

  it("a denial in the second half of a coordinated sentence reaches the second duty only", () => {
    const text = "Leverantören ska upprätta en kontinuitetsplan men är inte skyldig att följa stadens riktlinjer för informationssäkerhet.";
    expect(statusOf("SUP-CONTINUITY", text)).toBe("present");
    expect(statusOf("SUP-INFOSEC", text)).toBe("negated");
    const report = "Leverantören ska genomföra en riskanalys men behöver inte redovisa den för nämnden.";
    expect(statusOf("SUP-RSA", report)).toBe("present");
    expect(statusOf("SUP-RSA-REPORT", report)).toBe("negated");
  });

  it("a processor follows the controller's documented instructions, which may change over time", () => {
    expect(statusOf("SUP-DIRECTIVES", "Leverantören ska i egenskap av personuppgiftsbiträde endast behandla personuppgifter enligt de dokumenterade instruktioner som Beställaren lämnar och kan komma att ändra under avtalstiden.")).toBe("present");
  });

  it("a bidder's statement about its own data protection is not the buyer's information-security guidelines", () => {
    // In a bid, "vi" is the bidder: its firm statements of how it works are read as its own.
    const bid = (text: string): string => `# Anbud – ramavtal elinstallationer\n\n${text}`;
    expect(statusOf("SUP-INFOSEC", bid("I övrigt följer vi dataskyddsförordningen och har en god it-säkerhet i hela organisationen."))).toBe("missing");
    expect(statusOf("SUP-INCIDENT", bid("Vi meddelar Beställaren direkt alla avvikelser från tidplanen och budgeten."))).toBe("missing");
    expect(statusOf("SUP-INCIDENT", bid("Vi rapporterar alla tillbud och incidenter till Beställaren samma dag."))).toBe("present");
  });
});
