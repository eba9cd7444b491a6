import { Chalk } from "chalk";
import type { KravError } from "../model/error.js";

/** One line per error, in the file:line:col form editors and CI logs link to. */
export function renderErrors(errors: readonly KravError[], color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  return errors
    .map((e) => {
      const where = e.file === undefined ? "kravkoll" : e.place ? `${e.file}:${e.place.line}:${e.place.column}` : e.file;
      const hint = e.hint ? c.dim(` — ${e.hint}`) : "";
      return `${c.bold(where)}: ${c.red("error")} ${c.dim(e.code)} ${e.message}${hint}\n`;
    })
    .join("");
}
