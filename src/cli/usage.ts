/** What the commands and program.ts share: the usage error code, the streams, the options of `simulate`. */

/** The Commander error code of a command line the user must fix: runCli exits 2 and points at `--help`. */
export const USAGE_ERROR_CODE = 'ops-alert.usage';

/** A stream the CLI writes to (process.stdout/stderr, or a test's capture). */
export type OutputStream = NodeJS.WritableStream & { isTTY?: boolean };

/** Where the CLI writes and what environment it reads (program.ts runCli). */
export interface CliIo {
  /** Results. @default process.stdout */
  stdout?: OutputStream;
  /** Errors, progress, logs. @default process.stderr */
  stderr?: OutputStream;
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
}

/** The options of `ops-alert simulate` (defined in program.ts, run by simulate-command.ts). */
export interface SimulateOptions {
  scenario?: string[];
  samples?: boolean;
  json?: boolean;
  html?: string;
  verbose?: boolean;
  redrive?: boolean;
  deployed?: boolean;
  config?: string;
}
