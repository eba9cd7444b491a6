import type { LanguagePack } from "../../model/language.js";
import { classes } from "./classes.js";
import { context, discourse, layout, table } from "./context.js";
import { cues } from "./cues.js";
import { morphology } from "./morphology.js";
import { parties } from "./parties.js";
import { dutyNouns, verbs } from "./verbs.js";

/** Swedish: the language of the documents kravkoll was made for. */
export const sv: LanguagePack = {
  code: "sv",
  name: "svenska",
  locale: "sv",
  classes,
  verbs,
  dutyNouns,
  morphology,
  parties,
  context,
  table,
  discourse,
  layout,
  cues,
};
