/**
 * The cause of a failed execution, as the failure e-mail's storm control groups them: the error name and its message
 * with what differs from one execution to the next (ids, ARNs, times, numbers, quoted values) taken out. Bad settings
 * fail every execution with the same cause; a different error, or a different message, is a different cause.
 */
import { oneLine } from './plain-text.js';

export const failureCause = (errorName: string, message: string): string => {
  const normalised = oneLine(message, 2000)
    .replace(/arn:aws[a-z-]*:[^\s,;)"']+/gi, '<arn>')
    .replace(/\b\d{4}-\d{2}-\d{2}[T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?/g, '<time>')
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<uuid>')
    .replace(/\b[0-9a-f]{16,}\b/gi, '<hex>')
    .replace(/\d+/g, '<n>')
    .toLowerCase()
    .slice(0, 500);
  return `${oneLine(errorName, 200)}|${normalised}`;
};

/** What the failure e-mail says about the failures folded into it. */
export interface FoldedFailures {
  /** Executions that failed with the same cause since the previous e-mail and sent none of their own */
  count: number;
  /** ISO-8601 time of the first of them */
  since: string;
}

/** "and 9 more executions failed with the same cause since 10:02 UTC" (HH:MM of the first, in UTC). */
export const foldedFailuresLine = (folded: FoldedFailures): string =>
  `And ${folded.count} more execution${folded.count === 1 ? '' : 's'} failed with the same cause since ${hhmm(folded.since)} UTC, without an e-mail of their own. Each is Failed and can be re-driven.`;

const hhmm = (iso: string): string => (/T(\d{2}:\d{2})/.exec(iso)?.[1] ?? oneLine(iso, 40));
