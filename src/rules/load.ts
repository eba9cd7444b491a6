import type { ValidateFunction } from "ajv";
import type { KravError, Result } from "../model/error.js";
import { fail, kravError, ok } from "../model/error.js";
import type { LanguageCode } from "../model/language.js";
import type { Concept, LangText, Localized, Rulebook, RuleSpec, Term, TermForm } from "../model/rule.js";
import { DEFAULT_LANGUAGE, LANGUAGE_CODES } from "../lang/index.js";
import { compilePattern } from "../match/pattern.js";
import type { Locator } from "./places.js";
import { didYouMean } from "./places.js";
import type { ParsedRulebook, RawConcept, RawLocalized, RawRule, RawTerms } from "./parse.js";
import { parseRulebook } from "./parse.js";

export interface RulebookSource {
  readonly text: string;
  /** The file as the user named it, or "bundled:<id>". */
  readonly file: string;
}

export interface LoadContext {
  readonly validate: ValidateFunction;
  /** Finds a rulebook named by `extends`: a bundled rulebook's id, or a path relative to `from`. */
  resolve(ref: string, from: string): Result<RulebookSource>;
  /** Parameter values the user gave, overriding the rulebooks' defaults. */
  readonly params?: Readonly<Record<string, string>>;
}

interface Origin {
  readonly file: string;
  readonly locate: Locator;
  readonly path: readonly (string | number)[];
}

/** A rulebook and everything it extends, merged but not yet resolved. */
interface Layer {
  readonly params: Map<string, string>;
  readonly profiles: Map<string, string>;
  readonly concepts: Map<string, { readonly raw: RawConcept; readonly origin: Origin }>;
  readonly rules: { raw: RawRule; readonly origin: Origin }[];
}

const FORMS: readonly (readonly [keyof RawTerms & ("words" | "parts" | "phrases" | "abbreviations" | "patterns"), TermForm])[] = [
  ["words", "word"],
  ["parts", "part"],
  ["phrases", "phrase"],
  ["abbreviations", "abbreviation"],
  ["patterns", "pattern"],
];

const errorAt = (code: KravError["code"], message: string, origin: Origin, hint?: string): KravError =>
  kravError(code, message, { file: origin.file, place: origin.locate.at(origin.path), ...(hint ? { hint } : {}) });

const sub = (origin: Origin, ...steps: (string | number)[]): Origin => ({ ...origin, path: [...origin.path, ...steps] });

