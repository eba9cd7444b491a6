import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Status } from "../../src/model/rule.js";
import { loadRulebooksForRun } from "../../src/cli/rulebooks.js";
import { checkUnit } from "../../src/engine/check.js";
import { prepareRules } from "../../src/engine/prepare.js";
import { formatMessage } from "../../src/messages/catalogue.js";
import { ROOT, textDoc } from "../helpers.js";

// The judge read on a small test rulebook of its own (confidentiality, complaints, policies,
// training), so that these tests hold for any rulebook, not only for the bundled one's words.
const books = loadRulebooksForRun([join(ROOT, "test/rulebooks/sv-duties.yaml")], ROOT, {});
if (!books.ok) throw new Error("the Swedish test rulebook does not load");
const prepared = prepareRules(books.value);

function judged(ruleId: string, text: string): { status: Status; reasons: string } {
  const unit = checkUnit("avtal.md", [textDoc(text, "avtal.md", "markdown")], prepared);
  const result = unit.results.find((r) => r.ruleId === ruleId);
  if (!result) throw new Error(`no rule ${ruleId}`);
  const passage = result.evidence[0] ?? result.candidates[0];
  return { status: result.status, reasons: (passage?.reasons ?? []).map((m) => formatMessage(m, "en")).join("; ") };
}
const statusOf = (ruleId: string, text: string): Status => judged(ruleId, text).status;

