/**
 * The JSON Schema of a rulebook. It is the single source: `npm run build-docs` writes it to
 * schema/rulebook.schema.json for editors (yaml-language-server) and for the published package.
 * Every object is closed (`additionalProperties: false`), so a misspelled key is an error, never
 * silently ignored.
 */

import { LANGUAGE_CODES } from "../lang/index.js";

const text = { type: "string", minLength: 1 } as const;
const textList = { type: "array", items: text } as const;
const conceptId = { type: "string", pattern: "^[a-z][a-z0-9-]*$" } as const;
const conceptList = { type: "array", items: conceptId } as const;
const language = { enum: [...LANGUAGE_CODES] } as const;

/** The term lists of a concept, in one language. */
const termLists = {
  words: { ...textList, description: "Whole words, matched in any inflection: riktlinje → riktlinjerna." },
  parts: { ...textList, description: "Words matched anywhere inside a compound too: incident → säkerhetsincidenter." },
  phrases: { ...textList, description: "Words in sequence, each in any inflection: systematiskt brandskyddsarbete." },
  abbreviations: { ...textList, description: "Case-sensitive abbreviations, also with Swedish endings: RSA → RSA:n." },
  patterns: { ...textList, description: "RE2 regular expressions on the case-folded clause text (linear time; \\b and \\w are ASCII-only)." },
  except: { ...textList, description: "Words or phrases that look like the concept but are not it." },
  exceptPatterns: { ...textList, description: "RE2 patterns on the case-folded clause text: a hit inside a match does not count." },
} as const;

