/** Issue 15 item 5: a failure e-mail names the scenario's customer, even when the settings themselves are the failure. */
import { notifyFailureStep } from '#steps/notify.js';
import { simulate, withTables } from '../workflow/helpers.js';

const tables = withTables();

describe('failure e-mail customer name', () => {
  it('invalid settings: the e-mails say the customer of the settings document, not a placeholder', async () => {
    const r = await simulate(tables.get(), {
      customerName: 'Zephyr', expectFailedExecutions: true, settings: { usageWindowDays: 'x' },
      events: [{ model: 'G-Opus-4-6', alarms: ['ServerErrors'], at: '2026-06-01T10:00:00Z' }],
    });
    // Every execution that started failed (the composite's event starts none: the alarm rule does not match it).
    const started = r.results.filter((x) => x.caseAction.reason !== 'not_matched');
    expect(started.length).toBeGreaterThan(0);
    expect(started.every((x) => x.execution.status === 'FAILED')).toBe(true);
    expect(r.account.emails.length).toBeGreaterThan(0);
    for (const email of r.account.emails) {
      expect(email.subject).toMatch(/^🔴 \[CRITICAL\] Zephyr - Bedrock Ops Alert - /);
      expect(email.subject).not.toMatch(/Bedrock - Bedrock Ops Alert/);
    }
  });

  it('settings that cannot be read at all: the customer prefix of the alarm name', async () => {
    const published: { subject: string }[] = [];
    const ports = {
      settings: { loadDocument: async () => { throw new Error('AccessDenied'); } },
      notifications: { publish: async (m: { subject: string }) => { published.push(m); return { messageId: 'm-1' }; } },
      ledger: { beginNotification: async () => 'begun', endNotification: async () => undefined },
    };
    const result = await notifyFailureStep({
      detail: { executionArn: 'arn:aws:states:us-east-1:123456789012:execution:sm:e1', name: 'e1', status: 'FAILED', error: 'X', cause: 'y', input: JSON.stringify({ detail: { alarmName: 'Zephyr-Bedrock-Throttles-Critical-M' } }) },
    }, ports as never);
    expect(result.subject).toContain('Zephyr - Bedrock Ops Alert');
    expect(published).toHaveLength(1);
  });
});
