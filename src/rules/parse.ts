import type { ErrorObject, ValidateFunction } from "ajv";
import { Ajv } from "ajv";
import { LineCounter, parseDocument } from "yaml";
import type { KravError, Result } from "../model/error.js";
import type { LanguageCode } from "../model/language.js";
import { fail, kravError, ok } from "../model/error.js";
import type { Locator } from "./places.js";
import { didYouMean, locator, pointerToPath } from "./places.js";
import { RULEBOOK_SCHEMA } from "./schema.js";

/** The rulebook as written, checked against the schema, with a way back to its YAML source. */
export interface ParsedRulebook {
  readonly file: string;
  readonly data: RawRulebook;
  readonly locate: Locator;
}

export interface RawLocalized {
  readonly sv?: string;
  readonly en?: string;
}

export interface RawTerms {
  readonly words?: readonly string[];
  readonly parts?: readonly string[];
  readonly phrases?: readonly string[];
  readonly abbreviations?: readonly string[];
  readonly patterns?: readonly string[];
  readonly except?: readonly string[];
  readonly exceptPatterns?: readonly string[];
}

export interface RawConcept extends RawTerms {
  readonly description?: string;
  readonly sv?: RawTerms;
  readonly en?: RawTerms;
}

export interface RawRule {
  readonly id: string;
  readonly title: RawLocalized;
  readonly severity: "error" | "warning" | "info";
  readonly source: string;
  readonly references?: readonly string[];
  readonly party?: "supplier" | "buyer" | "any";
  readonly match: {
    readonly all?: readonly string[];
    readonly any?: readonly (string | readonly string[])[];
    readonly none?: readonly string[];
    readonly own?: readonly string[];
    readonly binding?: readonly string[];
    readonly otherActions?: readonly string[];
    readonly within?: "clause" | "section";
    readonly recipient?: "buyer";
    readonly owner?: Readonly<Record<string, "buyer">>;
    readonly notLimitedTo?: Readonly<Record<string, readonly string[]>>;
    readonly service?: readonly string[];
  };
  readonly suggestion: RawLocalized;
  readonly rationale?: RawLocalized;
  readonly link?: string;
  readonly tags?: readonly string[];
  readonly applies?: { readonly profiles?: readonly string[]; readonly documents?: readonly string[] };
  readonly examples?: readonly { readonly text: string; readonly status: "present" | "weak" | "negated" | "missing"; readonly note?: string; readonly lang?: LanguageCode }[];
}

export interface RawOverride {
  readonly severity?: "error" | "warning" | "info";
  readonly disabled?: boolean;
  readonly suggestion?: RawLocalized;
  readonly tags?: readonly string[];
  readonly applies?: RawRule["applies"];
}

export interface RawRulebook {
  readonly kravkoll: 1;
  readonly id: string;
  readonly version: string;
  readonly language?: LanguageCode;
  readonly title: RawLocalized;
  readonly description?: RawLocalized;
  readonly source?: string;
  readonly extends?: string | readonly string[];
  readonly params?: Readonly<Record<string, { readonly default: string; readonly description?: string }>>;
  readonly profiles?: Readonly<Record<string, string>>;
  readonly concepts?: Readonly<Record<string, RawConcept>>;
  readonly overrides?: Readonly<Record<string, RawOverride>>;
  readonly rules?: readonly RawRule[];
}

/** Compiles the schema once per run; rulebooks are then checked against it. */
export function rulebookValidator(): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true, verbose: true });
  return ajv.compile(RULEBOOK_SCHEMA);
}

/** Alias expansion is capped so that a "billion laughs" rulebook cannot exhaust memory. */
const MAX_ALIASES = 100;

function describePath(path: readonly (string | number)[], data: unknown): string {
  const rules = (data as { rules?: { id?: unknown }[] } | null)?.rules;
  if (path[0] === "rules" && typeof path[1] === "number") {
    const id = rules?.[path[1]]?.id;
    const where = typeof id === "string" ? `rule ${id}` : `rules[${path[1]}]`;
    const rest = path.slice(2).join(".");
    return rest === "" ? where : `${where}: ${rest}`;
  }
  return path.length === 0 ? "the rulebook" : path.join(".");
}