function layerOf(parsed: ParsedRulebook, ctx: LoadContext, chain: readonly string[], errors: KravError[]): Layer {
  const { data, file, locate } = parsed;
  const root: Origin = { file, locate, path: [] };
  const layer: Layer = { params: new Map(), profiles: new Map(), concepts: new Map(), rules: [] };
  const parents = data.extends === undefined ? [] : typeof data.extends === "string" ? [data.extends] : data.extends;
  parents.forEach((ref, i) => {
    const where = sub(root, "extends", ...(typeof data.extends === "string" ? [] : [i]));
    const source = ctx.resolve(ref, file);
    if (!source.ok) {
      errors.push(...source.errors.map((e) => ({ ...e, file, place: where.locate.at(where.path) })));
      return;
    }
    if (chain.includes(source.value.file)) {
      errors.push(errorAt("KRV-R007", `extends "${ref}" forms a cycle: ${[...chain, source.value.file].join(" → ")}`, where));
      return;
    }
    const parent = parseRulebook(source.value.text, source.value.file, ctx.validate);
    if (!parent.ok) {
      errors.push(...parent.errors);
      return;
    }
    const inherited = layerOf(parent.value, ctx, [...chain, source.value.file], errors);
    for (const [k, v] of inherited.params) layer.params.set(k, v);
    for (const [k, v] of inherited.profiles) layer.profiles.set(k, v);
    for (const [k, v] of inherited.concepts) layer.concepts.set(k, v);
    for (const rule of inherited.rules) {
      const twin = layer.rules.find((r) => r.raw.id === rule.raw.id);
      if (twin) errors.push(errorAt("KRV-R004", `rule ${rule.raw.id} is defined both in ${twin.origin.file} and in ${rule.origin.file}`, where));
      else layer.rules.push(rule);
    }
  });
  for (const [name, param] of Object.entries(data.params ?? {})) layer.params.set(name, param.default);
  for (const [name, meaning] of Object.entries(data.profiles ?? {})) layer.profiles.set(name, meaning);
  for (const [id, raw] of Object.entries(data.concepts ?? {})) layer.concepts.set(id, { raw, origin: sub(root, "concepts", id) });
  const inheritedIds = new Set(layer.rules.map((r) => r.raw.id));
  const ownIds = new Map<string, number>();
  (data.rules ?? []).forEach((raw, i) => {
    const origin = sub(root, "rules", i, "id");
    if (inheritedIds.has(raw.id)) {
      errors.push(errorAt("KRV-R004", `rule ${raw.id} is already defined by a rulebook this one extends`, origin, `change it under overrides: ${raw.id}: instead, or give it a new id`));
      return;
    }
    const first = ownIds.get(raw.id);
    if (first !== undefined) {
      errors.push(errorAt("KRV-R004", `duplicate rule id ${raw.id} (first defined at line ${locate.at(["rules", first, "id"]).line})`, origin));
      return;
    }
    ownIds.set(raw.id, i);
    layer.rules.push({ raw, origin: sub(root, "rules", i) });
  });
  for (const [id, change] of Object.entries(data.overrides ?? {})) {
    const where = { file, locate, path: ["overrides"] } as Origin;
    const index = layer.rules.findIndex((r) => r.raw.id === id);
    const target = layer.rules[index];
    if (target === undefined) {
      const guess = didYouMean(id, layer.rules.map((r) => r.raw.id));
      errors.push(kravError("KRV-R005", `overrides names rule ${id}, which no rulebook here defines${guess ? `: did you mean ${guess}?` : ""}`, { file, place: where.locate.keyAt(["overrides"], id) }));
      continue;
    }
    if (change.disabled === true) {
      layer.rules.splice(index, 1);
      continue;
    }
    target.raw = {
      ...target.raw,
      ...(change.severity ? { severity: change.severity } : {}),
      ...(change.suggestion ? { suggestion: change.suggestion } : {}),
      ...(change.tags ? { tags: change.tags } : {}),
      ...(change.applies ? { applies: change.applies } : {}),
    };
  }
  return layer;
}

/** "{incidentSystem}" names a parameter; "\p{L}" in a pattern is a Unicode class, not a parameter. */
const PARAM = /(?<!\\[pP])\{([a-zA-Z][a-zA-Z0-9_]*)\}/gu;

function fill(text: string, params: ReadonlyMap<string, string>, origin: Origin, errors: KravError[]): string {
  return text.replace(PARAM, (whole, name: string) => {
    const value = params.get(name);
    if (value !== undefined) return value;
    const guess = didYouMean(name, [...params.keys()]);
    errors.push(errorAt("KRV-R005", `unknown parameter {${name}}${guess ? `: did you mean {${guess}}?` : ""}`, origin, "declare it under params: or correct its name"));
    return whole;
  });
}

/** A text in Swedish and, if given, English; a text given only in English stands for both. */
const fillLocalized = (l: RawLocalized, params: ReadonlyMap<string, string>, origin: Origin, errors: KravError[]): Localized => {
  const sv = l.sv ?? l.en ?? "";
  return {
    sv: fill(sv, params, sub(origin, l.sv !== undefined ? "sv" : "en"), errors),
    ...(l.en !== undefined ? { en: fill(l.en, params, sub(origin, "en"), errors) } : {}),
  };
};

