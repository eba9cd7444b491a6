import type { KravError } from "../model/error.js";
import { kravError } from "../model/error.js";
import type { FailOn } from "../model/presentation.js";
import { SEVERITIES } from "../model/rule.js";
import type { FormatName } from "../report/index.js";
import { FORMAT_NAMES, isFormatName } from "../report/index.js";
import type { ProjectConfig } from "./config.js";
import type { Io } from "./io.js";

/** Flags as commander gives them. Options without a flag stay undefined, so the configuration can fill them. */
export interface RawCheckFlags {
  readonly rules: string[];
  readonly each?: boolean;
  readonly format?: string;
  readonly outputFile?: string;
  readonly password?: string;
  readonly lang?: string;
  readonly failOn?: string;
  readonly param: string[];
  readonly profile: string[];
  readonly color?: boolean;
  readonly verbose?: boolean;
  /** A configuration file to use, or false for --no-config. */
  readonly config?: string | false;
}

/** Flags and project configuration turned into what the run needs, in one place (ESLint's translate-options). */
export interface CheckOptions {
  readonly rules: readonly string[];
  readonly each: boolean;
  readonly format: FormatName;
  readonly outputFile?: string;
  readonly password?: string;
  readonly lang: "sv" | "en";
  readonly failOn: FailOn;
  readonly params: Readonly<Record<string, string>>;
  /** The parameters the user chose for these rulebooks, which a rulebook must declare. */
  readonly strictParams: readonly string[];
  readonly profiles: readonly string[];
  /** Colour on stdout and on stderr, decided separately: either may be redirected. */
  readonly color: boolean;
  readonly errorColor: boolean;
  readonly verbose: boolean;
}

/** Colour: an explicit flag wins, then NO_COLOR / FORCE_COLOR, then whether the stream is a terminal. */
export function wantsColor(flag: boolean | undefined, io: Io, toFile: boolean, stream: "stdout" | "stderr" = "stdout"): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  if (io.env["NO_COLOR"] !== undefined && io.env["NO_COLOR"] !== "") return false;
  const force = io.env["FORCE_COLOR"];
  if (force !== undefined) return force !== "0" && force !== "false";
  return stream === "stdout" ? io.stdoutIsTTY : io.stderrIsTTY === true;
}

/** Flags win over the project configuration, which wins over the defaults. */
export function translateOptions(flags: RawCheckFlags, io: Io, config?: ProjectConfig): { options?: CheckOptions; errors: KravError[] } {
  const errors: KravError[] = [];
  const format = flags.format ?? config?.format ?? "terminal";
  if (!isFormatName(format)) errors.push(kravError("KRV-U001", `unknown format "${format}" (choose ${FORMAT_NAMES.join(", ")})`));
  const lang = flags.lang ?? config?.lang ?? "sv";
  if (lang !== "sv" && lang !== "en") errors.push(kravError("KRV-U001", `unknown language "${lang}" (choose sv or en)`));
  const failOn = flags.failOn ?? config?.failOn ?? "error";
  if (failOn !== "never" && !(SEVERITIES as readonly string[]).includes(failOn)) {
    errors.push(kravError("KRV-U001", `--fail-on must be error, warning, info or never, not "${failOn}"`));
  }
  const params: Record<string, string> = { ...config?.params };
  // Parameters of the configuration belong to its rulebooks; with other rulebooks they may not apply.
  const strictParams = flags.rules.length === 0 ? Object.keys(config?.params ?? {}) : [];
  for (const p of flags.param) {
    const eq = p.indexOf("=");
    if (eq <= 0) errors.push(kravError("KRV-U001", `--param needs name=value, not "${p}"`));
    else {
      params[p.slice(0, eq)] = p.slice(eq + 1);
      strictParams.push(p.slice(0, eq));
    }
  }
  if (errors.length > 0) return { errors };
  return {
    errors,
    options: {
      rules: flags.rules.length > 0 ? flags.rules : (config?.rules ?? []),
      each: flags.each === true,
      format: format as FormatName,
      ...(flags.outputFile !== undefined ? { outputFile: flags.outputFile } : {}),
      ...(flags.password !== undefined ? { password: flags.password } : {}),
      lang: lang === "en" ? "en" : "sv",
      failOn: failOn as FailOn,
      params,
      strictParams,
      profiles: flags.profile.length > 0 ? flags.profile : (config?.profiles ?? []),
      color: wantsColor(flags.color, io, flags.outputFile !== undefined),
      errorColor: wantsColor(flags.color, io, false, "stderr"),
      verbose: flags.verbose === true,
    },
  };
}
