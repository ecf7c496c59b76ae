/**
 * The `ops-alert` command line: the local simulation and the operators' tools.
 *
 * One wording style for every error, `error: what went wrong` and an indented line saying what to do. Exit status:
 * 2 for a command line to fix (usage errors, which point at `--help`), 1 for a runtime error (which prints its cause
 * and what to do, never the usage text), 0 otherwise.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { PROJECT_ROOT } from '#local/runtime.js';
import { registerOperatorCommands } from './operator-commands.js';
import { registerSimulateCommand } from './simulate-command.js';
import { registerThresholdCommands } from './threshold-commands.js';
import { USAGE_ERROR_CODE } from './usage.js';

const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };

const program = new Command('ops-alert')
  .description('Bedrock Ops Alert: simulate the workflow locally, and operate it in AWS')
  .version(version, '-V, --version', 'print the version of ops-alert')
  // Before the commands are added: they inherit it, so every exit comes back here.
  .exitOverride();
registerSimulateCommand(program);
registerOperatorCommands(program);
registerThresholdCommands(program);

/** Commander's own exits that are not errors (help, version). */
const NOT_AN_ERROR = new Set(['commander.helpDisplayed', 'commander.version', 'commander.executeSubCommandAsync']);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    if (NOT_AN_ERROR.has(error.code)) process.exit(error.exitCode);
    // Commander's parse errors (unknown option, missing argument...) and ours marked as usage: the command line.
    if (error.code.startsWith('commander.') || error.code === USAGE_ERROR_CODE) {
      const words = process.argv.slice(2).filter((a) => !a.startsWith('-'));
      const command = program.commands.find((c) => c.name() === words[0]);
      process.stderr.write(`  Run 'ops-alert ${command ? `${command.name()} ` : ''}--help' for usage.\n`);
      process.exit(2);
    }
    process.exit(error.exitCode);
  }
  // A runtime error: its cause and what to do in one style, never a stack trace (set DEBUG=1 for one).
  const e = error as Error & { hint?: unknown };
  process.stderr.write(`error: ${e.message}${typeof e.hint === 'string' ? `\n  ${e.hint}` : ''}\n`);
  if (process.env.DEBUG) process.stderr.write(`${e.stack ?? ''}\n`);
  process.exit(1);
}
