import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureFiles, staleFiles } from "../scripts/make-fixtures.js";
import { FIXTURES } from "./helpers.js";

describe("fixtures", () => {
  it("are exactly what the committed generator writes", async () => {
    const files = await fixtureFiles();
    const differing = [...files].filter(([name, bytes]) => Buffer.compare(readFileSync(join(FIXTURES, name)), Buffer.from(bytes)) !== 0).map(([name]) => name);
    expect(differing).toEqual([]);
    // A source renamed or moved (a holdout document joining the evaluation set) leaves no copy behind.
    expect(staleFiles(files, FIXTURES)).toEqual([]);
  });
});