function checkPattern(text: string, where: Origin, errors: KravError[]): void {
  try {
    compilePattern(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    errors.push(errorAt("KRV-R006", `pattern ${JSON.stringify(text)} is not a valid RE2 expression: ${reason}`, where, "RE2 has no look-around or back-references; see docs/rulebook.md"));
  }
}

function resolveConcept(id: string, raw: RawConcept, origin: Origin, params: ReadonlyMap<string, string>, language: LanguageCode, errors: KravError[]): Concept {
  const terms: Term[] = [];
  const except: LangText[] = [];
  const exceptPatterns: LangText[] = [];
  // The concept's own lists are in the rulebook's language; a block per language adds others.
  const blocks: (readonly [RawTerms, LanguageCode, Origin])[] = [
    [raw, language, origin],
    ...LANGUAGE_CODES.flatMap((code) => {
      const block = raw[code];
      return block === undefined ? [] : [[block, code, sub(origin, code)] as const];
    }),
  ];
  for (const [block, lang, at] of blocks) {
    for (const [key, form] of FORMS) {
      (block[key] ?? []).forEach((written: string, i: number) => {
        const where = sub(at, key, i);
        const text = fill(written, params, where, errors);
        if (form === "pattern") checkPattern(text, where, errors);
        terms.push({ form, text, lang });
      });
    }
    for (const text of block.except ?? []) except.push({ text, lang });
    (block.exceptPatterns ?? []).forEach((written, i) => {
      const where = sub(at, "exceptPatterns", i);
      const text = fill(written, params, where, errors);
      checkPattern(text, where, errors);
      exceptPatterns.push({ text, lang });
    });
  }
  if (terms.length === 0) errors.push(errorAt("KRV-R003", `concept ${id} has no terms: give it words, parts, phrases, abbreviations or patterns`, origin));
  return { id, ...(raw.description ? { description: raw.description } : {}), terms, except, exceptPatterns };
}

function resolveRule(bookId: string, language: LanguageCode, raw: RawRule, origin: Origin, concepts: ReadonlyMap<string, Concept>, params: ReadonlyMap<string, string>, profiles: ReadonlyMap<string, string>, errors: KravError[]): RuleSpec {
  const checkOne = (id: string, path: readonly (string | number)[]): void => {
    if (concepts.has(id)) return;
    const guess = didYouMean(id, [...concepts.keys()]);
    errors.push(errorAt("KRV-R005", `rule ${raw.id} uses concept "${id}", which is not defined${guess ? `: did you mean "${guess}"?` : ""}`, sub(origin, "match", ...path), "define it under concepts:"));
  };
  const m = raw.match;
  for (const key of ["all", "none", "own", "binding", "otherActions", "service"] as const) (m[key] ?? []).forEach((id, i) => checkOne(id, [key, i]));
  for (const id of Object.keys(m.owner ?? {})) checkOne(id, ["owner", id]);
  for (const [id, limits] of Object.entries(m.notLimitedTo ?? {})) {
    checkOne(id, ["notLimitedTo", id]);
    limits.forEach((limit, i) => checkOne(limit, ["notLimitedTo", id, i]));
  }
  (m.any ?? []).forEach((group, i) => {
    if (typeof group === "string") checkOne(group, ["any", i]);
    else group.forEach((id, j) => checkOne(id, ["any", i, j]));
  });
  (raw.applies?.documents ?? []).forEach((id, i) => {
    if (concepts.has(id)) return;
    const guess = didYouMean(id, [...concepts.keys()]);
    errors.push(errorAt("KRV-R005", `rule ${raw.id} applies when documents mention "${id}", which is not defined${guess ? `: did you mean "${guess}"?` : ""}`, sub(origin, "applies", "documents", i)));
  });
  (raw.applies?.profiles ?? []).forEach((name, i) => {
    if (profiles.has(name)) return;
    const guess = didYouMean(name, [...profiles.keys()]);
    errors.push(errorAt("KRV-R005", `rule ${raw.id} names profile "${name}", which no rulebook declares under profiles:${guess ? `: did you mean "${guess}"?` : ""}`, sub(origin, "applies", "profiles", i)));
  });
  if ((m.all ?? []).length === 0 && (m.any ?? []).length === 0) {
    errors.push(errorAt("KRV-R003", `rule ${raw.id} must name concepts under match.all or match.any`, sub(origin, "match")));
  }
  const idPlace = origin.locate.at([...origin.path, "id"]);
  return {
    id: raw.id,
    rulebook: bookId,
    language,
    title: fillLocalized(raw.title, params, sub(origin, "title"), errors),
    severity: raw.severity,
    source: raw.source,
    references: raw.references ?? [],
    party: raw.party ?? "supplier",
    match: {
      all: m.all ?? [],
      any: m.any ?? [],
      none: m.none ?? [],
      own: m.own ?? [],
      binding: m.binding ?? [],
      otherActions: m.otherActions ?? [],
      within: m.within ?? "clause",
      ...(m.recipient !== undefined ? { recipient: m.recipient } : {}),
      owner: m.owner ?? {},
      notLimitedTo: m.notLimitedTo ?? {},
      service: m.service ?? [],
    },
    suggestion: fillLocalized(raw.suggestion, params, sub(origin, "suggestion"), errors),
    ...(raw.rationale ? { rationale: fillLocalized(raw.rationale, params, sub(origin, "rationale"), errors) } : {}),
    ...(raw.link ? { link: raw.link } : {}),
    tags: raw.tags ?? [],
    ...(raw.applies ? { applies: { profiles: raw.applies.profiles ?? [], documents: raw.applies.documents ?? [] } } : {}),
    examples: (raw.examples ?? []).map((e, i) => ({ ...e, text: fill(e.text, params, sub(origin, "examples", i, "text"), errors), lang: e.lang ?? language })),
    place: { file: origin.file, line: idPlace.line, column: idPlace.column },
  };
}

/**
 * Loads one rulebook with everything it extends: parses, checks the schema, merges, applies
 * overrides, fills in parameters and compiles patterns. Reports every problem, not the first.
 */
export function loadRulebook(source: RulebookSource, ctx: LoadContext): Result<Rulebook> {
  const parsed = parseRulebook(source.text, source.file, ctx.validate);
  if (!parsed.ok) return parsed;
  const errors: KravError[] = [];
  const layer = layerOf(parsed.value, ctx, [source.file], errors);
  const params = new Map(layer.params);
  for (const [name, value] of Object.entries(ctx.params ?? {})) if (params.has(name)) params.set(name, value);
  const { data } = parsed.value;
  const language = data.language ?? DEFAULT_LANGUAGE;
  const concepts = new Map<string, Concept>();
  for (const [id, { raw, origin }] of layer.concepts) concepts.set(id, resolveConcept(id, raw, origin, params, language, errors));
  const rules = layer.rules.map((r) => resolveRule(data.id, language, r.raw, r.origin, concepts, params, layer.profiles, errors));
  const root: Origin = { file: source.file, locate: parsed.value.locate, path: [] };
  const title = fillLocalized(data.title, params, sub(root, "title"), errors);
  const description = data.description ? fillLocalized(data.description, params, sub(root, "description"), errors) : undefined;
  if (rules.length === 0 && errors.length === 0) {
    errors.push(kravError("KRV-R003", "the rulebook has no rules", { file: source.file, place: { line: 1, column: 1 }, hint: "add rules: or extends: another rulebook" }));
  }
  if (errors.length > 0) return fail(...errors);
  return ok({
    id: data.id,
    version: data.version,
    language,
    title,
    ...(description ? { description } : {}),
    file: source.file,
    params: Object.fromEntries(params),
    profiles: Object.fromEntries(layer.profiles),
    concepts: Object.fromEntries(concepts),
    rules,
  });
}

/** Loads several rulebooks for one run; rule ids must be unique across all of them. */
export function loadRulebooks(sources: readonly RulebookSource[], ctx: LoadContext): Result<Rulebook[]> {
  const books: Rulebook[] = [];
  const errors: KravError[] = [];
  for (const source of sources) {
    const loaded = loadRulebook(source, ctx);
    if (loaded.ok) books.push(loaded.value);
    else errors.push(...loaded.errors);
  }
  const bookFiles = new Map<string, string>();
  const owners = new Map<string, RuleSpec>();
  for (const book of books) {
    const other = bookFiles.get(book.id);
    if (other !== undefined) {
      errors.push(kravError("KRV-R004", `rulebook id ${book.id} is used by both ${other} and ${book.file}`, { file: book.file, place: { line: 1, column: 1 } }));
    }
    bookFiles.set(book.id, book.file);
    for (const rule of book.rules) {
      const first = owners.get(rule.id);
      if (first) {
        errors.push(kravError("KRV-R004", `rule id ${rule.id} is defined by both ${first.place.file} and ${rule.place.file}`, { file: rule.place.file, place: { line: rule.place.line, column: rule.place.column }, hint: "give one of them another id, or extend the other rulebook and use overrides" }));
      } else owners.set(rule.id, rule);
    }
  }
  return errors.length > 0 ? fail(...errors) : ok(books);
}
