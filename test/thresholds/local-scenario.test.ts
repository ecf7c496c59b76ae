/** The threshold updater in the local simulation: quota changes between events, as `ops-alert simulate` runs them. */
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { runSimulation, SAMPLES_DIR } from '#cli/simulate-command.js';
import { simulateScenario } from '#local/simulate.js';
import { localThresholdUpdater } from '#local/threshold-update.js';
import { parseScenario } from '#workflow/validate.js';

describe('samples/scenarios/09-quota-increase-approved.json', () => {
  it('resizes the alarm after the approved increase, e-mails it, and judges the next alarm against the new quota', async () => {
    // Act
    const [run] = await runSimulation([join(SAMPLES_DIR, '09-quota-increase-approved.json')]);
    // Assess
    const results = run!.results;
    const before = results.find((r) => r.event.at === '2026-06-01T10:00:00Z' && r.decision);
    expect(before?.decision).toMatchObject({ scenario: 'high_usage', thresholds: { tpm: 5_000_000 }, quotaIncreases: [{ quota: 'TPM', current: 6_250_000, requested: 7_812_500 }] });
    const update = results.find((r) => r.thresholdUpdate);
    expect(update?.event).toMatchObject({ state: 'QUOTA_CHANGE', at: '2026-06-02T06:00:00Z' });
    expect(update?.thresholdUpdate).toEqual({
      model: 'G-Opus-4-6', status: 'updated', quotas: { rpm: null, tpm: 7_812_500 }, deletedAlarms: [],
      // CloudWatch re-evaluates the raised alarm: the usage (peak 5,500,000) is below 6,250,000, so it returns to OK.
      notes: [expect.stringMatching(/^Acme-Bedrock-HighTPMQuotaUsage-Warning-G-Opus-4-6 returned to OK at its next evaluation/)],
      changes: [expect.objectContaining({ quota: 'TPM', quotaCode: 'L-3DCCFAA4', oldQuota: 6_250_000, newQuota: 7_812_500, oldThreshold: 5_000_000, newThreshold: 6_250_000, reason: 'quota_increased' })],
    });
    expect(update?.execution.reason).toContain('5,000,000 -> 6,250,000');
    // The notification: WARNING, so the critical-only subscriber's filter policy drops it.
    expect(update?.notification).toMatchObject({ sent: true, subject: '🟡 [WARNING] Acme - Bedrock Ops Alert - G-Opus-4-6 - Thresholds updated', recipients: ['oncall@example.com'] });
    expect(update?.notification.attributes).toMatchObject({ severity: 'WARNING', scenario: 'thresholds_updated' });
    const after = results.find((r) => r.event.at === '2026-06-03T10:00:00Z' && r.decision);
    expect(after?.decision).toMatchObject({ scenario: 'low_usage', thresholds: { tpm: 6_250_000 } });
    // The alarm as the updater left it, complete.
    const alarms = localThresholdUpdater(run!.account).alarms;
    expect(alarms.metricAlarms.get('Acme-Bedrock-HighTPMQuotaUsage-Warning-G-Opus-4-6')).toMatchObject({ Threshold: 6_250_000, EvaluationPeriods: 5, Period: 60, TreatMissingData: 'notBreaching' });
  });
});

describe('quota changes in a scenario', () => {
  const scenario = parseScenario({
    customerName: 'Acme',
    models: [{ name: 'Sonnet-4-5', modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', quotas: { rpm: 10000, tpm: 2000000 } }],
    events: [
      { label: 'RPM quota retired', quotaChange: { model: 'Sonnet-4-5', quotas: { rpm: null } }, at: '2026-06-01T06:00:00Z' },
      { label: 'reads fail', quotaChange: { model: 'Sonnet-4-5', quotas: { tpm: 4000000 }, quotasUnavailable: true }, at: '2026-06-02T06:00:00Z' },
      { model: 'Sonnet-4-5', alarms: ['Throttles'], at: '2026-06-03T10:00:00Z' },
    ],
  }, 'inline scenario');

  it('removes the RPM alarm of a model whose RPM quota is gone (composite first), and keeps thresholds on bad data', async () => {
    const run = await simulateScenario('inline', scenario);
    const [removed, failed] = run.results.filter((r) => r.thresholdUpdate);
    expect(removed?.thresholdUpdate).toMatchObject({ status: 'updated', deletedAlarms: ['Acme-Bedrock-HighInvocationRate-Warning-Sonnet-4-5'], changes: [{ quota: 'RPM', reason: 'quota_removed', newThreshold: null }] });
    expect(removed?.notification.body).toContain('no RPM quota');
    const updater = localThresholdUpdater(run.account);
    expect(updater.alarms.calls.map((c) => c.api)).toEqual(['PutCompositeAlarm', 'DeleteAlarms']);
    expect(updater.alarms.compositeAlarms.get('Acme-Bedrock-QuotaHealth-Composite-Sonnet-4-5')?.AlarmRule).not.toContain('HighInvocationRate');
    // Bad data: a QuotaDataError, a notification, and the TPM alarm untouched (still 1,600,000, not 3,200,000).
    expect(failed?.thresholdUpdate).toMatchObject({ status: 'failed', error: { name: 'QuotaDataError' }, changes: [] });
    expect(failed?.notification).toMatchObject({ sent: true, subject: '🟡 [WARNING] Acme - Bedrock Ops Alert - Sonnet-4-5 - Quota data unavailable' });
    expect(updater.alarms.metricAlarms.get('Acme-Bedrock-HighTPMQuotaUsage-Warning-Sonnet-4-5')?.Threshold).toBe(1_600_000);
    expect(updater.history.entries).toHaveLength(1);
    // The workflow afterwards sees a model without an RPM alarm.
    const incident = run.results.find((r) => r.decision);
    expect(incident?.execution.status).toBe('SUCCEEDED');
  });
});

describe('threshold percents in the local simulation', () => {
  it('takes them from the scenario\'s runtime settings, like the decision: the alarm and the judgement agree', async () => {
    // Prepare: deployed at the schema default (80 %); the simulated Parameter Store says 50 % for Sonnet's TPM.
    const scenario = parseScenario({
      customerName: 'Acme',
      models: [{ name: 'Sonnet-4-5', modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', quotas: { tpm: 2000000 } }],
      settings: { models: [{ name: 'Sonnet-4-5', modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', overrides: { tpmThresholdPercent: 50 } }] },
      events: [
        { label: 'approved increase', quotaChange: { model: 'Sonnet-4-5', quotas: { tpm: 3000000 } }, at: '2026-06-01T06:00:00Z' },
        { model: 'Sonnet-4-5', alarms: ['HighTPMQuotaUsage'], at: '2026-06-02T10:00:00Z' },
      ],
    }, 'inline scenario');
    // Act
    const run = await simulateScenario('inline', scenario);
    // Assess: the simulated CloudWatch holds 3,000,000 x 50 %, not x 80 % (the deploy-time percent).
    const updater = localThresholdUpdater(run.account);
    expect(updater.alarms.metricAlarms.get('Acme-Bedrock-HighTPMQuotaUsage-Warning-Sonnet-4-5')?.Threshold).toBe(1_500_000);
    expect(updater.history.entries).toEqual([expect.objectContaining({ oldThreshold: 1_600_000, newThreshold: 1_500_000, thresholdPercent: 50 })]);
    expect(run.results.find((r) => r.decision)?.decision).toMatchObject({ thresholds: { tpm: 1_500_000 } });
  });
});
