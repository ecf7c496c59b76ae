/**
 * `ops-alert thresholds history [--model M] [--json]`: what the threshold updater changed, newest first, read from
 * the history table (the ThresholdHistoryTableName output; --table or OPS_ALERT_THRESHOLD_HISTORY_TABLE).
 * main.ts registers it with `registerThresholdCommands(program)`; tests inject the history store.
 */
import { InvalidArgumentError, Option } from 'commander';
import type { Command } from 'commander';
import { describeError } from '#core/errors.js';
import { n } from '#core/text-sections.js';
import { toOperatorError } from '#operator/errors.js';
import type { ThresholdHistoryEntry } from '#core/thresholds.js';
import { THRESHOLD_ENV } from '#workflow/environment.js';
import type { ThresholdHistoryPort } from '#ports/index.js';

export interface ThresholdCommandDeps {
  /** @default the DynamoDB table, in the default Region of the SDK */
  history?: (tableName: string) => ThresholdHistoryPort;
  /** @default process.env */
  env?: NodeJS.ProcessEnv;
  /** @default process.stdout */
  stdout?: NodeJS.WritableStream;
}

const positiveInteger = (value: string): number => {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('expected a whole number above 0');
  return parsed;
};

const value = (v: number | null): string => (v === null ? '-' : n(v));

/** One line per change (the reason, and what triggered the run when recorded), then its sentence; aligned columns. */
export const formatThresholdHistory = (entries: readonly ThresholdHistoryEntry[], model?: string): string => {
  if (entries.length === 0) return `No threshold changes recorded${model ? ` for ${model}` : ''}.`;
  const rows = entries.map((e) => [e.at, e.model, `${e.quota}${e.quotaCode ? ` ${e.quotaCode}` : ''}`, `${value(e.oldQuota)} -> ${value(e.newQuota)}`, `${value(e.oldThreshold)} -> ${value(e.newThreshold)}`, e.trigger ? `${e.reason} (${e.trigger})` : e.reason]);
  const header = ['TIME', 'MODEL', 'QUOTA', 'QUOTA OLD -> NEW', 'THRESHOLD OLD -> NEW', 'REASON'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), ...rows.flatMap((r, i) => [line(r), `    ${entries[i]!.detail}`])].join('\n');
};

/** A failed read, in the words of the other commands: a credentials or region problem says so and what to do. */
export const historyReadError = (tableName: string, error: unknown): string => {
  const known = toOperatorError(error);
  if (known.code === 'MissingCredentials' || known.code === 'InvalidCredentials') return `error: ${known.message}\n  ${known.hint}`;
  if (known.code === 'MissingRegion') return `error: ${known.message}\n  Set AWS_REGION to the region of the core stack.`;
  return `error: could not read the threshold history from ${tableName}: ${describeError(error).message}\n` +
    '  Check the table name (the ThresholdHistoryTableName output of the core stack, in its region) and that the credentials may read it (dynamodb:Query, dynamodb:Scan).';
};

export const registerThresholdCommands = (program: Command, deps: ThresholdCommandDeps = {}): Command => {
  const env = deps.env ?? process.env;
  const stdout = deps.stdout ?? process.stdout;
  // The DynamoDB client loaded only when the command runs (not for --version, --help or another command).
  const historyOf = async (tableName: string): Promise<ThresholdHistoryPort> =>
    deps.history ? deps.history(tableName) : new (await import('#adapters/dynamodb/threshold-history.js')).DynamoDbThresholdHistory({ tableName });
  const thresholds = program.command('thresholds').description('the usage alarm thresholds that follow the quotas');
  thresholds
    .command('history')
    .description('every recorded threshold change (time, model, quota, old and new quota and threshold, reason and trigger), newest first')
    .option('--model <name>', 'only this model')
    .addOption(new Option('--limit <count>', 'at most this many changes').argParser(positiveInteger).default(100))
    .option('--table <name>', `history table (default: $${THRESHOLD_ENV.historyTableName}, the ThresholdHistoryTableName output)`)
    .option('--json', 'print JSON')
    .action(async (options: { model?: string; limit: number; table?: string; json?: boolean }, command: Command) => {
      const tableName = options.table ?? env[THRESHOLD_ENV.historyTableName];
      if (!tableName) {
        command.error(`error: no history table given.\n  Pass --table NAME or set ${THRESHOLD_ENV.historyTableName} (the ThresholdHistoryTableName output of the core stack).`, { exitCode: 2 });
        return;
      }
      let entries: ThresholdHistoryEntry[];
      try {
        entries = await (await historyOf(tableName)).list({ ...(options.model ? { model: options.model } : {}), limit: options.limit });
      } catch (error) {
        command.error(historyReadError(tableName, error), { exitCode: 1, code: 'ops-alert.history' });
        return;
      }
      stdout.write(`${options.json ? JSON.stringify(entries, null, 2) : formatThresholdHistory(entries, options.model)}\n`);
    });
  return program;
};