export const RULEBOOK_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://kravkoll.se/schema/rulebook-1.json",
  title: "kravkoll rulebook",
  description: "Required clauses for Swedish public-procurement documents, and how to recognise them.",
  type: "object",
  additionalProperties: false,
  required: ["kravkoll", "id", "version", "title"],
  properties: {
    kravkoll: { const: 1, description: "Rulebook format version. Always 1." },
    id: { type: "string", pattern: "^[a-z0-9][a-z0-9-]*$", description: "Rulebook id, lower case with hyphens, e.g. stockholm-trygghet-2013-2016." },
    version: { type: "string", pattern: "^\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.-]+)?$", description: "Version of this rulebook, e.g. 1.0.0." },
    language: { ...language, description: "The rulebook's main language (default sv): its terms and examples are in it unless a block or an example names another." },
    title: { $ref: "#/definitions/localized" },
    description: { $ref: "#/definitions/localized" },
    source: { ...text, description: "The programme, policy or law the rulebook comes from." },
    extends: {
      description: "Rulebooks this one builds on: a bundled rulebook's id, or a path relative to this file.",
      type: ["string", "array"],
      minLength: 1,
      items: text,
      minItems: 1,
    },
    params: {
      type: "object",
      description: "Parameters used as {name} in terms and suggestions; a user may override their values.",
      propertyNames: { pattern: "^[a-zA-Z][a-zA-Z0-9_]*$" },
      additionalProperties: { $ref: "#/definitions/param" },
    },
    profiles: {
      type: "object",
      description: "Kinds of procurement a user can name with --profile, to switch on the rules that apply to them.",
      propertyNames: { pattern: "^[a-z][a-z0-9-]*$" },
      additionalProperties: { type: "string", minLength: 1 },
    },
    concepts: {
      type: "object",
      description: "Vocabularies, defined once and used by any number of rules.",
      propertyNames: { pattern: "^[a-z][a-z0-9-]*$" },
      additionalProperties: { $ref: "#/definitions/concept" },
    },
    overrides: {
      type: "object",
      description: "Changes to rules inherited through extends, by rule id.",
      propertyNames: { pattern: "^[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*$" },
      additionalProperties: { $ref: "#/definitions/override" },
    },
    rules: { type: "array", items: { $ref: "#/definitions/rule" } },
  },
  definitions: {
    localized: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: { sv: { ...text, description: "Swedish." }, en: { ...text, description: "English." } },
    },
    terms: {
      type: "object",
      additionalProperties: false,
      description: "A concept's terms in one language.",
      properties: termLists,
    },
    param: {
      type: "object",
      additionalProperties: false,
      required: ["default"],
      properties: { default: { type: "string" }, description: text },
    },
    concept: {
      type: "object",
      additionalProperties: false,
      properties: {
        description: text,
        ...termLists,
        sv: { $ref: "#/definitions/terms", description: "Terms in Swedish, when the rulebook's language is another." },
        en: { $ref: "#/definitions/terms", description: "Terms in English, when the rulebook's language is another." },
      },
    },
    match: {
      type: "object",
      additionalProperties: false,
      properties: {
        all: { ...conceptList, description: "Every one of these concepts must be found." },
        any: {
          type: "array",
          description: "At least one of these must be found: a concept, or a list of concepts that must all be found.",
          items: { type: ["string", "array"], pattern: "^[a-z][a-z0-9-]*$", items: conceptId, minItems: 1 },
        },
        none: { ...conceptList, description: "The clause must not contain any of these." },
        own: { ...conceptList, description: "Concepts that must be the supplier's own: 'stadens RSA' does not count." },
        binding: { ...conceptList, description: "Wording that binds the supplier for this rule without a modal verb." },
        otherActions: {
          ...conceptList,
          description: "Actions other than the one this rule asks for: denying one (handing the analysis in) does not deny this rule.",
        },
        within: { enum: ["clause", "section"], description: "Where the concepts must meet: one clause unit (default) or one section." },
        recipient: {
          enum: ["buyer"],
          description: "Whom the action must go to, where the clause names anyone: the buyer or its system, not the supplier's own organisation or an authority.",
        },
        owner: {
          type: "object",
          description: "Concepts whose thing must be the buyer's: not the law's, an authority's or the supplier's own (the laws and regulations in force).",
          propertyNames: { pattern: "^[a-z][a-z0-9-]*$" },
          additionalProperties: { enum: ["buyer"] },
        },
        notLimitedTo: {
          type: "object",
          description: "Concepts that must not be limited to one matter, by concept: instructions for one deliverable are no general instructions.",
          propertyNames: { pattern: "^[a-z][a-z0-9-]*$" },
          additionalProperties: conceptList,
        },
        service: {
          ...conceptList,
          description: "Concepts that, as work done for the buyer (leading the municipality's own security work), are the service bought, not the supplier's own duty.",
        },
      },
    },
    example: {
      type: "object",
      additionalProperties: false,
      required: ["text", "status"],
      properties: {
        text,
        status: { enum: ["present", "weak", "negated", "missing"] },
        note: text,
        lang: { ...language, description: "The example's language, when it is not the rulebook's." },
      },
    },
    rule: {
      type: "object",
      additionalProperties: false,
      required: ["id", "title", "severity", "source", "match", "suggestion"],
      properties: {
        id: { type: "string", pattern: "^[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*$", description: "Unique rule id, e.g. SUP-RSA." },
        title: { $ref: "#/definitions/localized" },
        severity: { enum: ["error", "warning", "info"] },
        source: { ...text, description: "Where the demand comes from." },
        references: { ...textList, description: "Legal references, e.g. the Civil Protection Act (2003:778)." },
        party: { enum: ["supplier", "buyer", "any"], description: "Who must carry the duty (default supplier)." },
        match: { $ref: "#/definitions/match" },
        suggestion: { $ref: "#/definitions/localized" },
        rationale: { $ref: "#/definitions/localized" },
        link: { type: "string", pattern: "^https?://" },
        tags: textList,
        applies: { $ref: "#/definitions/applies" },
        examples: { type: "array", items: { $ref: "#/definitions/example" } },
      },
    },
    applies: {
      type: "object",
      additionalProperties: false,
      description: "When the rule applies: a chosen profile, or documents that mention one of the concepts. Without it, always.",
      properties: {
        profiles: { type: "array", items: { type: "string", pattern: "^[a-z][a-z0-9-]*$" }, minItems: 1 },
        documents: { ...conceptList, minItems: 1, description: "Concepts any of which, found anywhere in the documents, makes the rule apply." },
      },
    },
    override: {
      type: "object",
      additionalProperties: false,
      properties: {
        severity: { enum: ["error", "warning", "info"] },
        disabled: { type: "boolean" },
        suggestion: { $ref: "#/definitions/localized" },
        tags: textList,
        applies: { $ref: "#/definitions/applies" },
      },
    },
  },
} as const;