describe("the judge on a test rulebook", () => {
  describe("strength from the verb group", () => {
    it("ska, måste, ansvarar för and är skyldig att bind; bör and eftersträvar are wishes", () => {
      expect(statusOf("SV-CONFIDENTIALITY", "Leverantören måste inhämta sekretessförbindelser från all personal.")).toBe("present");
      expect(statusOf("SV-CONFIDENTIALITY", "Leverantören ansvarar för att personalen iakttar tystnadsplikt.")).toBe("present");
      expect(statusOf("SV-CONFIDENTIALITY", "Leverantören är skyldig att inhämta sekretessförbindelser från personalen.")).toBe("present");
      expect(statusOf("SV-CONFIDENTIALITY", "Leverantören bör inhämta sekretessförbindelser från personalen.")).toBe("weak");
      expect(statusOf("SV-CONFIDENTIALITY", "Leverantören eftersträvar att all personal undertecknar en sekretessförbindelse.")).toBe("weak");
    });

    it("a present-tense statement with the supplier as subject binds, a past one does not", () => {
      expect(statusOf("SV-CONFIDENTIALITY", "Leverantören inhämtar sekretessförbindelser från all personal innan uppdraget börjar.")).toBe("present");
      expect(statusOf("SV-CONFIDENTIALITY", "Leverantören inhämtade sekretessförbindelser från personalen under förra avtalsperioden.")).toBe("missing");
    });

    it("a passive with no agent binds the supplier; one whose agent is the buyer does not", () => {
      expect(statusOf("SV-CONFIDENTIALITY", "Sekretessförbindelser ska undertecknas innan uppdraget påbörjas.")).toBe("present");
      expect(statusOf("SV-CONFIDENTIALITY", "Sekretessförbindelser ska tillhandahållas av Beställaren.")).toBe("missing");
    });
  });

  describe("scope of denials and softeners follows the clauses", () => {
    it("a denial in the second half of a coordinated sentence reaches only the second duty", () => {
      const text = "Leverantören ska inhämta sekretessförbindelser från personalen men behöver inte redovisa klagomål för Beställaren.";
      expect(statusOf("SV-CONFIDENTIALITY", text)).toBe("present");
      expect(statusOf("SV-COMPLAINTS", text)).toBe("negated");
    });

    it("a denial inside a relative clause does not deny the main duty", () => {
      expect(statusOf("SV-CONFIDENTIALITY", "Leverantören ska se till att personal som inte tidigare arbetat i verksamheten undertecknar en sekretessförbindelse.")).toBe("present");
    });

    it("a condition is no softener: om, vid and när leave the duty binding", () => {
      expect(statusOf("SV-COMPLAINTS", "Om klagomål inkommer ska Leverantören omgående meddela Beställaren.")).toBe("present");
      expect(statusOf("SV-COMPLAINTS", "När klagomål inkommer ska Leverantören meddela Beställaren inom fem arbetsdagar.")).toBe("present");
    });

    it("i möjligaste mån and om möjligt soften the duty they stand in", () => {
      expect(statusOf("SV-COMPLAINTS", "Leverantören ska i möjligaste mån redovisa klagomål för Beställaren.")).toBe("weak");
    });
  });

  describe("what a clause says without binding anyone", () => {
    it("what the supplier has described, usually does, or does not have", () => {
      expect(statusOf("SV-CONFIDENTIALITY", "Leverantören har i anbudet beskrivit hur tystnadsplikten hanteras.")).toBe("missing");
      expect(statusOf("SV-CONFIDENTIALITY", "Leverantören brukar inhämta sekretessförbindelser från nyanställda.")).toBe("missing");
      expect(statusOf("SV-CONFIDENTIALITY", "Leverantören har ingen rutin för sekretessförbindelser.")).not.toBe("present");
    });

    it("a question asked of the bidder binds no one", () => {
      expect(statusOf("SV-CONFIDENTIALITY", "Hur säkerställer ni att personalen iakttar tystnadsplikt?")).toBe("missing");
    });
  });

  describe("what the clause must be about", () => {
    it("a report to the supplier's own organisation is no report to the buyer", () => {
      const own = judged("SV-COMPLAINTS", "Klagomål ska rapporteras till Leverantörens verksamhetschef samma dag.");
      expect(own.status).toBe("missing");
      expect(own.reasons).toContain("not to the buyer");
      expect(statusOf("SV-COMPLAINTS", "Klagomål ska rapporteras till Beställaren samma dag.")).toBe("present");
    });

    it("the supplier's own policies, or the law's, are not the buyer's", () => {
      expect(statusOf("SV-POLICY", "Leverantören ska följa sin egen policy för inköp.")).toBe("missing");
      expect(statusOf("SV-POLICY", "Leverantören ska följa de riktlinjer som Beställaren beslutar.")).toBe("present");
      expect(statusOf("SV-POLICY", "Leverantören ska följa stadens riktlinjer.")).toBe("present");
    });

    it("an instruction for one form is not a policy for the work", () => {
      const form = judged("SV-POLICY", "Leverantören ska följa Beställarens anvisningar för mallens layout.");
      expect(form.status).toBe("missing");
      expect(form.reasons).toContain("covers only");
    });

    it("the work bought for the buyer is not the supplier's own duty", () => {
      expect(statusOf("SV-TRAINING", "Konsulten ska stödja förvaltningen i arbetet med att ta fram en utbildning för chefer.")).toBe("missing");
      expect(statusOf("SV-TRAINING", "Leverantörens personal ska ha genomgått brandskyddsutbildning innan uppdraget påbörjas.")).toBe("present");
    });
  });

  describe("context", () => {
    it("a duty inside a definition, a background section or a table of contents binds no one", () => {
      const duty = "Personalen ska underteckna en sekretessförbindelse.";
      expect(statusOf("SV-CONFIDENTIALITY", duty)).toBe("present");
      const inDefinition = judged("SV-CONFIDENTIALITY", "Med sekretessförbindelse avses ett skriftligt åtagande som personalen ska underteckna.");
      expect(inDefinition).toMatchObject({ status: "missing", reasons: expect.stringContaining("definition") });
      const inBackground = judged("SV-CONFIDENTIALITY", `## Bakgrund\n\n${duty}`);
      expect(inBackground).toMatchObject({ status: "missing", reasons: expect.stringContaining("background") });
      const inContents = judged("SV-CONFIDENTIALITY", "## Innehåll\n\n1. Allmänt ........ 3\n2. Personalen ska underteckna sekretessförbindelse ........ 4");
      expect(inContents).toMatchObject({ status: "missing", reasons: expect.stringContaining("table-of-contents") });
    });
  });
});
