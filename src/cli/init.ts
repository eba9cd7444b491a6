import { existsSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { kravError } from "../model/error.js";
import { EXIT } from "./check.js";
import type { Io } from "./io.js";
import { DEFAULT_RULEBOOK, PACKAGE_ROOT } from "./package-info.js";
import { renderErrors } from "./render-errors.js";

export const CONFIG_FILE = ".kravkoll.yaml";
export const STARTER_RULEBOOK = "regelbok.yaml";

const config = (): string => `# kravkoll project configuration. kravkoll finds this file from the current folder
# upwards; command-line flags override what it says. See docs/rulebook.md.

# Rulebooks: bundled ids or paths relative to this file.
rules:
  - ${STARTER_RULEBOOK}

# Rulebook parameters.
params:
  incidentSystem: RISK

# Profiles switch on rules for a kind of procurement, e.g. premises-based care.
# profile: [omsorgsboende]

format: terminal    # or json
lang: sv            # language of titles and suggested clauses: sv or en
failOn: error       # lowest severity that fails the run: error, warning, info or never
`;

const rulebook = (schema: string, id: string): string => `# yaml-language-server: $schema=${schema}
#
# Our rules, built on the bundled Stockholm rulebook. Check this file with
#   npx kravkoll rules validate ${STARTER_RULEBOOK}
#   npx kravkoll rules test ${STARTER_RULEBOOK}
# The format is described in docs/rulebook.md.

kravkoll: 1                 # format version
id: ${id}                   # lower case and hyphens
version: 0.1.0
title:
  sv: Våra krav på leverantörer
  en: Our requirements on suppliers

# Everything in the bundled rulebook comes along: its parameters, concepts and rules.
extends: ${DEFAULT_RULEBOOK}

# Change a parameter's default, or declare a new one and use it as {name} in terms and texts.
params:
  incidentSystem:
    default: RISK
    description: Namnet på vårt system för incidenthantering.

# Change inherited rules by id: severity, disabled, suggestion, tags or applies.
overrides:
  SUP-PREMISES:
    severity: warning
  # SUP-DIRECTIVES:
  #   disabled: true

# Concepts are vocabularies: defined once, used by any number of rules.
#   words:         whole words in any inflection (riktlinje → riktlinjerna)
#   parts:         also inside compounds (incident → säkerhetsincidenter)
#   phrases:       words in sequence, each inflected (systematiskt brandskyddsarbete)
#   abbreviations: case-sensitive (RSA, RSA:n)
#   patterns:      RE2 regular expressions on the lower-cased text
#   except:        look-alikes that do not count
#   exceptPatterns: RE2 patterns; a hit inside a match does not count
concepts:
  processor-agreement:
    parts: [personuppgiftsbiträdesavtal, biträdesavtal]
    phrases: ["avtal om behandling av personuppgifter"]

rules:
  - id: LOCAL-GDPR-PROCESSOR
    title:
      sv: Leverantören tecknar personuppgiftsbiträdesavtal
      en: The supplier signs a data processing agreement
    severity: error             # error, warning or info
    source: Dataskyddsförordningen (EU) 2016/679, artikel 28.3
    references: ["GDPR art. 28.3"]
    match:
      all: [processor-agreement] # every concept here must be in the clause
    suggestion:
      sv: >-
        Leverantören ska, innan behandlingen av personuppgifter påbörjas, teckna ett
        personuppgiftsbiträdesavtal med Beställaren enligt Beställarens mall.
    # Example clauses with the status each must get; "kravkoll rules test" checks them.
    examples:
      - status: present
        text: Leverantören ska teckna ett personuppgiftsbiträdesavtal med Beställaren innan uppdraget påbörjas.
      - status: weak
        text: Leverantören bör teckna ett biträdesavtal med Beställaren.
      - status: missing
        text: Beställaren tecknar personuppgiftsbiträdesavtal med sina IT-leverantörer.
        note: the buyer's own agreements bind no supplier
`;

/** `kravkoll init`: a starter project configuration and a rulebook that extends the bundled one. */
export function runInit(options: { readonly id: string; readonly force: boolean }, io: Io): number {
  const targets = [join(io.cwd, CONFIG_FILE), join(io.cwd, STARTER_RULEBOOK)];
  const existing = targets.filter((t) => existsSync(t));
  if (existing.length > 0 && !options.force) {
    io.stderr(renderErrors(existing.map((t) => kravError("KRV-U001", "already exists; kravkoll init does not overwrite", { file: relative(io.cwd, t), hint: "use --force to overwrite" })), false));
    return EXIT.failure;
  }
  if (!/^[a-z0-9][a-z0-9-]*$/u.test(options.id)) {
    io.stderr(renderErrors([kravError("KRV-U001", `--id must be lower case letters, digits and hyphens, not "${options.id}"`)], false));
    return EXIT.failure;
  }
  const schema = relative(io.cwd, join(PACKAGE_ROOT, "schema", "rulebook.schema.json"));
  writeFileSync(targets[0] as string, config());
  writeFileSync(targets[1] as string, rulebook(schema, options.id));
  io.stdout(`wrote ${CONFIG_FILE} and ${STARTER_RULEBOOK}\nnext: npx kravkoll rules test ${STARTER_RULEBOOK}, then npx kravkoll check <documents>\n`);
  return EXIT.clean;
}
