/**
 * A readable execution timeline: one line per visit of a state, with its outcome, duration (entered → exited),
 * retries, error and cause. It reads only the normalised TimelineEvent, so the AWS history (`ops-alert history`) and
 * the local simulation (`ops-alert simulate`) print the same way. Pure: no AWS, no clock.
 */
import type { TimelineEvent } from '#core/timeline.js';

export interface FormatTimelineOptions {
  /** Longest cause printed, in characters. @default 200 */
  maxCauseLength?: number;
}

type VisitOutcome = 'succeeded' | 'caught' | 'failed' | 'running' | 'aborted' | 'timed out';

interface StateVisit {
  state: string;
  enteredAt: string;
  endedAt?: string;
  outcome: VisitOutcome;
  retries: TimelineEvent[];
  error?: string;
  cause?: string;
}

type Line = { kind: 'visit'; visit: StateVisit } | { kind: 'execution'; text: string };

const time = (iso: string): number => Date.parse(iso);

/** `850 ms`, `3.2 s`, `4 min 05 s`, `2 h 03 min` */
export const formatDuration = (milliseconds: number): string => {
  if (!Number.isFinite(milliseconds) || milliseconds < 0) return '?';
  if (milliseconds < 1000) return `${Math.round(milliseconds)} ms`;
  // Below 59.95 s, so that rounding never prints "60.0 s".
  if (milliseconds < 59_950) return `${(milliseconds / 1000).toFixed(1)} s`;
  const totalSeconds = Math.round(milliseconds / 1000);
  if (totalSeconds < 3600) return `${Math.floor(totalSeconds / 60)} min ${String(totalSeconds % 60).padStart(2, '0')} s`;
  const totalMinutes = Math.round(totalSeconds / 60);
  return `${Math.floor(totalMinutes / 60)} h ${String(totalMinutes % 60).padStart(2, '0')} min`;
};

/**
 * A cause on one line. Lambda failures carry a JSON cause (`{"errorType","errorMessage","trace"}`): only the message
 * is worth a line, the trace is in the logs.
 */
export const summariseCause = (cause: string, maxLength = 200): string => {
  let text = cause;
  try {
    const parsed = JSON.parse(cause) as unknown;
    if (parsed && typeof parsed === 'object' && typeof (parsed as { errorMessage?: unknown }).errorMessage === 'string') {
      text = (parsed as { errorMessage: string }).errorMessage;
    }
  } catch {
    // Not JSON: print it as it is.
  }
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > maxLength ? `${oneLine.slice(0, maxLength - 1)}…` : oneLine;
};

const describeError = (error: string | undefined, cause: string | undefined, maxCauseLength: number): string => {
  const summary = cause ? summariseCause(cause, maxCauseLength) : '';
  if (error && summary) return `${error}: ${summary}`;
  return error ?? summary;
};

const describeRetries = (retries: readonly TimelineEvent[]): string => {
  if (retries.length === 0) return '';
  const errors = [...new Set(retries.map((retry) => retry.error).filter((error): error is string => Boolean(error)))];
  const times = retries.length === 1 ? 'retried once' : `retried ${retries.length}×`;
  return errors.length > 0 ? `${times} after ${errors.join(', ')}` : times;
};

const OPEN_OUTCOME_AT_END: Partial<Record<TimelineEvent['type'], VisitOutcome>> = {
  ExecutionFailed: 'failed',
  ExecutionAborted: 'aborted',
  ExecutionTimedOut: 'timed out',
};

const EXECUTION_WORDS: Partial<Record<TimelineEvent['type'], string>> = {
  ExecutionStarted: 'execution started',
  ExecutionSucceeded: 'execution succeeded',
  ExecutionFailed: 'execution FAILED',
  ExecutionAborted: 'execution ABORTED',
  ExecutionTimedOut: 'execution TIMED OUT',
  ExecutionRedriven: 'execution redriven: continuing from the state that failed',
};

