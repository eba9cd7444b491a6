import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { Ajv } from "ajv";
import { LineCounter, parseDocument } from "yaml";
import type { KravError, Result } from "../model/error.js";
import { fail, kravError, ok } from "../model/error.js";
import { didYouMean, locator, pointerToPath } from "../rules/places.js";
import { isBundledRef } from "./rulebooks.js";

/** The project configuration, `.kravkoll.yaml`: defaults for a folder, overridden by flags. */
export interface ProjectConfig {
  /** Where it was found, relative to the working directory. */
  readonly file: string;
  /** Rulebooks as the CLI takes them: bundled ids, or paths relative to the working directory. */
  readonly rules?: readonly string[];
  readonly params?: Readonly<Record<string, string>>;
  readonly profiles?: readonly string[];
  readonly format?: string;
  readonly lang?: string;
  readonly failOn?: string;
}

export const CONFIG_NAMES = [".kravkoll.yaml", ".kravkoll.yml"] as const;

export const CONFIG_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "kravkoll project configuration",
  type: "object",
  additionalProperties: false,
  properties: {
    rules: { type: ["string", "array"], items: { type: "string", minLength: 1 }, minLength: 1, description: "Rulebooks: bundled ids or paths relative to this file." },
    params: { type: "object", additionalProperties: { type: "string" }, description: "Rulebook parameters, e.g. incidentSystem: RISK." },
    profile: { type: ["string", "array"], items: { type: "string", minLength: 1 }, minLength: 1, description: "Profiles that switch on rules for a kind of procurement." },
    format: { enum: ["terminal", "json"] },
    lang: { enum: ["sv", "en"] },
    failOn: { enum: ["error", "warning", "info", "never"] },
  },
} as const;

/** The nearest `.kravkoll.yaml`, from `cwd` upwards. */
export function findConfig(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) if (existsSync(join(dir, name))) return join(dir, name);
    if (dirname(dir) === dir) return undefined;
  }
}

const list = (v: unknown): string[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? (v as string[]) : [v as string]);

/** Reads and checks a configuration file; every problem is reported with its line and column. */
export function loadConfig(path: string, cwd: string): Result<ProjectConfig> {
  const file = relative(cwd, path) || path;
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return fail(kravError("KRV-U001", `configuration cannot be read: ${(error as Error).message}`, { file }));
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true, customTags: [] });
  const yamlErrors = [...doc.errors, ...doc.warnings].map((e) => {
    const pos = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
    return kravError("KRV-U001", `YAML: ${e.message.split("\n")[0] ?? ""}`, { file, ...(pos ? { place: { line: pos.line, column: pos.col } } : {}) });
  });
  if (yamlErrors.length > 0) return fail(...yamlErrors);
  const data: unknown = doc.toJS({ maxAliasCount: 20 }) ?? {};
  const validate = new Ajv({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true, verbose: true }).compile(CONFIG_SCHEMA);
  if (!validate(data)) {
    const locate = locator(doc, lines);
    const errors: KravError[] = (validate.errors ?? []).map((e) => {
      const path = pointerToPath(e.instancePath);
      if (e.keyword === "additionalProperties") {
        const key = String((e.params as { additionalProperty: string }).additionalProperty);
        const guess = didYouMean(key, Object.keys(CONFIG_SCHEMA.properties));
        return kravError("KRV-U001", `unknown key "${key}"${guess ? `: did you mean "${guess}"?` : ` (expected ${Object.keys(CONFIG_SCHEMA.properties).join(", ")})`}`, { file, place: locate.keyAt(path, key) });
      }
      return kravError("KRV-U001", `${path.join(".") || "the configuration"} ${e.message ?? "is invalid"}`, { file, place: locate.at(path) });
    });
    return fail(...errors);
  }
  const raw = data as { rules?: unknown; params?: Record<string, string>; profile?: unknown; format?: string; lang?: string; failOn?: string };
  // Rulebook paths are relative to the configuration file; bundled ids stay as they are.
  const base = dirname(path);
  const rules = list(raw.rules)?.map((r) => (isBundledRef(r) ? r : relative(cwd, resolve(base, r)) || r));
  const profiles = list(raw.profile);
  return ok({
    file,
    ...(rules ? { rules } : {}),
    ...(raw.params ? { params: raw.params } : {}),
    ...(profiles ? { profiles } : {}),
    ...(raw.format ? { format: raw.format } : {}),
    ...(raw.lang ? { lang: raw.lang } : {}),
    ...(raw.failOn ? { failOn: raw.failOn } : {}),
  });
}
