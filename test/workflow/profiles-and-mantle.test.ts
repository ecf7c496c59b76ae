/**
 * Issue 14: every way a model is invoked counts. A model with application inference profiles decides on the per-minute
 * sum over the model and its profiles; a bedrock-mantle model gets alarms, decisions and cases like a runtime one.
 * Counted from what the simulated account finally holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alarmSourcesOf } from '#core/alarm-config.js';
import { alarmKindsForModel, alarmName, kindsWithoutMetric } from '#core/catalogue.js';
import { localThresholdUpdater } from '#local/threshold-update.js';
import { PROJECT_ROOT } from '#local/project-root.js';
import { accountStateOf } from '#local/simulate.js';
import { validateSimulationOutput } from '#workflow/validate.js';
import { simulate, withTables } from './helpers.js';

const tables = withTables();
const sample = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(PROJECT_ROOT, 'samples/scenarios', file), 'utf8')) as Record<string, unknown>;

describe('a model with three application profiles and direct traffic', () => {
  const model = {
    name: 'Sonnet-4-5', modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0', quotas: { tpm: 2_000_000 },
    usage: { peakRpm: 100, peakTpm: 300_000 },
    applicationProfiles: [
      { name: 'support-bot', profileId: 'a1b2c3d4e5f6', usage: { peakRpm: 400, peakTpm: 900_000 } },
      { name: 'search', profileId: 'f6e5d4c3b2a1', usage: { peakRpm: 250, peakTpm: 600_000 } },
      { name: 'batch-summaries', profileId: '0a9b8c7d6e5f', usage: { peakRpm: 120, peakTpm: 300_000 } },
    ],
  };

  it('decides high_usage on the summed peak although every single source is below the threshold', async () => {
    // Prepare: threshold 2,000,000 x 80% = 1,600,000; the largest single source peaks at 900,000.
    const threshold = 1_600_000;
    expect(Math.max(model.usage.peakTpm, ...model.applicationProfiles.map((p) => p.usage.peakTpm))).toBeLessThan(threshold);

    // Act
    const run = await simulate(tables.get(), { models: [model], events: [{ model: 'Sonnet-4-5', alarms: ['HighTPMQuotaUsage'], at: '2026-06-01T10:00:00Z' }] });

    // Assess: the decision, and what the account holds (one TPM request, one e-mail naming the driving application).
    const acted = run.results.find((r) => r.decision);
    expect(acted?.decision).toMatchObject({ scenario: 'high_usage', quotaIncreases: [{ quota: 'TPM', current: 2_000_000, requested: 2_500_000 }] });
    expect(run.account.quotaRequestsState()).toEqual([expect.objectContaining({ model: 'Sonnet-4-5', quota: 'TPM', desiredValue: 2_500_000 })]);
    expect(run.account.emails).toHaveLength(1);
    const body = run.account.emails[0]?.body ?? '';
    expect(body).toContain('Peak TPM: 2,100,000 (TPM threshold 1,600,000)');
    expect(body).toContain('sums over the model and its 3 application inference profiles');
    expect(body).toMatch(/- support-bot \(profile a1b2c3d4e5f6\): 42\.9%/);
    expect(body).toContain('support-bot drove the largest share of the peak hour.');
    const caseText = run.account.cases.flatMap((c) => c.communications.map((m) => m.body)).join('\n');
    expect(caseText).toContain('support-bot drove the largest share of the peak hour.');
  });

  it('decides low_usage when the sum stays below the threshold (the profiles are not counted twice)', async () => {
    // Prepare: the same sources at a third of their peaks: 700,000 summed < 1,600,000.
    const quiet = { ...model, usage: { peakRpm: 30, peakTpm: 100_000 }, applicationProfiles: model.applicationProfiles.map((p) => ({ ...p, usage: { peakRpm: p.usage.peakRpm / 3, peakTpm: p.usage.peakTpm / 3 } })) };

    // Act
    const run = await simulate(tables.get(), { models: [quiet], events: [{ model: 'Sonnet-4-5', alarms: ['HighTPMQuotaUsage'], at: '2026-06-01T10:00:00Z' }] });

    // Assess
    expect(run.results.find((r) => r.decision)?.decision).toMatchObject({ scenario: 'low_usage' });
    expect(run.account.emails[0]?.body).toContain('Peak TPM: 700,000');
  });
});

describe('a model whose application profiles the threshold updater discovered (none declared)', () => {
  const SONNET = 'anthropic.claude-sonnet-4-5-20250929-v1:0';
  const US_SONNET = `us.${SONNET}`;
  const US = ['us-east-1', 'us-east-2', 'us-west-2'].map((region) => `arn:aws:bedrock:${region}::foundation-model/${SONNET}`);
  /** What Bedrock lists in the account: the system profile, three application profiles made from it, one on another model. */
  const inferenceProfiles = [
    { profileId: US_SONNET, name: 'US Claude Sonnet 4.5', type: 'SYSTEM_DEFINED', models: US },
    { profileId: 'a1b2c3d4e5f6', name: 'support bot', models: US, usage: { peakRpm: 400, peakTpm: 900_000 } },
    { profileId: 'f6e5d4c3b2a1', name: 'search', models: US, usage: { peakRpm: 250, peakTpm: 600_000 } },
    { profileId: '0a9b8c7d6e5f', name: 'batch-summaries', models: US, usage: { peakRpm: 120, peakTpm: 300_000 } },
    { profileId: '9z8y7x6w5v4u', name: 'nova-team', models: ['arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0'], usage: { peakRpm: 900, peakTpm: 1_500_000 } },
  ];
  const model = { name: 'Sonnet-4-5', modelId: US_SONNET, quotas: { tpm: 2_000_000 }, usage: { peakRpm: 100, peakTpm: 300_000 } };

  it('decides high_usage on the sum the usage alarm reads (direct + 3 discovered profiles), each source below the threshold', async () => {
    // Prepare: threshold 2,000,000 x 80% = 1,600,000; the largest source of the model peaks at 900,000.
    const counted = inferenceProfiles.filter((p) => p.type !== 'SYSTEM_DEFINED' && p.models === US);
    expect(Math.max(model.usage.peakTpm, ...counted.map((p) => p.usage?.peakTpm ?? 0))).toBeLessThan(1_600_000);

    // Act
    const run = await simulate(tables.get(), { models: [model], inferenceProfiles, events: [{ model: 'Sonnet-4-5', alarms: ['HighTPMQuotaUsage'], at: '2026-06-01T10:00:00Z' }] });

    // Assess: the usage alarm as the simulated CloudWatch holds it sums the model and the three profiles (not nova-team) ...
    const alarm = localThresholdUpdater(run.account).alarms.metricAlarms.get(alarmName('Acme', 'HighTPMQuotaUsage', 'Sonnet-4-5'));
    expect(alarmSourcesOf(alarm ?? {}).map((s) => s.id).sort()).toEqual(['0a9b8c7d6e5f', 'a1b2c3d4e5f6', 'f6e5d4c3b2a1', US_SONNET]);
    // ... and the decision counts the same sum: 300,000 + 900,000 + 600,000 + 300,000 = 2,100,000, in one GetMetricData.
    const acted = run.results.find((r) => r.decision);
    expect(acted?.decision).toMatchObject({ scenario: 'high_usage', quotaIncreases: [{ quota: 'TPM', current: 2_000_000, requested: 2_500_000 }] });
    expect(run.account.calls.get('CloudWatch.GetMetricData')).toBe(1);
    expect(run.account.quotaRequestsState()).toEqual([expect.objectContaining({ model: 'Sonnet-4-5', quota: 'TPM', desiredValue: 2_500_000 })]);
    const body = run.account.emails[0]?.body ?? '';
    expect(body).toContain('Peak TPM: 2,100,000 (TPM threshold 1,600,000)');
    expect(body).toContain('sums over the model and its 3 application inference profiles');
    // The discovered profiles under their Bedrock names (made safe for the alarm label: "support bot" -> "support-bot").
    expect(body).toMatch(/- support-bot \(profile a1b2c3d4e5f6\): 42\.9%/);
    expect(body).toMatch(/- search \(profile f6e5d4c3b2a1\)/);
    expect(body).not.toContain('nova-team');
    const caseText = run.account.cases.flatMap((c) => c.communications.map((m) => m.body)).join('\n');
    expect(caseText).toContain('support-bot drove the largest share of the peak hour.');
  });
});

