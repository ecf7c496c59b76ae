import { classifyAlarms } from '#core/classify.js';
import { decideScenario, type QuotaPolicy } from '#core/decide.js';
import type { FiredAlarm, ModelQuotas } from '#core/model.js';
import { requestedQuotaValue, thresholdFor } from '#core/quota-math.js';
import { summariseUsage, type UsageSummary } from '#core/usage.js';
import type { AlarmKind } from '#core/catalogue.js';

const policy: QuotaPolicy = { rpmIncreasePercent: 25, tpmIncreasePercent: 25, rpmThresholdPercent: 80, tpmThresholdPercent: 80 };
const fired = (...kinds: AlarmKind[]): FiredAlarm[] => kinds.map((kind, i) => ({ name: `Acme-Bedrock-${kind}-X-M`, arn: `arn:aws:cloudwatch:us-east-1:1:alarm:${kind}`, kind, since: `2026-06-01T10:0${i}:00.000Z` }));
const quotas = (rpm: number | undefined, tpm: number | undefined): ModelQuotas => ({
  ...(rpm !== undefined ? { rpm: { quota: 'RPM', code: 'L-R', name: 'rpm', value: rpm, adjustable: true } } : {}),
  ...(tpm !== undefined ? { tpm: { quota: 'TPM', code: 'L-T', name: 'tpm', value: tpm, adjustable: true } } : {}),
});
const usage = (peakRpm: number, peakTpm: number): UsageSummary => ({ windowDays: 14, activeMinutes: 10, windowMinutes: 20160, peakRpm, peakTpm, steadyRpm: 1, steadyTpm: 1, avgInputTokensPerRequest: 1, avgOutputTokensPerRequest: 1, tpmSource: 'estimated' });

describe('quota arithmetic', () => {
  it('threshold = quota x percent, whole counts (the seed: 10,000 x 80 % = 8,000; 6,250,000 x 80 % = 5,000,000; 10,001 -> 8,000)', () => {
    expect([thresholdFor(10000, 80), thresholdFor(6250000, 80), thresholdFor(10001, 80), thresholdFor(200, 80)]).toEqual([8000, 5000000, 8000, 160]);
  });
  it('requested = current x (1 + %/100) rounded up and strictly above current; 0 % requests nothing', () => {
    expect([requestedQuotaValue(10000, 25), requestedQuotaValue(10001, 25), requestedQuotaValue(3, 10), requestedQuotaValue(1, 1), requestedQuotaValue(5, 0)]).toEqual([12500, 12502, 4, 2, undefined]);
  });
  it('rejects impossible percents with a clear error', () => {
    expect(() => thresholdFor(100, 0)).toThrow(/percent/);
    expect(() => requestedQuotaValue(100, 150)).toThrow(/percent/);
  });
});

describe('classifyAlarms', () => {
  it('CRITICAL when any critical fired; a mix of critical and warning keeps every alarm; the quota scopes unite', () => {
    const c = classifyAlarms(fired('ServerErrors', 'HighTPMQuotaUsage', 'InvocationAnomaly'));
    expect(c).toMatchObject({ severity: 'CRITICAL', category: 'quota', caseType: 'Quota Request', quotasConcerned: ['RPM', 'TPM'] });
    expect(c.alarms.map((a) => a.kind)).toEqual(['ServerErrors', 'HighTPMQuotaUsage', 'InvocationAnomaly']);
  });
  it('non_quota only when every alarm is non-quota', () => {
    expect(classifyAlarms(fired('HighLatency', 'LatencyAnomaly'))).toMatchObject({ severity: 'WARNING', category: 'non_quota', caseType: 'Investigation Request', quotasConcerned: [] });
  });
});

describe('decideScenario', () => {
  it('usage unavailable is new_model and says it was the usage, not a new model', () => {
    const d = decideScenario({ classification: classifyAlarms(fired('HighInvocationRate')), quotas: quotas(10000, 100000), usage: undefined, policy });
    expect(d).toMatchObject({ scenario: 'new_model', newModelBasis: 'usage_unavailable', route: 'quota_increase' });
  });
  it('quotas unavailable is new_model with a Support case (nothing can be requested)', () => {
    const d = decideScenario({ classification: classifyAlarms(fired('Throttles')), quotas: undefined, usage: usage(10, 10), policy });
    expect(d).toMatchObject({ scenario: 'new_model', newModelBasis: 'quotas_unavailable', route: 'support_case', quotaIncreases: [] });
  });
  it('high_usage on either quota; the RPM-only alarm requests RPM only', () => {
    const d = decideScenario({ classification: classifyAlarms(fired('HighInvocationRate')), quotas: quotas(200, 200000), usage: usage(10, 170000), policy });
    expect(d.scenario).toBe('high_usage');
    expect(d.quotaIncreases.map((q) => q.quota)).toEqual(['RPM']);
  });
  it('a missing RPM quota or a 0 % increase is not requested, and says why', () => {
    const d = decideScenario({ classification: classifyAlarms(fired('Throttles')), quotas: quotas(undefined, 1000000), usage: usage(0, 900000), policy: { ...policy, tpmIncreasePercent: 0 } });
    expect(d.quotaIncreases).toEqual([]);
    expect(d.notRequested).toEqual([{ quota: 'RPM', reason: 'no_such_quota' }, { quota: 'TPM', reason: 'zero_increase_percent' }]);
    expect(d.route).toBe('none');
  });
});

