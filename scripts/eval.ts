/**
 * Measures kravkoll on a labelled set: per rule and overall status accuracy, precision and recall
 * of "present", false presents, and the confusion between statuses.
 *
 *   npm run eval                          fixtures/eval (the set kravkoll is developed against)
 *   npm run eval -- --set holdout         fixtures/holdout (written blind, never tuned on)
 *   npm run eval -- --set holdout2        fixtures/holdout2 (a fresh blind set, measured once)
 *   npm run eval -- --set real            ../shared/real-dev: real documents and bundles, if present
 *   npm run eval -- --set probes-dev      fixtures/probes-src/dev.yaml: single passages
 *   npm run eval -- --verbose             also show the passages behind each mismatch
 *   npm run eval -- --record FILE         keep every verdict in FILE (JSON)
 *   npm run eval -- --diff FILE           show every verdict that changed since FILE was recorded
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { Snapshot } from "./eval/evaluate.js";
import { evaluate, formatDiff, formatEval, snapshot } from "./eval/evaluate.js";
import { hasRealSet, loadSet } from "./eval/sets.js";

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const setName = option("--set") ?? "eval";
if (setName === "real" && !hasRealSet()) {
  process.stdout.write("skipped: the real documents (../shared/real-dev) are not on this machine\n");
} else {
  const set = await loadSet(setName).catch((error: unknown) => {
    process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  });
  const result = evaluate(set, args.includes("--rules") ? [option("--rules") ?? ""] : []);
  const diff = option("--diff");
  if (diff !== undefined) process.stdout.write(formatDiff(JSON.parse(readFileSync(diff, "utf8")) as Snapshot, result));
  else process.stdout.write(formatEval(result, args.includes("--verbose")));
  const record = option("--record");
  if (record !== undefined) writeFileSync(record, `${JSON.stringify(snapshot(result), null, 1)}\n`);
}
