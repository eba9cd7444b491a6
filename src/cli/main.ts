import { Command, CommanderError, Option } from "commander";
import { runCheck } from "./check.js";
import type { Io } from "./io.js";
import type { RawCheckFlags } from "./options.js";
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

  program
    .command("check")
    .description("check documents against rulebooks; all inputs are judged together as one bundle")
    .argument("<paths...>", "documents (.pdf, .docx, .txt, .md) or folders to read recursively")
    .option("-r, --rules <rulebook>", "rulebook file or bundled rulebook id (repeatable; default: the bundled Stockholm rulebook)", collect, [])
    .option("-e, --each", "judge every file on its own instead of as one bundle")
    .addOption(new Option("-f, --format <format>", "output format").choices(["terminal", "json"]).default("terminal"))
    .option("-o, --output-file <file>", "write the report to a file instead of stdout")
    .option("--password <password>", "password for encrypted PDFs")
    .addOption(new Option("--lang <lang>", "language of rule titles and suggested clauses").choices(["sv", "en"]).default("sv"))
    .addOption(new Option("--fail-on <severity>", "lowest rule severity that makes the exit code 1").choices(["error", "warning", "info", "never"]).default("error"))
    .option("-p, --param <name=value>", "set a rulebook parameter, e.g. incidentSystem=RISK (repeatable)", collect, [])
    .option("--color", "force colour")
    .option("--no-color", "no colour (also NO_COLOR=1)")
    .option("-v, --verbose", "show every passage and every reason")
    .action(async (paths: string[], flags: RawCheckFlags) => {
      const { options, errors } = translateOptions(flags, io);
      if (!options) {
        io.stderr(renderErrors(errors, false));
        code = 2;
        return;
      }
      code = await runCheck(paths, options, io);
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
