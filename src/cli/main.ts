import { Command, CommanderError, Option } from "commander";
import { runCheck } from "./check.js";
import { runExplain } from "./explain.js";
import type { Io } from "./io.js";
import type { CheckOptions, RawCheckFlags } from "./options.js";
import { translateOptions } from "./options.js";
import { toolVersion } from "./package-info.js";
import { renderErrors } from "./render-errors.js";

const collect = (value: string, previous: string[]): string[] => [...previous, value];

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

  /** Options that every command reading documents shares. */
  const documentOptions = (command: Command): Command =>
    command
      .option("-r, --rules <rulebook>", "rulebook file or bundled rulebook id (repeatable; default: the bundled Stockholm rulebook)", collect, [])
      .option("-e, --each", "judge every file on its own instead of as one bundle")
      .addOption(new Option("-f, --format <format>", "output format").choices(["terminal", "json"]).default("terminal"))
      .option("-o, --output-file <file>", "write the report to a file instead of stdout")
      .option("--password <password>", "password for encrypted PDFs")
      .addOption(new Option("--lang <lang>", "language of rule titles and suggested clauses").choices(["sv", "en"]).default("sv"))
      .option("-p, --param <name=value>", "set a rulebook parameter, e.g. incidentSystem=RISK (repeatable)", collect, [])
      .option("--profile <name>", "a kind of procurement declared by the rulebooks, switching on the rules for it (repeatable)", collect, [])
      .option("--color", "force colour")
      .option("--no-color", "no colour (also NO_COLOR=1)");

  const options = (flags: RawCheckFlags): CheckOptions | undefined => {
    const { options: translated, errors } = translateOptions(flags, io);
    if (!translated) io.stderr(renderErrors(errors, false));
    return translated;
  };

  documentOptions(
    program
      .command("check")
      .description("check documents against rulebooks; all inputs are judged together as one bundle")
      .argument("<paths...>", "documents (.pdf, .docx, .txt, .md) or folders to read recursively"),
  )
    .addOption(new Option("--fail-on <severity>", "lowest rule severity that makes the exit code 1").choices(["error", "warning", "info", "never"]).default("error"))
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

  try {
    await program.parseAsync([...argv], { from: "user" });
    if (argv.length === 0) {
      io.stdout(program.helpInformation());
    }
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    io.stderr(renderErrors([{ code: "KRV-I001", message: `internal error: ${error instanceof Error ? error.message : String(error)}`, hint: "please report this" }], false));
    return 2;
  }
}
