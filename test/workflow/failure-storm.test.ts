/**
 * Issue 11 item 10: failure e-mail storms. Bad settings fail every execution; one failure e-mail per cause within
 * the window (notificationWindows.failureEmailMinutes, default 15), the others counted into the next. Counted from the
 * e-mails the simulated account holds.
 */
import { InMemoryCaseLedger } from '#adapters/memory/case-ledger.js';
import type { NotificationMessage } from '#core/model.js';
import { notifyFailureStep, type FailureInput } from '#steps/notify.js';
import { simulate, withTables } from './helpers.js';

const tables = withTables();
const minute = (m: number, s = 0): string => `2026-06-01T10:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}Z`;
/** One execution per ALARM transition: the alarm goes back to OK in between. */
const flaps = (minutes: number[]) => minutes.flatMap((m) => [
  { model: 'G-Opus-4-6', alarms: ['ServerErrors'], at: minute(m) },
  { model: 'G-Opus-4-6', alarms: ['ServerErrors'], state: 'OK', at: minute(m, 30) },
]);

describe('failure e-mail storms (issue 11 item 10)', () => {
  it('10 executions failing on the same bad settings: 1 failure e-mail; the next after the window counts the other 9', async () => {
    const run = await simulate(tables.get(), {
      expectFailedExecutions: true, settings: { usageWindowDays: 'x' },
      events: [...flaps([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), ...flaps([30])],
    });
    const failedRuns = run.results.filter((r) => r.execution.status === 'FAILED');
    expect(failedRuns).toHaveLength(11);
    const emails = run.account.emails.filter((e) => e.attributes.scenario === 'failed');
    expect(emails).toHaveLength(2);
    expect(emails[0]?.body).not.toMatch(/more executions? failed/);
    expect(emails[0]?.body).toContain('within 15 minutes are counted into the next failure e-mail');
    expect(emails[1]?.body).toContain('And 9 more executions failed with the same cause since 10:01 UTC');
  });

  it('a window of 0 minutes: one e-mail per failed execution', async () => {
    const run = await simulate(tables.get(), {
      expectFailedExecutions: true, settings: { usageWindowDays: 'x', notificationWindows: { failureEmailMinutes: 0 } },
      events: flaps([0, 1, 2]),
    });
    expect(run.account.emails.filter((e) => e.attributes.scenario === 'failed')).toHaveLength(3);
  });
});

describe('notifyFailureStep storm control', () => {
  const failure = (n: number, stopMinute: number, error = 'InvalidSettingsError', message = 'settings/usageWindowDays must be integer'): FailureInput => ({
    region: 'us-east-1', time: minute(stopMinute),
    detail: {
      executionArn: `arn:aws:states:us-east-1:123456789012:execution:sm:exec-${n}`, stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:sm',
      name: `exec-${n}`, status: 'FAILED', stopDate: Date.parse(minute(stopMinute)), error, cause: JSON.stringify({ errorType: error, errorMessage: `${message} (execution ${n})` }),
    },
  });
  const portsWith = (published: NotificationMessage[]) => ({
    ledger: new InMemoryCaseLedger(),
    settings: { loadDocument: async () => ({ customerName: 'Acme', models: [], usageWindowDays: 'x' }) },
    notifications: { publish: async (m: NotificationMessage) => { published.push(m); return { messageId: `m-${published.length}` }; } },
  });

  it('a different cause goes out at once; the same cause again does not; a retry of the sender sends nothing twice', async () => {
    const published: NotificationMessage[] = [];
    const ports = portsWith(published);
    expect((await notifyFailureStep(failure(1, 0), ports)).sent).toBe(true);
    expect((await notifyFailureStep(failure(2, 1), ports)).sent).toBe(false);
    expect((await notifyFailureStep(failure(3, 2, 'PermanentAwsError', 'Support.CreateCase: AccessDeniedException'), ports)).sent).toBe(true);
    expect((await notifyFailureStep(failure(1, 0), ports)).reason).toBe('already_sent');
    // The folded failure delivered again counts once.
    expect((await notifyFailureStep(failure(2, 1), ports)).sent).toBe(false);
    expect((await notifyFailureStep(failure(4, 20), ports)).body).toContain('And 1 more execution failed with the same cause since 10:01 UTC');
    expect(published.map((m) => m.body.split('\n').find((l) => l.startsWith('Error:')))).toEqual(['Error: InvalidSettingsError', 'Error: PermanentAwsError', 'Error: InvalidSettingsError']);
  });
});
