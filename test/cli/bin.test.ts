import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

// The launcher runs the built CLI (npm test builds first); this checks the real process and its exit code.
describe("bin/kravkoll.js", () => {
  it("runs a check as a process and sets the exit code", () => {
    const ok = spawnSync(process.execPath, [join(ROOT, "bin/kravkoll.js"), "check", "-f", "json", "fixtures/compliant"], { cwd: ROOT, encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).units[0].results).toHaveLength(8);
    const partial = spawnSync(process.execPath, [join(ROOT, "bin/kravkoll.js"), "check", "fixtures/partial"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(partial.status).toBe(1);
  });

  it("prints its version", () => {
    const version = execFileSync(process.execPath, [join(ROOT, "bin/kravkoll.js"), "--version"], { encoding: "utf8" }).trim();
    expect(version).toMatch(/^\d+\.\d+\.\d+$/u);
  });
});
