/**
 * The `ops-alert` command line as a function: `runCli(argv, io)` parses the arguments, runs the command and returns
 * the exit status, writing only to the streams it is given (bin/ops-alert.mjs → main.ts gives the process's own; tests
 * give captures and run it in process).
 *
 * One wording style for every error, `error: what went wrong` and an indented line saying what to do. Exit status:
 * 2 for a command line to fix (usage errors, which point at `--help`), 1 for a runtime error (which prints its cause
 * and what to do, never the usage text), 0 otherwise.
 *
 * `simulate` is defined here and loads its work (the local engine, the sandbox, the report) only when it runs, so
 * `--version`, `--help` and a usage error start without it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { registerOperatorCommands } from './operator-commands.js';
import { registerThresholdCommands } from './threshold-commands.js';
import { USAGE_ERROR_CODE, type CliIo, type SimulateOptions } from './usage.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Commander's own exits that are not errors (help, version). */
const NOT_AN_ERROR = new Set(['commander.helpDisplayed', 'commander.version', 'commander.executeSubCommandAsync']);

/** Runs `ops-alert ARGV` (the arguments after the program name); resolves to the exit status. Never exits the process. */
export const runCli = async (argv: readonly string[], io: CliIo = {}): Promise<number> => {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  const env = io.env ?? process.env;
  let exitCode = 0;
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const program = new Command('ops-alert')
    .description('Bedrock Ops Alert: simulate the workflow locally, and operate it in AWS')
    .version(version, '-V, --version', 'print the version of ops-alert')
    // Before the commands are added: they inherit both, so every exit and every message comes back here.
    .configureOutput({ writeOut: (text) => stdout.write(text), writeErr: (text) => stderr.write(text) })
    .exitOverride();
  registerSimulateCommand(program, { stdout, stderr, env, setExitCode: (code) => { exitCode = code; } });
  registerOperatorCommands(program, { stdout, stderr, env });
  registerThresholdCommands(program, { stdout, env });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (NOT_AN_ERROR.has(error.code)) return error.exitCode;
      // Commander's parse errors (unknown option, missing argument...) and ours marked as usage: the command line.
      if (error.code.startsWith('commander.') || error.code === USAGE_ERROR_CODE) {
        const words = argv.filter((a) => !a.startsWith('-'));
        const command = program.commands.find((c) => c.name() === words[0]);
        stderr.write(`  Run 'ops-alert ${command ? `${command.name()} ` : ''}--help' for usage.\n`);
        return 2;
      }
      return error.exitCode;
    }
    // A runtime error: its cause and what to do in one style, never a stack trace (set DEBUG=1 for one).
    const e = error as Error & { hint?: unknown };
    stderr.write(`error: ${e.message}${typeof e.hint === 'string' ? `\n  ${e.hint}` : ''}\n`);
    if (env.DEBUG) stderr.write(`${e.stack ?? ''}\n`);
    return 1;
  }
};

/** `ops-alert simulate`: its options here, its work in simulate-command.ts, loaded when it runs. */
const registerSimulateCommand = (program: Command, io: Required<CliIo> & { setExitCode: (code: number) => void }): Command =>
  program
    .command('simulate')
    .description('Replay scenario events through the workflow on the local engine (no AWS account needed)')
    .option('--scenario <file...>', 'scenario file(s) (schemas/scenario.schema.json)')
    .option('--samples', 'run every bundled scenario in samples/scenarios/')
    .option('--json', 'print one JSON object (schemas/simulation-output.schema.json) on stdout; logs go to stderr')
    .option('--html <file>', 'write the HTML report (state graph with each execution path, usage charts)')
    .option('--redrive', 're-drive every failed execution once, from its failed step, as `ops-alert redrive` does in AWS')
    .option('--deployed', 'run what `cdk deploy` would upload (synthesized bundles, roles, definition, rules) with IAM enforced; prints the denied calls')
    .option('--config <file>', 'with --deployed: the deployment configuration to synthesize (default ops-alert.config.json)')
    .option('--verbose', 'handler logs (Powertools) on stderr')
    .action(async (options: SimulateOptions, command: Command) => {
      if ((options.scenario ?? []).length === 0 && !options.samples) {
        command.error('error: nothing to simulate.\n  Give --scenario FILE (schemas/scenario.schema.json) or --samples.', { exitCode: 2, code: USAGE_ERROR_CODE });
        return;
      }
      const { simulateAction } = await import('./simulate-command.js');
      io.setExitCode(await simulateAction(options, io));
    });
