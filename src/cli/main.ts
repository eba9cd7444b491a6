import { formatMessage, message } from "../messages/catalogue.js";
import { resolve } from "node:path";
import { Command, CommanderError, Option } from "commander";
import type { KravError } from "../model/error.js";
import { runCheck } from "./check.js";
import type { ProjectConfig } from "./config.js";
import { findConfig, loadConfig } from "./config.js";
import { runExplain } from "./explain.js";
import { runInit } from "./init.js";
import type { Io } from "./io.js";
import { textWidth } from "./io.js";
import type { CheckOptions, RawCheckFlags } from "./options.js";
import { translateOptions, wantsColor } from "./options.js";
import { toolVersion } from "./package-info.js";
import { renderErrors } from "./render-errors.js";
import { runRulesList, runRulesShow, runRulesTest, runRulesValidate } from "./rules-commands.js";
import type { RulesOptions } from "./rules-commands.js";

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** The project configuration to use: --config FILE, none with --no-config, else the nearest .kravkoll.yaml. */
function projectConfig(flag: string | false | undefined, io: Io): { config?: ProjectConfig; errors: readonly KravError[] } {
  if (flag === false) return { errors: [] };
  const path = flag !== undefined ? resolve(io.cwd, flag) : findConfig(io.cwd);
  if (path === undefined) return { errors: [] };
  const loaded = loadConfig(path, io.cwd);
  return loaded.ok ? { config: loaded.value, errors: [] } : { errors: loaded.errors };
}

