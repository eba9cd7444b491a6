/**
 * Measures kravkoll on a labelled set: per rule and overall status accuracy, precision and recall
 * of "present", and the confusion between statuses.
 *
 *   npm run eval                       fixtures/eval (the set kravkoll is developed against)
 *   npm run eval -- --set holdout      fixtures/holdout (written blind, never tuned on)
 *   npm run eval -- --verbose          also show the passages behind each mismatch
 */
import { join } from "node:path";
import { evaluate, formatEval } from "./eval/evaluate.js";

const args = process.argv.slice(2);
const set = args.includes("--set") ? (args[args.indexOf("--set") + 1] ?? "eval") : "eval";
const result = await evaluate(join("fixtures", set));
process.stdout.write(formatEval(result, args.includes("--verbose")));