describe('a model served on the bedrock-mantle endpoint', () => {
  it('has alarms only where AWS/BedrockMantle publishes a metric (no latency metric, no request quota)', () => {
    expect(kindsWithoutMetric('bedrock-mantle')).toEqual(['Throttles', 'HighInvocationRate', 'HighLatency', 'LatencyAnomaly']);
    expect(alarmKindsForModel(false, 'bedrock-mantle')).toEqual(['ClientErrors', 'ServerErrors', 'HighTPMQuotaUsage', 'HighOutputTPMQuotaUsage', 'InvocationAnomaly', 'InputTokenAnomaly', 'OutputTokenAnomaly']);
    expect(alarmKindsForModel(true, 'bedrock-mantle')).not.toContain('HighInvocationRate');
    // The output-tokens quota alarm exists on bedrock-mantle only: bedrock-runtime has one combined TPM quota.
    expect(kindsWithoutMetric('bedrock-runtime')).toEqual(['HighOutputTPMQuotaUsage']);
    expect(alarmKindsForModel(true, 'bedrock-runtime')).not.toContain('HighOutputTPMQuotaUsage');
  });

  it('goes through a quota incident and a server-error incident like a runtime model (sample 11)', async () => {
    // Act
    const run = await simulate(tables.get(), sample('11-mantle-quota-then-server-errors.json'));

    // Assess: a quota request on the mantle input-TPM quota, then an investigation case, two e-mails.
    const decisions = run.results.filter((r) => r.decision).map((r) => r.decision?.scenario);
    expect(decisions).toEqual(['high_usage', 'non_quota']);
    expect(run.account.quotaRequestsState()).toEqual([expect.objectContaining({ model: 'GPT-OSS-120B', quota: 'TPM', desiredValue: 1_250_000 })]);
    expect(run.account.cases.map((c) => c.subject)).toContain('Acme - Bedrock Ops Alert - GPT-OSS-120B - Investigation Request');
    expect(run.account.emails).toHaveLength(2);
    expect(run.account.emails[0]?.body).toContain('bedrock-mantle endpoint: TPM figures are input tokens per minute');
    expect(run.account.emails[0]?.body).toContain('Bedrock Mantle input tokens per minute for');
  });

  it('requests the OUTPUT-tokens quota when output tokens, not input tokens, near their quota (sample 13)', async () => {
    // Arrange: output peak 190,000 >= 160,000 (80 % of 200,000); input peak 300,000, well below 800,000.
    const scenario = sample('14-mantle-output-token-quota.json');

    // Act
    const run = await simulate(tables.get(), scenario);

    // Assess, from what the simulated account holds: exactly one request, for the output quota's code.
    expect(run.account.quotaRequestsState()).toEqual([
      expect.objectContaining({ model: 'GPT-OSS-20B', quota: 'OutputTPM', quotaCode: 'L-4A6BFAB2', desiredValue: 250_000 }),
    ]);
    expect(run.account.cases).toEqual([expect.objectContaining({ subject: 'Limit Increase: Amazon Bedrock (output tokens per minute, GPT-OSS-20B)' })]);
    const email = run.account.emails.find((e) => e.attributes.caseType === 'Quota Request');
    expect(email?.body).toContain('Output tokens per minute (output TPM): Bedrock Mantle output tokens per minute for');
    expect(email?.body).toContain('peak output TPM 190,000 >= output TPM threshold 160,000');
    expect(email?.body).not.toContain('Tokens per minute (TPM): Bedrock Mantle input');
    // The approved increase moves the output alarm's threshold (the updater re-sizes it from the output quota).
    const update = run.results.find((r) => r.thresholdUpdate)?.thresholdUpdate;
    expect(update?.changes).toEqual([expect.objectContaining({ quota: 'OutputTPM', alarmName: 'Acme-Bedrock-HighOutputTPMQuotaUsage-Warning-GPT-OSS-20B', oldThreshold: 160_000, newThreshold: 200_000 })]);
    expect(update?.quotas).toEqual({ rpm: null, tpm: 1_000_000, outputTpm: 250_000 });
    // The output (OutputTPM quotas, requests and changes) validates against schemas/simulation-output.schema.json.
    expect(() => validateSimulationOutput({ results: run.results, account: accountStateOf([run]) })).not.toThrow();
  });
});