/** JSON Schema types in the words of a YAML author. */
const TYPE_NAMES: Readonly<Record<string, string>> = { array: "a list", object: "a mapping (key: value)", string: "text", boolean: "true or false", number: "a number", integer: "a whole number" };

function schemaMessage(error: ErrorObject, data: unknown): { message: string; path: (string | number)[]; key?: string } {
  const path = pointerToPath(error.instancePath);
  const where = describePath(path, data);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params["additionalProperty"]);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const guess = didYouMean(key, allowed);
      const expected = allowed.length > 0 ? ` (expected one of: ${allowed.join(", ")})` : "";
      return { message: `unknown key "${key}" in ${where}${guess ? `: did you mean "${guess}"?` : expected}`, path, key };
    }
    case "required":
      return { message: `${where} lacks the required key "${String(params["missingProperty"])}"`, path };
    case "type":
      return { message: `${where} must be ${String(params["type"]).split(",").map((t) => TYPE_NAMES[t] ?? t).join(" or ")}`, path };
    case "enum": {
      const allowed = (params["allowedValues"] as unknown[]).map(String);
      const guess = didYouMean(String(error.data), allowed);
      return { message: `${where} must be one of ${allowed.join(", ")}, not ${JSON.stringify(error.data)}${guess ? `: did you mean "${guess}"?` : ""}`, path };
    }
    case "const":
      return { message: `${where} must be ${JSON.stringify(params["allowedValue"])}`, path };
    case "pattern":
      return { message: `${where} has an invalid form: ${JSON.stringify(error.data)} (expected ${String(params["pattern"])})`, path };
    case "minLength":
      return { message: `${where} must not be empty`, path };
    case "minItems":
      return { message: `${where} must not be an empty list`, path };
    case "propertyNames":
      return { message: `${where} has an invalid name (${error.message ?? ""})`, path };
    default:
      return { message: `${where} ${error.message ?? "is invalid"}`, path };
  }
}

/** Parses and schema-checks one rulebook; every YAML and schema error is reported, each with its place. */
export function parseRulebook(text: string, file: string, validate: ValidateFunction): Result<ParsedRulebook> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true, version: "1.2", schema: "core", customTags: [] });
  const yamlErrors = [...doc.errors, ...doc.warnings].map((e) => {
    const pos = e.linePos?.[0] ?? lines.linePos(e.pos[0]);
    return kravError("KRV-R002", `YAML: ${e.message.split("\n")[0] ?? e.message}`, { file, ...(pos ? { place: { line: pos.line, column: pos.col } } : {}), hint: "fix the YAML syntax at this place" });
  });
  if (yamlErrors.length > 0) return fail(...yamlErrors);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    return fail(kravError("KRV-R002", `YAML: ${error instanceof Error ? error.message : String(error)}`, { file, hint: "use fewer aliases (*name); rulebooks must stay small" }));
  }
  const locate = locator(doc, lines);
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return fail(kravError("KRV-R003", "a rulebook must be a YAML mapping with kravkoll, id, version, title and rules", { file, place: { line: 1, column: 1 } }));
  }
  if (!validate(data)) {
    const seen = new Set<string>();
    const errors: KravError[] = [];
    for (const e of validate.errors ?? []) {
      const { message, path, key } = schemaMessage(e, data);
      const place = key !== undefined ? locate.keyAt(path, key) : locate.at(path);
      const id = `${place.line}:${place.column}:${message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      errors.push(kravError("KRV-R003", message, { file, place }));
    }
    return fail(...errors.sort((a, b) => (a.place?.line ?? 0) - (b.place?.line ?? 0) || (a.place?.column ?? 0) - (b.place?.column ?? 0)));
  }
  return ok({ file, data: data as RawRulebook, locate });
}
