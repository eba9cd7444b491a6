import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pageAt } from "../../src/model/document.js";
import { readPdf } from "../../src/read/pdf.js";
import { FIXTURES } from "../helpers.js";

const bytes = (name: string): Uint8Array => readFileSync(join(FIXTURES, name));
const codeOf = async (name: string, password?: string): Promise<string> => {
  const read = await readPdf(bytes(name), name, password === undefined ? {} : { password });
  return read.ok ? "ok" : (read.errors[0]?.code ?? "?");
};

describe("PDF reader", () => {
  it("reads a tender document into headings and paragraphs with pages, dropping headers and footers", async () => {
    const read = await readPdf(bytes("compliant/01-upphandlingsforeskrifter.pdf"), "f.pdf", {});
    if (!read.ok) throw new Error(read.errors[0]?.message);
    const doc = read.value;
    expect(doc.pages).toBe(2);
    expect(doc.text).not.toContain("Sida 1 (2)");
    expect(doc.text).not.toContain("Dnr ÖST 1.4.2-512/2026");
    expect(doc.text).toContain("bedriva ett systematiskt brandskyddsarbete (SBA)");
    expect(doc.text).toContain("genomföra en risk- och sårbarhetsanalys");
    const sba = doc.blocks.find((b) => b.text.includes("brandskyddsarbete (SBA)"));
    expect(sba?.trail).toEqual(["3 Krav på leverantören", "3.1 Systematiskt brandskyddsarbete"]);
    expect(pageAt(doc, doc.text.indexOf("1 Inledning"))).toBe(1);
    expect(pageAt(doc, doc.text.indexOf("Anvisning 6"))).toBe(2);
  });

  it("leaves the native Array.prototype.push in place after pdf.js has loaded and read a document", async () => {
    // pdf.js's legacy build swaps in a polyfill many times slower, which every later stage would pay for.
    // core-js makes its polyfill print as native code; but a built-in method has no `prototype`, a
    // function written in JavaScript has one.
    const read = await readPdf(bytes("compliant/01-upphandlingsforeskrifter.pdf"), "f.pdf", {});
    expect(read.ok).toBe(true);
    expect(Object.hasOwn(Array.prototype.push, "prototype")).toBe(false);
  });

  it("says an encrypted PDF needs a password, and opens it with the right one", async () => {
    expect(await codeOf("bad/encrypted.pdf")).toBe("KRV-D004");
    expect(await codeOf("bad/encrypted.pdf", "fel")).toBe("KRV-D005");
    expect(await codeOf("bad/encrypted.pdf", "kravkoll")).toBe("ok");
  });

  it("reports a damaged PDF, an empty one and one without a text layer", async () => {
    expect(await codeOf("bad/corrupt.pdf")).toBe("KRV-D003");
    expect(await codeOf("bad/empty.pdf")).toBe("KRV-D002");
    const scanned = await readPdf(bytes("bad/scanned.pdf"), "s.pdf", {});
    expect(scanned.ok ? "" : scanned.errors[0]?.message).toMatch(/no text layer.*OCR/u);
  });

  it("rejects a text file that is not a PDF at all", async () => {
    const read = await readPdf(new TextEncoder().encode("Detta är inte en PDF."), "x.pdf", {});
    expect(read.ok ? "ok" : read.errors[0]?.code).toBe("KRV-D003");
  });
});
