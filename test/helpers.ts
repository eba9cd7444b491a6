import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SourceDoc } from "../src/model/document.js";
import { run } from "../src/cli/main.js";
import { withTrails } from "../src/read/blocks.js";
import { parseText } from "../src/read/text.js";
import { normalise } from "../src/text/normalise.js";
import { tokenize } from "../src/text/tokens.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const FIXTURES = join(ROOT, "fixtures");

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Where a command's options start: after "check", "explain", "rules <sub>". */
function optionsAt(args: readonly string[]): number {
  if (args[0] === "check" || args[0] === "explain") return 1;
  if (args[0] === "rules" && args[1] !== undefined) return 2;
  return -1;
}

/**
 * Runs the CLI in-process, as bin/kravkoll.js does, from the repository root by default. A
 * .kravkoll.yaml somewhere above the test's folder must not change results, so the
 * configuration is ignored unless a test asks for it with `config: true`.
 */
export async function kravkoll(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; tty?: boolean; config?: boolean } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const at = optionsAt(args);
  const argv = options.config === true || at < 0 ? [...args] : [...args.slice(0, at), "--no-config", ...args.slice(at)];
  const code = await run(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    columns: 100,
  });
  return { code, stdout, stderr };
}

/** A text document as the text reader would make it. */
export function textDoc(text: string, path = "avtal.txt", format: "text" | "markdown" = "text"): SourceDoc {
  return { path, format, pages: null, text, blocks: withTrails(parseText(text, format)) };
}

export const tokensOf = (text: string) => tokenize(normalise(text));
