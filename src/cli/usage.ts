/** The command-line error codes shared by the commands and main.ts. */

/** The Commander error code of a command line the user must fix: main.ts exits 2 and points at `--help`. */
export const USAGE_ERROR_CODE = 'ops-alert.usage';
