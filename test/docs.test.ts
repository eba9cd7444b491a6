import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generatedFiles } from "../scripts/build-docs.js";
import { ROOT } from "./helpers.js";

describe("generated files", () => {
  it("are up to date with their sources (npm run build-docs)", () => {
    for (const [name, content] of generatedFiles()) expect(readFileSync(join(ROOT, name), "utf8"), name).toBe(content);
  });
});
