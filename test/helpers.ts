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

/** Runs the CLI in-process, as bin/kravkoll.js does, from the repository root by default. */
export async function kravkoll(args: readonly string[], options: { cwd?: string; env?: Record<string, string>; tty?: boolean } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
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
