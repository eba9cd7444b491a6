import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import type { KravError, Result } from "../model/error.js";
import { fail, kravError, ok } from "../model/error.js";
import type { Rulebook } from "../model/rule.js";
import type { RulebookSource } from "../rules/load.js";
import { loadRulebooks } from "../rules/load.js";
import { rulebookValidator } from "../rules/parse.js";
import { didYouMean } from "../rules/places.js";
import { BUNDLED_RULES_DIR, DEFAULT_RULEBOOK } from "./package-info.js";

const BUNDLED_PREFIX = "bundled:";

/** The ids of the rulebooks that ship with kravkoll. */
export function bundledIds(): string[] {
  return readdirSync(BUNDLED_RULES_DIR)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => f.slice(0, -".yaml".length))
    .sort();
}

/**
 * Reads rulebooks named on the command line: a bundled rulebook's id or a file path. `extends`
 * inside a rulebook resolves the same way, with paths relative to the extending file.
 */
/** Whether a rulebook reference names a bundled rulebook ("stockholm-trygghet-2013-2016") rather than a file. */
export const isBundledRef = (ref: string): boolean => ref.startsWith(BUNDLED_PREFIX) || !/[/\\]|\.ya?ml$/u.test(ref);

/** "no rule SUP-FIER: did you mean SUP-FIRE?", listing the rules there are. */
export function unknownRule(id: string, books: readonly Rulebook[]): KravError {
  const ids = books.flatMap((b) => b.rules.map((r) => r.id));
  const guess = didYouMean(id, ids);
  return kravError("KRV-U002", `no rule ${id}${guess ? `: did you mean ${guess}?` : ""}`, { hint: `rules: ${ids.join(", ")}` });
}

/**
 * Loads the rulebooks of a run. `params` fill in parameters; those named in `strict` (the ones the
 * user typed) must be declared by some rulebook, so that a misspelled one is an error, not ignored.
 */
export function loadRulebooksForRun(refs: readonly string[], cwd: string, params: Readonly<Record<string, string>>, strict: readonly string[] = Object.keys(params)): Result<Rulebook[]> {
  const actual = new Map<string, string>(); // label → real path
  const read = (ref: string, base: string): Result<RulebookSource> => {
    const bundled = !isBundledRef(ref) ? undefined : ref.startsWith(BUNDLED_PREFIX) ? ref.slice(BUNDLED_PREFIX.length) : ref;
    if (bundled !== undefined) {
      const path = join(BUNDLED_RULES_DIR, `${bundled}.yaml`);
      if (!existsSync(path)) {
        return fail(kravError("KRV-R001", `no bundled rulebook "${bundled}" (bundled: ${bundledIds().join(", ")})`, { file: ref, hint: "give a path to a .yaml file, or a bundled rulebook's id" }));
      }
      const label = `${BUNDLED_PREFIX}${bundled}`;
      actual.set(label, path);
      return ok({ text: readFileSync(path, "utf8"), file: label });
    }
    const label = isAbsolute(ref) || base === cwd ? ref : join(dirname(base), ref);
    const path = resolve(cwd, label);
    try {
      actual.set(label, path);
      return ok({ text: readFileSync(path, "utf8"), file: label });
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
      return fail(kravError("KRV-R001", missing ? "rulebook not found" : `rulebook cannot be read: ${(error as Error).message}`, { file: label, hint: "check the path given with --rules or extends" }));
    }
  };
  const sources: RulebookSource[] = [];
  const errors: KravError[] = [];
  for (const ref of refs.length > 0 ? refs : [DEFAULT_RULEBOOK]) {
    const source = read(ref, cwd);
    if (source.ok) sources.push(source.value);
    else errors.push(...source.errors);
  }
  if (errors.length > 0) return fail(...errors);
  const loaded = loadRulebooks(sources, {
    validate: rulebookValidator(),
    params,
    resolve(ref, from) {
      // A bundled rulebook extends by id; a file extends relative to itself.
      const base = actual.get(from)?.startsWith(BUNDLED_RULES_DIR) && !/[/\\]/u.test(ref) ? cwd : from;
      return read(ref, base);
    },
  });
  if (!loaded.ok) return loaded;
  // A parameter no rulebook declares is a typo that would otherwise be ignored.
  const declared = [...new Set(loaded.value.flatMap((b) => Object.keys(b.params)))];
  const unknown = strict.filter((p) => !declared.includes(p));
  if (unknown.length > 0) {
    return fail(
      ...unknown.map((p) => {
        const guess = didYouMean(p, declared);
        return kravError("KRV-U001", `no rulebook has a parameter "${p}"${guess ? `: did you mean "${guess}"?` : ""}`, { hint: declared.length > 0 ? `parameters: ${declared.join(", ")}` : "these rulebooks have no parameters" });
      }),
    );
  }
  return loaded;
}

/** Checks that every profile the user chose is declared by one of the rulebooks. */
export function checkProfiles(books: readonly Rulebook[], profiles: readonly string[]): Result<readonly string[]> {
  const declared = [...new Set(books.flatMap((b) => Object.keys(b.profiles)))];
  const unknown = profiles.filter((p) => !declared.includes(p));
  if (unknown.length === 0) return ok(profiles);
  return fail(
    ...unknown.map((p) => {
      const guess = didYouMean(p, declared);
      return kravError("KRV-U001", `no rulebook declares a profile "${p}"${guess ? `: did you mean "${guess}"?` : ""}`, { hint: declared.length > 0 ? `profiles: ${declared.join(", ")}` : "these rulebooks declare no profiles" });
    }),
  );
}
