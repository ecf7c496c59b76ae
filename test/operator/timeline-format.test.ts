import type { TimelineEvent } from '#core/timeline.js';
import { formatDuration, formatTimeline, summariseCause } from '#operator/timeline-format.js';

const at = (seconds: number): string => new Date(Date.parse('2026-11-20T10:15:30.000Z') + seconds * 1000).toISOString();

describe('formatTimeline', () => {
  it('prints one line per state visit with outcome, duration, retries, error and cause', () => {
    // Prepare: the event order of the local engine (StateFailed → StateRetried / StateCaught → StateExited)
    const events: TimelineEvent[] = [
      { timestamp: at(0), type: 'ExecutionStarted' },
      { timestamp: at(0), type: 'StateEntered', state: 'ResolveChildAlarms' },
      { timestamp: at(0.12), type: 'StateExited', state: 'ResolveChildAlarms' },
      { timestamp: at(0.12), type: 'StateEntered', state: 'FetchQuotas' },
      { timestamp: at(0.5), type: 'StateFailed', state: 'FetchQuotas', error: 'TransientAwsError', cause: 'Rate exceeded' },
      { timestamp: at(1.5), type: 'StateRetried', state: 'FetchQuotas', retryAttempt: 1, error: 'TransientAwsError' },
      { timestamp: at(2), type: 'StateFailed', state: 'FetchQuotas', error: 'TransientAwsError', cause: 'Rate exceeded' },
      { timestamp: at(3), type: 'StateRetried', state: 'FetchQuotas', retryAttempt: 2, error: 'TransientAwsError' },
      { timestamp: at(3.32), type: 'StateExited', state: 'FetchQuotas' },
      { timestamp: at(3.32), type: 'StateEntered', state: 'CreateCase' },
      { timestamp: at(3.4), type: 'StateFailed', state: 'CreateCase', error: 'NoSupportPlanError', cause: '{"errorType":"NoSupportPlanError","errorMessage":"The account has no Business Support plan","trace":["at a","at b"]}' },
      { timestamp: at(3.4), type: 'StateCaught', state: 'CreateCase', error: 'NoSupportPlanError' },
      { timestamp: at(3.4), type: 'StateExited', state: 'CreateCase' },
      { timestamp: at(3.4), type: 'StateEntered', state: 'Notify' },
      { timestamp: at(3.45), type: 'StateExited', state: 'Notify' },
      { timestamp: at(3.45), type: 'ExecutionSucceeded' },
    ];

    // Act
    const text = formatTimeline(events);

    // Assess
    expect(text.split('\n')).toEqual([
      '2026-11-20T10:15:30.000Z  execution started',
      '  10:15:30.000Z  ResolveChildAlarms  succeeded  120 ms',
      '  10:15:30.120Z  FetchQuotas         succeeded   3.2 s  retried 2× after TransientAwsError',
      '  10:15:33.320Z  CreateCase          caught      80 ms  NoSupportPlanError: The account has no Business Support plan',
      '  10:15:33.400Z  Notify              succeeded   50 ms',
      '2026-11-20T10:15:33.450Z  execution succeeded after 3.5 s',
    ]);
  });

  it('marks the state that failed the execution, a Fail state included', () => {
    // Prepare
    const events: TimelineEvent[] = [
      { timestamp: at(0), type: 'ExecutionStarted' },
      { timestamp: at(0), type: 'StateEntered', state: 'CreateCase' },
      { timestamp: at(1), type: 'StateFailed', state: 'CreateCase', error: 'PermanentAwsError', cause: 'AccessDenied:\n  support:CreateCase' },
      { timestamp: at(1), type: 'ExecutionFailed', error: 'PermanentAwsError', cause: 'AccessDenied' },
    ];
    const failState: TimelineEvent[] = [
      { timestamp: at(0), type: 'ExecutionStarted' },
      { timestamp: at(0), type: 'StateEntered', state: 'WorkflowFailed' },
      { timestamp: at(0.01), type: 'ExecutionFailed', error: 'CaseActionFailed', cause: 'No case could be created' },
    ];

    // Act
    const text = formatTimeline(events);
    const failStateText = formatTimeline(failState);

    // Assess
    expect(text).toContain('CreateCase  failed     1.0 s  PermanentAwsError: AccessDenied: support:CreateCase');
    expect(text).toContain('execution FAILED after 1.0 s: PermanentAwsError: AccessDenied');
    expect(failStateText).toContain('WorkflowFailed  failed     10 ms  CaseActionFailed: No case could be created');
  });

  it('shows the states still running, and those cut short by an abort or a timeout', () => {
    // Prepare
    const running: TimelineEvent[] = [
      { timestamp: at(0), type: 'ExecutionStarted' },
      { timestamp: at(0), type: 'StateEntered', state: 'WaitForCaseId' },
    ];
    const aborted: TimelineEvent[] = [...running, { timestamp: at(90), type: 'ExecutionAborted', cause: 'stopped by an operator' }];
    const timedOut: TimelineEvent[] = [...running, { timestamp: at(4000), type: 'ExecutionTimedOut', error: 'States.Timeout' }];

    // Act & Assess
    expect(formatTimeline(running)).toMatch(/WaitForCaseId {2}running\s*$/m);
    expect(formatTimeline(aborted)).toContain('WaitForCaseId  aborted    1 min 30 s');
    expect(formatTimeline(aborted)).toContain('execution ABORTED after 1 min 30 s: stopped by an operator');
    expect(formatTimeline(timedOut)).toContain('WaitForCaseId  timed out  1 h 07 min');
  });

  it('shows a redrive and the re-run of the failed state as its own line', () => {
    // Prepare
    const events: TimelineEvent[] = [
      { timestamp: at(0), type: 'ExecutionStarted' },
      { timestamp: at(0), type: 'StateEntered', state: 'CreateCase' },
      { timestamp: at(1), type: 'StateFailed', state: 'CreateCase', error: 'Lambda.ServiceException' },
      { timestamp: at(1), type: 'ExecutionFailed', error: 'Lambda.ServiceException' },
      { timestamp: at(86_400), type: 'ExecutionRedriven' },
      { timestamp: at(86_400), type: 'StateEntered', state: 'CreateCase' },
      { timestamp: at(86_400.2), type: 'StateExited', state: 'CreateCase' },
      { timestamp: at(86_400.2), type: 'ExecutionSucceeded' },
    ];

    // Act
    const lines = formatTimeline(events).split('\n');

    // Assess
    expect(lines).toHaveLength(6);
    expect(lines[1]).toContain('CreateCase  failed');
    expect(lines[3]).toBe('2026-11-21T10:15:30.000Z  execution redriven: continuing from the state that failed');
    expect(lines[4]).toContain('CreateCase  succeeded  200 ms');
  });

  it('treats a failure followed by an exit without StateCaught as caught (AWS history order)', () => {
    // Prepare
    const events: TimelineEvent[] = [
      { timestamp: at(0), type: 'StateEntered', state: 'Dedupe' },
      { timestamp: at(1), type: 'StateFailed', state: 'Dedupe', error: 'X', cause: 'y' },
      { timestamp: at(1), type: 'StateExited', state: 'Dedupe' },
    ];

    // Act & Assess
    expect(formatTimeline(events)).toContain('Dedupe  caught     1.0 s  X: y');
  });

  it('keeps overlapping visits of one state apart (Map iterations)', () => {
    // Prepare
    const events: TimelineEvent[] = [
      { timestamp: at(0), type: 'StateEntered', state: 'Item' },
      { timestamp: at(0), type: 'StateEntered', state: 'Item' },
      { timestamp: at(1), type: 'StateExited', state: 'Item' },
      { timestamp: at(2), type: 'StateExited', state: 'Item' },
    ];

    // Act
    const lines = formatTimeline(events).split('\n');

    // Assess
    expect(lines).toEqual(['  10:15:30.000Z  Item   succeeded  1.0 s', '  10:15:30.000Z  Item   succeeded  2.0 s']);
  });

  it('prints nothing for no events', () => {
    // Act & Assess
    expect(formatTimeline([])).toBe('');
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 ms'],
    [999, '999 ms'],
    [1000, '1.0 s'],
    [59_949, '59.9 s'],
    [59_999, '1 min 00 s'],
    [60_000, '1 min 00 s'],
    [3_599_000, '59 min 59 s'],
    [3_600_000, '1 h 00 min'],
    [90_061_000, '25 h 01 min'],
    [-1, '?'],
    [Number.NaN, '?'],
  ])('formats %d ms as %s', (milliseconds, expected) => {
    // Act & Assess
    expect(formatDuration(milliseconds)).toBe(expected);
  });
});

describe('summariseCause', () => {
  it('keeps only the message of a Lambda error cause', () => {
    // Act & Assess
    expect(summariseCause('{"errorType":"E","errorMessage":"it broke","trace":["a"]}')).toBe('it broke');
  });

  it('puts a multi-line cause on one line and shortens a long one', () => {
    // Act
    const summary = summariseCause(`first\n  second ${'x'.repeat(300)}`, 20);

    // Assess
    expect(summary).toBe('first second xxxxxx…');
    expect(summary).toHaveLength(20);
  });
});
