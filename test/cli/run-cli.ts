/** `ops-alert ARGS` in process (program.ts runCli) with captured streams: what the binary would print and exit with. */
import { Writable } from 'node:stream';
import { runCli } from '#cli/program.js';

class Capture extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line; stdout and stderr are not terminals (as in a pipe). */
export const cli = (...args: string[]): Promise<CliResult> => cliOn({ tty: false }, ...args);

/** Runs the command line with stderr a terminal or not. */
export const cliOn = async (streams: { tty: boolean }, ...args: string[]): Promise<CliResult> => {
  const stdout = new Capture();
  const stderr = new Capture();
  stderr.isTTY = streams.tty;
  const status = await runCli(args, { stdout, stderr });
  return { status, stdout: stdout.text, stderr: stderr.text };
};