/**
 * The kravkoll command line. It never calls process.exit: it returns the exit code, and only
 * bin/kravkoll.js sets it.
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let code = 0;
  const program = new Command()
    .name("kravkoll")
    .description("Check Swedish tender documents and contracts for required security clauses.")
    .version(toolVersion(), "-V, --version")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError("(run kravkoll --help for usage)");

  const configOptions = (command: Command): Command =>
    command.option("--config <file>", "project configuration to use (default: the nearest .kravkoll.yaml)").option("--no-config", "ignore any .kravkoll.yaml");

  /** Options that every command reading documents shares. Defaults come from the configuration, then kravkoll. */
  const documentOptions = (command: Command): Command =>
    configOptions(command)
      .option("-r, --rules <rulebook>", "rulebook file or bundled rulebook id (repeatable; default: the bundled Stockholm rulebook)", collect, [])
      .option("-e, --each", "judge every file on its own instead of as one bundle")
      .addOption(new Option("-f, --format <format>", "output format (default: terminal)").choices(["terminal", "json"]))
      .option("-o, --output-file <file>", "write the report to a file instead of stdout")
      .option("--password <password>", "password for encrypted PDFs")
      .addOption(new Option("--lang <lang>", "language of rule titles, suggested clauses and reasons (default: sv)").choices(["sv", "en"]))
      .option("-p, --param <name=value>", "set a rulebook parameter, e.g. incidentSystem=RISK (repeatable)", collect, [])
      .option("--profile <name>", "a kind of procurement declared by the rulebooks, switching on the rules for it (repeatable)", collect, [])
      .option("--color", "force colour")
      .option("--no-color", "no colour (also NO_COLOR=1)");

  /** Flags, with the project configuration filling what they leave open. */
  const options = (flags: RawCheckFlags): CheckOptions | undefined => {
    const { config, errors: configErrors } = projectConfig(flags.config, io);
    if (configErrors.length > 0) {
      io.stderr(renderErrors(configErrors, false));
      return undefined;
    }
    const { options: translated, errors } = translateOptions(flags, io, config);
    if (!translated) io.stderr(renderErrors(errors, false));
    return translated;
  };

  documentOptions(
    program
      .command("check")
      .description("check documents against rulebooks; all inputs are judged together as one bundle")
      .argument("<paths...>", "documents (.pdf, .docx, .txt, .md) or folders to read recursively"),
  )
    .addOption(new Option("--fail-on <severity>", "lowest rule severity that makes the exit code 1 (default: error)").choices(["error", "warning", "info", "never"]))
    .option("-v, --verbose", "show every passage and every reason")
    .action(async (paths: string[], flags: RawCheckFlags) => {
      const translated = options(flags);
      code = translated ? await runCheck(paths, translated, io) : 2;
    });

  documentOptions(
    program
      .command("explain")
      .description("show why a rule got its status: the passages found, or for a missing rule the nearest ones and what each lacked")
      .argument("<rule-id>", "the rule to explain, e.g. SUP-RSA")
      .argument("<paths...>", "documents or folders, as for check"),
  )
    .option("-n, --candidates <n>", "how many near misses to show", "5")
    .action(async (ruleId: string, paths: string[], flags: RawCheckFlags & { candidates: string }) => {
      const translated = options(flags);
      const candidates = Number.parseInt(flags.candidates, 10);
      if (translated && !(candidates > 0)) io.stderr(renderErrors([{ code: "KRV-U001", message: `--candidates must be a positive number, not "${flags.candidates}"` }], false));
      code = translated && candidates > 0 ? await runExplain(ruleId, paths, { ...translated, candidates }, io) : 2;
    });

  const rules = program.command("rules").description("validate, list, show and test rulebooks");
  type RulesFlags = { rules?: string[]; param: string[]; format?: string; lang?: string; color?: boolean; config?: string | false };
  const rulesCommand = (command: Command, withRules: boolean): Command => {
    const configured = configOptions(command)
      .option("-p, --param <name=value>", "set a rulebook parameter (repeatable)", collect, [])
      .addOption(new Option("-f, --format <format>", "output format (default: terminal)").choices(["terminal", "json"]))
      .addOption(new Option("--lang <lang>", "language of titles (default: sv)").choices(["sv", "en"]))
      .option("--color", "force colour")
      .option("--no-color", "no colour");
    return withRules ? configured.option("-r, --rules <rulebook>", "rulebook file or bundled id (repeatable)", collect, []) : configured;
  };
  const rulesOptions = (flags: RulesFlags): RulesOptions | undefined => {
    const translated = options({ rules: flags.rules ?? [], param: flags.param, profile: [], ...(flags.format ? { format: flags.format } : {}), ...(flags.lang ? { lang: flags.lang } : {}), ...(flags.color !== undefined ? { color: flags.color } : {}), ...(flags.config !== undefined ? { config: flags.config } : {}) });
    if (!translated) return undefined;
    return {
      rules: translated.rules,
      params: translated.params,
      strictParams: translated.strictParams,
      json: translated.format === "json",
      ctx: { color: wantsColor(flags.color, io, false), lang: translated.lang, verbose: true, width: textWidth(io), failOn: translated.failOn },
    };
  };

  rulesCommand(rules.command("validate").description("check rulebooks against the schema and for unknown references; exit 2 on any problem").argument("<files...>", "rulebook files or bundled ids"), false).action(
    (files: string[], flags: RulesFlags) => {
      const o = rulesOptions(flags);
      code = o ? runRulesValidate(files, o, io) : 2;
    },
  );
  rulesCommand(rules.command("list").description("list the rules: id, severity, title").argument("[files...]", "rulebooks (default: --rules, the configuration, or the bundled one)"), false).action(
    (files: string[], flags: RulesFlags) => {
      const o = rulesOptions(flags);
      code = o ? runRulesList(files, o, io) : 2;
    },
  );
  rulesCommand(rules.command("show").description("everything about one rule").argument("<rule-id>", "e.g. SUP-RSA"), true).action((id: string, flags: RulesFlags) => {
    const o = rulesOptions(flags);
    code = o ? runRulesShow(id, o, io) : 2;
  });
  rulesCommand(
    rules.command("test").description("judge every example clause in the rulebooks; exit 1 on a wrong status or a rule without a present example").argument("[files...]", "rulebooks (default: --rules, the configuration, or the bundled one)"),
    false,
  ).action((files: string[], flags: RulesFlags) => {
    const o = rulesOptions(flags);
    code = o ? runRulesTest(files, o, io) : 2;
  });

  program
    .command("init")
    .description("write a starter .kravkoll.yaml and a rulebook that extends the bundled one, with comments that teach the format")
    .option("--id <id>", "id of the new rulebook", formatMessage(message("init-default-id"), "sv"))
    .option("--force", "overwrite existing files")
    .action((flags: { id: string; force?: boolean }) => {
      code = runInit({ id: flags.id, force: flags.force === true }, io);
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    io.stderr(renderErrors([{ code: "KRV-I001", message: `internal error: ${error instanceof Error ? error.message : String(error)}`, hint: "please report this" }], false));
    return 2;
  }
}
