import { describe, expect, it } from "vitest";
import { dutyFrames } from "../../src/judge/frames.js";
import { partyAliases } from "../../src/judge/party.js";
import { tokensOf } from "../helpers.js";

const frame = (sentence: string, ama = false) => {
  const frames = dutyFrames(tokensOf(sentence), { amaLetters: ama });
  return frames.map((f) => ({ cue: f.cueText, strength: f.strength, actor: f.actor, negated: f.negation !== undefined, softened: f.softener !== undefined, passive: f.passive }));
};

describe("duty frames", () => {
  it("reads a binding duty on the supplier", () => {
    expect(frame("Leverantören ska årligen genomföra en risk- och sårbarhetsanalys.")[0]).toMatchObject({ cue: "ska", strength: "binding", actor: "supplier", negated: false });
  });

  it("reads soft wording as soft", () => {
    expect(frame("Leverantören bör genomföra risk- och sårbarhetsanalyser.")[0]).toMatchObject({ strength: "soft", actor: "supplier" });
    expect(frame("Leverantören rekommenderas att bedriva systematiskt brandskyddsarbete.")[0]).toMatchObject({ strength: "soft" });
  });

  it("reads negations attached to the duty", () => {
    expect(frame("Leverantören behöver inte upprätta någon egen risk- och sårbarhetsanalys.")[0]).toMatchObject({ negated: true });
    expect(frame("Leverantören är inte skyldig att rapportera avvikelser.")[0]).toMatchObject({ negated: true, actor: "supplier" });
    expect(frame("Systematiskt brandskyddsarbete omfattas inte av uppdraget.")[0]).toMatchObject({ negated: true });
  });

  it("does not read a condition or 'inte bara' as a negation", () => {
    expect(frame("Leverantören ska, om inte annat avtalats, rapportera incidenter.")[0]).toMatchObject({ negated: false });
    expect(frame("Leverantören ska inte bara rapportera incidenter utan även tillbud.")[0]).toMatchObject({ negated: false });
  });

  it("finds who carries the duty: buyer, inverted subject, åligger, requirement verbs", () => {
    expect(frame("Staden genomför årligen en risk- och sårbarhetsanalys.")[0]).toMatchObject({ actor: "buyer", strength: "statement" });
    expect(frame("Vid en incident ska Leverantören omedelbart informera Beställaren.")[0]).toMatchObject({ actor: "supplier" });
    expect(frame("Det åligger Leverantören att bedriva systematiskt brandskyddsarbete.")[0]).toMatchObject({ actor: "supplier" });
    expect(frame("Staden kräver att leverantören genomför en RSA.")[0]).toMatchObject({ actor: "supplier" });
  });

  it("reads passive voice without an agent as nobody named, and with 'av' as the agent", () => {
    expect(frame("Incidenter ska rapporteras i stadens system RISK.")[0]).toMatchObject({ passive: true, actor: "implicit" });
    expect(frame("Risk- och sårbarhetsanalysen ska genomföras av Staden.")[0]).toMatchObject({ passive: true, actor: "buyer" });
  });

  it("reads a softener that turns 'ska' into a best effort", () => {
    expect(frame("Leverantören ska vid behov delta i övningar.")[0]).toMatchObject({ strength: "binding", softened: true });
  });

  it("keeps separate frames for separate duties in one sentence", () => {
    const frames = frame("Staden genomför en RSA och leverantören ska rapportera incidenter.");
    expect(frames.map((f) => f.actor)).toEqual(["buyer", "supplier"]);
  });

  it("reads AMA AF's E as the contractor when the document uses the letters", () => {
    expect(frame("E ska bedriva systematiskt brandskyddsarbete.", true)[0]).toMatchObject({ actor: "supplier" });
    expect(frame("B ska tillhandahålla ritningar.", true)[0]).toMatchObject({ actor: "buyer" });
  });
});

describe("party names a document defines", () => {
  it("reads whose side a defined name is from the definition or from the other party", () => {
    const text = "## 1 Parter\n\nVänerhem AB, org.nr 556000-4471, nedan kallat Bolaget.\n\n[Leverantörens namn], nedan kallad Leverantören.";
    expect([...partyAliases(text)]).toEqual([["bolaget", "buyer"]]);
    expect([...partyAliases("Göteborgs Stad, idrottsnämnden, nedan kallad Nämnden, och Konsult AB, nedan kallad Konsulten.")]).toEqual([]);
    expect([...partyAliases("Lunds kommun, nedan kallad Huvudmannen, och Omsorg AB.")]).toEqual([["huvudmannen", "buyer"]]);
  });

  it("reads each definition by its own words, whatever order the parties come in", () => {
    const regionFirst = "Avtal mellan Region Syd, org.nr 232100-0255, nedan kallad Regionen, och Omsorg i Syd AB, org.nr 556000-1111, nedan kallat Bolaget.";
    const companyFirst = "Avtal mellan Omsorg i Syd AB, org.nr 556000-1111, nedan kallat Bolaget, och Region Syd, org.nr 232100-0255, nedan kallad Regionen.";
    expect([...partyAliases(regionFirst)]).toEqual([["bolaget", "supplier"]]);
    expect([...partyAliases(companyFirst)]).toEqual([["bolaget", "supplier"]]);
  });

  it("does not take a contract's name for a party", () => {
    expect([...partyAliases("Detta avtal, nedan kallat Avtalet, gäller mellan Region Halland och Leverantören.")]).toEqual([]);
  });
});
