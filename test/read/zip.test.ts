import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { repairName, unpackZip } from "../../src/read/zip.js";

describe("zip archives", () => {
  it("unpacks the documents in a fixed order, leaving out folders and macOS litter", () => {
    const zip = zipSync({ "b.md": strToU8("B"), "a/": new Uint8Array(), "a/c.txt": strToU8("C"), "__MACOSX/._b.md": strToU8("x"), ".DS_Store": strToU8("x") });
    const unpacked = unpackZip(zip, "u.zip");
    expect(unpacked.ok ? unpacked.value.map((e) => e.name) : unpacked.errors).toEqual(["a/c.txt", "b.md"]);
  });

  it("reads names that Swedish Windows wrote in code page 850", () => {
    expect(repairName("F\u0094rfr\u0086gningsunderlag/Bilaga 5 - S\u0084kerhetskrav.md")).toBe("Förfrågningsunderlag/Bilaga 5 - Säkerhetskrav.md");
    expect(repairName("Förfrågningsunderlag.pdf")).toBe("Förfrågningsunderlag.pdf");
  });

  it("reads names stored as UTF-8 without the UTF-8 flag (macOS, many tools)", () => {
    const asLatin1 = String.fromCharCode(...new TextEncoder().encode("Kravspecifikation Ö.pdf"));
    expect(repairName(asLatin1)).toBe("Kravspecifikation Ö.pdf");
  });

  it("says so when the file is not a zip archive", () => {
    const read = unpackZip(strToU8("PK\u0003\u0004 inget arkiv"), "trasig.zip");
    expect(read.ok ? "ok" : read.errors[0]?.code).toBe("KRV-D012");
  });
});
