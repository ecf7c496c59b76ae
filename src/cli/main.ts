/**
 * The `ops-alert` command line on the process (bin/ops-alert.mjs): program.ts runs it on process.argv, stdout and
 * stderr, and the process exits with its status.
 */
import { runCli } from './program.js';

const status = await runCli(process.argv.slice(2));
// A failure exits at once (an SDK client's open socket must not hold it); a success lets the output drain.
if (status !== 0) process.exit(status);
