/** Issue 15 item 6: each text says what was done and why, in the terms of the rule that decided it. */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { PROJECT_ROOT } from '#local/project-root.js';
import { simulate, withTables } from '../workflow/helpers.js';

const tables = withTables();
const sample = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(PROJECT_ROOT, 'samples/scenarios', file), 'utf8'));
const at = '2026-06-01T10:00:00Z';

describe('texts that agree with what was done', () => {
  it('high usage with case automation off: no "while the increase is processed" when nothing was requested', async () => {
    const r = await simulate(tables.get(), { settings: { caseAutomation: { enabled: false } }, events: [{ model: 'G-Opus-4-6', alarms: ['Throttles'], at }] });
    const body = r.account.emails[0]?.body ?? '';
    expect(body).toContain('Automated support case creation is disabled');
    expect(body).not.toContain('while the increase is processed');
    expect(body).toContain('no increase was requested');
  });

  it('high usage with a request: the burst advice says the increase is being processed', async () => {
    const r = await simulate(tables.get(), { events: [{ model: 'G-Opus-4-6', alarms: ['Throttles'], at }] });
    expect(r.account.emails[0]?.body ?? '').toContain('while the increase is processed');
  });

  it('a quota raised on the other peak says the rule counts either peak', async () => {
    const r = await simulate(tables.get(), { events: [{ model: 'G-Opus-4-6', alarms: ['Throttles'], at }] });
    const body = r.account.emails[0]?.body ?? '';
    // RPM 9,500 >= 8,000 decides; TPM 3,000,000 < 5,000,000 is raised too, and the text says why.
    expect(body).toContain('Justification: 14-day peak RPM 9,500 meets or exceeds the RPM threshold 8,000: sustained usage confirms the need.');
    expect(body).toContain('Justification: 14-day peak TPM 3,000,000 is below the TPM threshold 5,000,000, but the rule counts either peak: peak RPM 9,500 >= RPM threshold 8,000');
  });

  it('a usage alarm whose threshold the updater raised above the usage is no longer listed as in ALARM', async () => {
    const r = await simulate(tables.get(), sample('09-quota-increase-approved.json'), '09');
    const update = r.results.find((x) => x.event.state === 'QUOTA_CHANGE');
    expect(update?.execution.reason).toContain('Acme-Bedrock-HighTPMQuotaUsage-Warning-G-Opus-4-6 returned to OK at its next evaluation');
    const last = r.account.emails[r.account.emails.length - 1];
    expect(last?.body).toContain('Acme-Bedrock-Throttles-Critical-G-Opus-4-6 [Throttles');
    expect(last?.body).not.toContain('Acme-Bedrock-HighTPMQuotaUsage-Warning-G-Opus-4-6 [HighTPMQuotaUsage');
  });
});
