import { describe, expect, it } from "vitest";
import { kravkoll } from "../helpers.js";

/** A reason as JSON gives it: the message's id and its words. */
interface Reason {
  id: string;
  text: string;
}

const said = (reasons: readonly Reason[] | undefined): string => (reasons ?? []).map((r) => r.text).join(" ");

interface ExplainJson {
  rule: { id: string; all: { id: string; terms: string[] }[] };
  units: { name: string; status: string; evidence: { text: string; reasons: Reason[] }[]; candidates: { text: string; document: string; reasons: Reason[] }[] }[];
}

const explain = async (...args: string[]): Promise<{ code: number; json: ExplainJson }> => {
  const out = await kravkoll(["explain", "--format", "json", "--lang", "en", ...args]);
  return { code: out.code, json: JSON.parse(out.stdout) as ExplainJson };
};

describe("kravkoll explain", () => {
  it("names the nearest passage of each missing rule and what it lacked", async () => {
    const premises = await explain("SUP-PREMISES", "fixtures/partial");
    expect(premises.code).toBe(0);
    expect(premises.json.units[0]?.status).toBe("missing");
    const candidates = premises.json.units[0]?.candidates ?? [];
    expect(candidates.length).toBeGreaterThan(0);
    const premisesPassage = candidates.find((c) => c.text.includes("Lokalerna tillhandahålls av Beställaren"));
    expect(said(premisesPassage?.reasons)).toMatch(/found "Lokalerna".*lacks "contingency"/u);

    const directives = await explain("SUP-DIRECTIVES", "fixtures/partial");
    expect(said(directives.json.units[0]?.candidates[0]?.reasons)).toMatch(/excluded: "informationssäkerhet"/u);
  });

  it("says why a buyer's own duty did not count", async () => {
    const { json } = await explain("SUP-RSA", "fixtures/none");
    const best = json.units[0]?.candidates[0];
    expect(best?.text).toContain("Staden genomför årligen en risk- och sårbarhetsanalys");
    expect(said(best?.reasons)).toMatch(/duty is on the buyer \("Staden"\)/u);
    expect(best?.reasons.map((r) => r.id)).toContain("wrong-party");
  });

  it("says so when no passage mentions the rule's concepts at all", async () => {
    const { stdout, code } = await kravkoll(["explain", "SUP-FIRE", "fixtures/none"]);
    expect(code).toBe(0);
    expect(stdout).toContain("No passage mentions any of the rule's concepts.");
    expect(stdout).toContain("Suggested clause:");
  });

  it("shows the passages behind a present rule with their reasons", async () => {
    const { json } = await explain("SUP-FIRE", "fixtures/compliant");
    expect(json.units[0]?.status).toBe("present");
    expect(said(json.units[0]?.evidence[0]?.reasons)).toMatch(/binding "ska" on "Leverantören"/u);
  });

  it("exits 2 for an unknown rule and suggests the nearest id", async () => {
    const { code, stderr } = await kravkoll(["explain", "SUP-FIER", "fixtures/none"]);
    expect(code).toBe(2);
    expect(stderr).toContain("did you mean SUP-FIRE?");
  });
});
