/** The `ops-alert` command line: the local simulation and the operators' tools. */
import { Command, CommanderError } from 'commander';
import { registerOperatorCommands } from './operator-commands.js';
import { registerSimulateCommand } from './simulate-command.js';
import { registerThresholdCommands } from './threshold-commands.js';

const program = new Command('ops-alert').description('Bedrock Ops Alert: simulate the workflow locally, and operate it in AWS').showHelpAfterError();
registerSimulateCommand(program);
registerOperatorCommands(program);
registerThresholdCommands(program);
program.exitOverride();

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  // A clear one-line message and a non-zero exit, never a stack trace (set DEBUG=1 for one).
  const e = error as Error;
  process.stderr.write(`ops-alert: ${e.name && e.name !== 'Error' ? `${e.name}: ` : ''}${e.message}\n`);
  if (process.env.DEBUG) process.stderr.write(`${e.stack ?? ''}\n`);
  process.exit(1);
}