describe('a bedrock-mantle model: the output-tokens quota (OutputTPM)', () => {
  const mantleQuotas = (tpm: number, outputTpm: number): ModelQuotas => ({
    tpm: { quota: 'TPM', code: 'L-IN', name: 'Bedrock Mantle input tokens per minute for M', value: tpm, adjustable: true },
    outputTpm: { quota: 'OutputTPM', code: 'L-OUT', name: 'Bedrock Mantle output tokens per minute for M', value: outputTpm, adjustable: true },
  });
  const mantleUsage = (peakTpm: number, peakOutputTpm: number): UsageSummary => ({ ...usage(100, peakTpm), tpmSource: 'input-tokens', peakOutputTpm });

  it('HighOutputTPMQuotaUsage concerns the output quota only', () => {
    expect(classifyAlarms(fired('HighOutputTPMQuotaUsage'))).toMatchObject({ severity: 'WARNING', category: 'quota', caseType: 'Quota Request', quotasConcerned: ['OutputTPM'] });
    expect(classifyAlarms(fired('ClientErrors', 'HighOutputTPMQuotaUsage')).quotasConcerned).toEqual(['RPM', 'TPM', 'OutputTPM']);
  });
  it('output peak above its threshold, input well below: high_usage on the output peak, one request for the output quota code', () => {
    const d = decideScenario({ classification: classifyAlarms(fired('HighOutputTPMQuotaUsage')), quotas: mantleQuotas(1_000_000, 200_000), usage: mantleUsage(300_000, 190_000), policy });
    expect(d).toMatchObject({ scenario: 'high_usage', route: 'quota_increase', thresholds: { tpm: 800_000, outputTpm: 160_000 }, peaks: { tpm: 300_000, outputTpm: 190_000 } });
    expect(d.quotaIncreases).toEqual([{ quota: 'OutputTPM', code: 'L-OUT', name: 'Bedrock Mantle output tokens per minute for M', current: 200_000, requested: 250_000, increasePercent: 25, asReference: false }]);
    expect(d.rationale).toBe('peak output TPM 190,000 >= output TPM threshold 160,000: sustained usage confirms the need.');
  });
  it('output peak below its threshold and input below too: low_usage, the output quota only as reference', () => {
    const d = decideScenario({ classification: classifyAlarms(fired('HighOutputTPMQuotaUsage')), quotas: mantleQuotas(1_000_000, 200_000), usage: mantleUsage(300_000, 100_000), policy });
    expect(d.scenario).toBe('low_usage');
    expect(d.quotaIncreases.map((q) => [q.code, q.asReference])).toEqual([['L-OUT', true]]);
    expect(d.rationale).toContain('peak output TPM 100,000 < output TPM threshold 160,000');
  });
  it('a mantle model without an output quota: not requested, no such quota', () => {
    const d = decideScenario({ classification: classifyAlarms(fired('HighOutputTPMQuotaUsage')), quotas: quotas(undefined, 1_000_000), usage: mantleUsage(900_000, 0), policy });
    expect(d.quotaIncreases).toEqual([]);
    expect(d.notRequested).toEqual([{ quota: 'OutputTPM', reason: 'no_such_quota' }]);
    expect(d.thresholds).toEqual({ tpm: 800_000 });
  });
  it('a runtime model decides exactly as before: no output threshold or peak', () => {
    const d = decideScenario({ classification: classifyAlarms(fired('HighTPMQuotaUsage')), quotas: quotas(undefined, 1_000_000), usage: usage(10, 900_000), policy });
    expect(d.thresholds).toEqual({ tpm: 800_000 });
    expect(d.peaks).toEqual({ rpm: 10, tpm: 900_000 });
    expect(d.rationale).toBe('peak TPM 900,000 >= TPM threshold 800,000: sustained usage confirms the need.');
  });
  it('summariseUsage reads the output-token peak on bedrock-mantle only', () => {
    const series = { timestamps: [0, 60_000], invocations: [1, 2], estimatedTpm: [0, 0], inputTokens: [500, 100], outputTokens: [10, 700] };
    expect(summariseUsage(series, 14, 'input-tokens')).toMatchObject({ peakTpm: 500, peakOutputTpm: 700, peakOutputTpmAt: 60_000 });
    expect(summariseUsage(series, 14, 'quota-metric').peakOutputTpm).toBeUndefined();
  });
});

describe('summariseUsage', () => {
  it('peak TPM is per minute (not max input + max output from different minutes); steady state is the median of active minutes', () => {
    const s = summariseUsage({ timestamps: [0, 60_000, 120_000], invocations: [10, 20, 30], estimatedTpm: [0, 0, 0], inputTokens: [100_000, 0, 10], outputTokens: [0, 70_000, 10] }, 14);
    expect(s).toMatchObject({ peakRpm: 30, peakTpm: 100_000, steadyRpm: 20, tpmSource: 'tokens', activeMinutes: 3 });
    expect(s.avgInputTokensPerRequest).toBeCloseTo(100_010 / 60, 2);
  });
});
