/**
 * Which sources the usage read sums, from the model's summed usage alarm (src/core/usage-sources.ts): the profiles
 * the alarm's metric math sums, as the threshold updater wrote them, and what is ignored in an alarm of another shape.
 */
import { describe, expect, it } from '@jest/globals';
import { summedMetricQueries } from '#core/alarm-config.js';
import { MAX_APPLICATION_PROFILES, type AlarmMetricQuery, type ModelRef } from '#core/model.js';
import { modelWithSummedProfiles, profilesSummedBy, sameProfiles, usageProfilesFromAlarms } from '#core/usage-sources.js';

const MODEL: ModelRef = { name: 'Sonnet-4-5', modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' };
/** The usage alarm's metrics as the updater writes them: the model ("direct") and each profile, labelled. */
const summed = (metric: string, sources: { id: string; name: string }[]): AlarmMetricQuery[] =>
  summedMetricQueries('AWS/Bedrock', metric, [{ id: MODEL.modelId, name: 'direct' }, ...sources], 60, `${metric} (sum)`);
const TPM = (sources: { id: string; name: string }[]): AlarmMetricQuery[] => summed('EstimatedTPMQuotaUsage', sources);

describe('profilesSummedBy', () => {
  it('reads each profile the summed alarm sums, with its label as name, the model itself left out', () => {
    const metrics = TPM([{ id: 'a1b2c3d4e5f6', name: 'support-bot' }, { id: 'f6e5d4c3b2a1', name: 'search' }]);

    expect(profilesSummedBy(MODEL, 'HighTPMQuotaUsage', metrics)).toEqual([
      { name: 'support-bot', profileId: 'a1b2c3d4e5f6' },
      { name: 'search', profileId: 'f6e5d4c3b2a1' },
    ]);
  });

  it('says nothing (undefined) without metric math, for another model\'s alarm, or for a bedrock-mantle model', () => {
    expect(profilesSummedBy(MODEL, 'HighTPMQuotaUsage', undefined)).toBeUndefined();
    expect(profilesSummedBy(MODEL, 'HighTPMQuotaUsage', [])).toBeUndefined();
    // No query on the model's own ModelId: not this model's summed alarm.
    const other = summedMetricQueries('AWS/Bedrock', 'EstimatedTPMQuotaUsage', [{ id: 'anthropic.claude-haiku', name: 'direct' }, { id: 'a1b2c3d4e5f6', name: 'x' }], 60, 'sum');
    expect(profilesSummedBy(MODEL, 'HighTPMQuotaUsage', other)).toBeUndefined();
    expect(profilesSummedBy({ ...MODEL, endpoint: 'bedrock-mantle' }, 'HighTPMQuotaUsage', TPM([{ id: 'a1b2c3d4e5f6', name: 'x' }]))).toBeUndefined();
    // The model alone in metric math: no profile (an empty list, not undefined).
    expect(profilesSummedBy(MODEL, 'HighTPMQuotaUsage', TPM([]))).toEqual([]);
  });

  it('ignores queries of another namespace, metric, statistic or dimension, and ModelId values that are no profile id', () => {
    const good = TPM([{ id: 'a1b2c3d4e5f6', name: 'support-bot' }]);
    const stat = (patch: { Namespace?: string; MetricName?: string; Stat?: string; Dimensions?: { Name?: string; Value?: string }[] }): AlarmMetricQuery => ({
      Id: 'x', Label: 'intruder', ReturnData: false,
      MetricStat: {
        Metric: { Namespace: patch.Namespace ?? 'AWS/Bedrock', MetricName: patch.MetricName ?? 'EstimatedTPMQuotaUsage', Dimensions: patch.Dimensions ?? [{ Name: 'ModelId', Value: 'b0b0b0b0b0b0' }] },
        Period: 60, Stat: patch.Stat ?? 'Sum',
      },
    });
    const malformed = [
      stat({ Namespace: 'AWS/BedrockMantle' }),
      stat({ MetricName: 'Invocations' }),
      stat({ Stat: 'Average' }),
      stat({ Dimensions: [{ Name: 'Model', Value: 'b0b0b0b0b0b0' }] }),
      stat({ Dimensions: [{ Name: 'ModelId', Value: 'b0b0b0b0b0b0' }, { Name: 'Project', Value: 'p' }] }),
      stat({ Dimensions: [{ Name: 'ModelId' }] }),
      stat({ Dimensions: [{ Name: 'ModelId', Value: 'evil\nSubject: x' }] }),
      stat({ Dimensions: [{ Name: 'ModelId', Value: 'a'.repeat(65) }] }),
      stat({ Dimensions: [{ Name: 'ModelId', Value: 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/x' }] }),
      { Id: 'e', Expression: 'm0 * 2', ReturnData: true },
      { Id: 'n', MetricStat: {} },
      null as unknown as AlarmMetricQuery,
      'text' as unknown as AlarmMetricQuery,
    ];

    expect(profilesSummedBy(MODEL, 'HighTPMQuotaUsage', [...good, ...malformed])).toEqual([{ name: 'support-bot', profileId: 'a1b2c3d4e5f6' }]);
  });

  it('makes a label safe for the texts (or uses the id), never "direct", and counts a profile once', () => {
    const metrics = TPM([
      { id: 'a1b2c3d4e5f6', name: 'support bot\r\nBcc: x@example.com' },
      { id: 'f6e5d4c3b2a1', name: 'direct' },
      { id: '0a9b8c7d6e5f', name: '' },
      { id: 'a1b2c3d4e5f6', name: 'again' },
    ]);
    const noLabel = { ...metrics[0], Id: 'm9', Label: undefined } as AlarmMetricQuery;
    noLabel.MetricStat = { ...noLabel.MetricStat, Metric: { ...noLabel.MetricStat?.Metric, Dimensions: [{ Name: 'ModelId', Value: '1c2d3e4f5a6b' }] } };

    expect(profilesSummedBy(MODEL, 'HighTPMQuotaUsage', [...metrics, noLabel])).toEqual([
      { name: 'support-bot-Bcc-x-example.com', profileId: 'a1b2c3d4e5f6' },
      { name: 'f6e5d4c3b2a1', profileId: 'f6e5d4c3b2a1' },
      { name: '0a9b8c7d6e5f', profileId: '0a9b8c7d6e5f' },
      { name: '1c2d3e4f5a6b', profileId: '1c2d3e4f5a6b' },
    ]);
  });

  it(`keeps at most ${MAX_APPLICATION_PROFILES} profiles, in the alarm's order`, () => {
    const many = Array.from({ length: MAX_APPLICATION_PROFILES + 3 }, (_, i) => ({ id: `profile${String(i).padStart(2, '0')}`, name: `team-${i}` }));

    const found = profilesSummedBy(MODEL, 'HighTPMQuotaUsage', TPM(many));

    expect(found).toHaveLength(MAX_APPLICATION_PROFILES);
    expect(found?.[0]?.profileId).toBe('profile00');
    expect(found?.at(-1)?.profileId).toBe(`profile${String(MAX_APPLICATION_PROFILES - 1).padStart(2, '0')}`);
  });
});

describe('usageProfilesFromAlarms', () => {
  it('takes the TPM usage alarm first, the RPM one (its metric: Invocations) when the TPM one does not say', () => {
    const rpm = summed('Invocations', [{ id: 'f6e5d4c3b2a1', name: 'search' }]);

    expect(usageProfilesFromAlarms(MODEL, { HighTPMQuotaUsage: TPM([{ id: 'a1b2c3d4e5f6', name: 'bot' }]), HighInvocationRate: rpm })).toEqual([{ name: 'bot', profileId: 'a1b2c3d4e5f6' }]);
    expect(usageProfilesFromAlarms(MODEL, { HighTPMQuotaUsage: undefined, HighInvocationRate: rpm })).toEqual([{ name: 'search', profileId: 'f6e5d4c3b2a1' }]);
    // The RPM alarm's metrics under the TPM kind: another metric, ignored; nothing names the model -> undefined.
    expect(usageProfilesFromAlarms(MODEL, { HighTPMQuotaUsage: rpm })).toBeUndefined();
    expect(usageProfilesFromAlarms(MODEL, {})).toBeUndefined();
  });
});

describe('the model the usage read sums', () => {
  const declared: ModelRef = { ...MODEL, applicationProfiles: [{ name: 'support-bot', profileId: 'a1b2c3d4e5f6', alarms: ['ServerErrors'] }] };

  it('is the declared model when the alarm says nothing, else the model with the alarm\'s profiles', () => {
    expect(modelWithSummedProfiles(declared, undefined)).toBe(declared);
    expect(modelWithSummedProfiles(declared, [{ name: 'support-bot', profileId: 'a1b2c3d4e5f6' }, { name: 'search', profileId: 'f6e5d4c3b2a1' }])).toEqual({
      ...MODEL, applicationProfiles: [{ name: 'support-bot', profileId: 'a1b2c3d4e5f6', alarms: ['ServerErrors'] }, { name: 'search', profileId: 'f6e5d4c3b2a1' }],
    });
    expect(modelWithSummedProfiles(declared, [])).toEqual(MODEL);
    expect(modelWithSummedProfiles({ ...MODEL, endpoint: 'bedrock-mantle' }, [{ name: 'x', profileId: 'y' }])).toEqual({ ...MODEL, endpoint: 'bedrock-mantle' });
  });

  it('is carried in the state only when it differs from the declared profiles', () => {
    expect(sameProfiles(declared, [{ name: 'support-bot', profileId: 'a1b2c3d4e5f6' }])).toBe(true);
    expect(sameProfiles(declared, [{ name: 'bot', profileId: 'a1b2c3d4e5f6' }])).toBe(false);
    expect(sameProfiles(declared, [])).toBe(false);
    expect(sameProfiles(MODEL, [])).toBe(true);
  });
});