/** Builds the visits of each state, in the order they were entered. */
const collectLines = (events: readonly TimelineEvent[], maxCauseLength: number): Line[] => {
  const lines: Line[] = [];
  // A state can be open more than once at a time (Map iterations): settle the oldest visit first.
  const open = new Map<string, StateVisit[]>();
  const oldestOpen = (state: string | undefined): StateVisit | undefined => (state ? open.get(state)?.[0] : undefined);
  const close = (visit: StateVisit): void => {
    const visits = open.get(visit.state) ?? [];
    visits.splice(visits.indexOf(visit), 1);
  };
  let startedAt: string | undefined;

  for (const event of events) {
    switch (event.type) {
      case 'StateEntered': {
        if (!event.state) break;
        const visit: StateVisit = { state: event.state, enteredAt: event.timestamp, outcome: 'running', retries: [] };
        open.set(event.state, [...(open.get(event.state) ?? []), visit]);
        lines.push({ kind: 'visit', visit });
        break;
      }
      case 'StateFailed': {
        const visit = oldestOpen(event.state);
        if (!visit) break;
        visit.outcome = 'failed';
        visit.endedAt = event.timestamp;
        visit.error = event.error;
        visit.cause = event.cause;
        break;
      }
      case 'StateRetried': {
        const visit = oldestOpen(event.state);
        if (!visit) break;
        visit.retries.push(event);
        visit.outcome = 'running';
        delete visit.endedAt;
        break;
      }
      case 'StateCaught': {
        const visit = oldestOpen(event.state);
        if (!visit) break;
        visit.outcome = 'caught';
        visit.error = event.error ?? visit.error;
        visit.cause = event.cause ?? visit.cause;
        break;
      }
      case 'StateExited': {
        const visit = oldestOpen(event.state);
        if (!visit) break;
        if (visit.outcome !== 'caught') {
          // Exiting after a failure without a StateCaught event still means a Catch took over.
          visit.outcome = visit.outcome === 'failed' ? 'caught' : 'succeeded';
        }
        visit.endedAt = event.timestamp;
        close(visit);
        break;
      }
      default: {
        if (event.type === 'ExecutionStarted') startedAt ??= event.timestamp;
        const endOutcome = OPEN_OUTCOME_AT_END[event.type];
        if (endOutcome || event.type === 'ExecutionSucceeded') {
          for (const visits of open.values()) {
            for (const visit of [...visits]) {
              if (visit.outcome === 'running' && endOutcome) {
                visit.outcome = endOutcome;
                visit.endedAt = event.timestamp;
              }
              // A Fail state, or a Parallel whose branch failed, has no error of its own: the execution's is it.
              if (endOutcome === 'failed' && visit.outcome === 'failed' && !visit.error && !visit.cause) {
                visit.error = event.error;
                visit.cause = event.cause;
              }
              if (visit.outcome !== 'running') close(visit);
            }
          }
        }
        if (event.type === 'ExecutionRedriven') {
          // The failed visit stays failed on its line; the redriven run gets new lines.
          open.clear();
        }
        let text = `${event.timestamp}  ${EXECUTION_WORDS[event.type] ?? event.type}`;
        if (endOutcome || event.type === 'ExecutionSucceeded') {
          if (startedAt) text += ` after ${formatDuration(time(event.timestamp) - time(startedAt))}`;
          const error = describeError(event.error, event.cause, maxCauseLength);
          if (error) text += `: ${error}`;
        }
        lines.push({ kind: 'execution', text });
      }
    }
  }
  return lines;
};

/**
 * The timeline as text, for example:
 * ```
 * 2026-11-20T10:15:31.000Z  execution started
 *   10:15:31.020Z  ResolveChildAlarms  succeeded    120 ms
 *   10:15:31.140Z  FetchQuotas         succeeded    3.2 s   retried 2× after TransientAwsError
 *   10:15:34.400Z  CreateCase          caught       80 ms   NoSupportPlanError: the account has no Support plan
 * 2026-11-20T10:15:35.000Z  execution FAILED after 4.0 s: States.TaskFailed: ...
 * ```
 */
export const formatTimeline = (events: readonly TimelineEvent[], options: FormatTimelineOptions = {}): string => {
  const maxCauseLength = options.maxCauseLength ?? 200;
  const lines = collectLines(events, maxCauseLength);
  const visits = lines.flatMap((line) => (line.kind === 'visit' ? [line.visit] : []));
  const stateWidth = Math.max(5, ...visits.map((visit) => visit.state.length));
  const outcomeWidth = Math.max(...visits.map((visit) => visit.outcome.length), 9);
  const durations = visits.map((visit) => (visit.endedAt ? formatDuration(time(visit.endedAt) - time(visit.enteredAt)) : ''));
  const durationWidth = Math.max(0, ...durations.map((duration) => duration.length));

  let visitIndex = 0;
  const text = lines.map((line) => {
    if (line.kind === 'execution') return line.text;
    const { visit } = line;
    const duration = durations[visitIndex++] ?? '';
    const details = [describeRetries(visit.retries)];
    if (visit.outcome !== 'succeeded' && visit.outcome !== 'running') details.push(describeError(visit.error, visit.cause, maxCauseLength));
    const clock = visit.enteredAt.slice(11) || visit.enteredAt;
    const columns = `  ${clock}  ${visit.state.padEnd(stateWidth)}  ${visit.outcome.padEnd(outcomeWidth)}  ${duration.padStart(durationWidth)}`;
    const detail = details.filter(Boolean).join('; ');
    return (detail ? `${columns}  ${detail}` : columns).trimEnd();
  });
  return text.join('\n');
};
