import { describe, expect, it } from '@jest/globals';
import { compositeAlarmConfiguration, metricAlarmConfiguration, UNSIZED_USAGE_THRESHOLD } from '#core/alarm-config.js';
import { alarmName } from '#core/catalogue.js';
import { planThresholdUpdate, quotaDataErrorNotification } from '#core/thresholds.js';
import type { ThresholdPlanInput } from '#core/thresholds.js';
import type { ModelRef } from '#core/model.js';
import type { DeployedModel } from '#core/threshold-deployment.js';
import { readModelQuotas } from '#threshold-updater/update.js';
import { OPUS, SONNET } from './fixtures.js';

const AT = '2026-06-02T06:00:00.000Z';
const tpm = (value: number, code = 'L-3DCCFAA4') => ({ quota: 'TPM' as const, code, name: 'tokens per minute', value, adjustable: true });
const rpm = (value: number, code = 'L-3DD46812') => ({ quota: 'RPM' as const, code, name: 'requests per minute', value, adjustable: true });

const opusInput = (overrides: Partial<ThresholdPlanInput> = {}): ThresholdPlanInput => ({
  customerName: 'Acme', model: OPUS, at: AT, quotas: { tpm: tpm(8_000_000) },
  alarms: { HighTPMQuotaUsage: { threshold: 5_000_000 } },
  compositeRule: compositeAlarmConfiguration('Acme', OPUS, ['ClientErrors', 'HighTPMQuotaUsage']).AlarmRule,
  previousQuotas: { TPM: 6_250_000 },
  ...overrides,
});

describe('planThresholdUpdate', () => {
  it('resizes the TPM alarm after an approved increase, with its complete configuration, a history entry and a notification', () => {
    // Act
    const plan = planThresholdUpdate(opusInput());
    // Assess
    expect(plan.writes).toEqual([metricAlarmConfiguration('Acme', OPUS, 'HighTPMQuotaUsage', { quota: 8_000_000 })]);
    expect(plan.writes[0]).toMatchObject({ Threshold: 6_400_000, EvaluationPeriods: 5, Period: 60, Statistic: 'Sum', TreatMissingData: 'notBreaching' });
    expect(plan.deletions).toEqual([]);
    expect(plan.composite).toBeUndefined();
    expect(plan.history).toEqual([expect.objectContaining({
      model: 'G-Opus-4-6', at: AT, quota: 'TPM', quotaCode: 'L-3DCCFAA4', alarmName: 'Acme-Bedrock-HighTPMQuotaUsage-Warning-G-Opus-4-6',
      oldQuota: 6_250_000, newQuota: 8_000_000, oldThreshold: 5_000_000, newThreshold: 6_400_000, thresholdPercent: 80, reason: 'quota_increased',
    })]);
    expect(plan.notification?.subject).toBe('🟡 [WARNING] Acme - Bedrock Ops Alert - G-Opus-4-6 - Thresholds updated');
    expect(plan.notification?.subject.length).toBeLessThan(100);
    expect(plan.notification?.attributes).toEqual({ severity: 'WARNING', caseType: 'Threshold Update', scenario: 'thresholds_updated', model: 'G-Opus-4-6' });
    expect(plan.notification?.body).toContain('TPM quota increased from 6,250,000 to 8,000,000 (approved increase)');
    expect(plan.notification?.body).toContain('5,000,000 -> 6,400,000');
  });

  it('changes nothing when the alarm already has quota × percent', () => {
    const plan = planThresholdUpdate(opusInput({ quotas: { tpm: tpm(6_250_000) } }));
    expect(plan).toMatchObject({ writes: [], deletions: [], history: [] });
    expect(plan.notification).toBeUndefined();
  });

  it('sizes a placeholder alarm from the live quota without announcing it', () => {
    const plan = planThresholdUpdate(opusInput({ quotas: { tpm: tpm(6_250_000) }, alarms: { HighTPMQuotaUsage: { threshold: UNSIZED_USAGE_THRESHOLD } }, previousQuotas: {} }));
    expect(plan.history).toEqual([expect.objectContaining({ reason: 'initial_sizing', oldThreshold: UNSIZED_USAGE_THRESHOLD, newThreshold: 5_000_000, oldQuota: null })]);
    expect(plan.notification).toBeUndefined();
  });

  it('corrects a threshold a stack update reset, and records why', () => {
    const plan = planThresholdUpdate(opusInput({ quotas: { tpm: tpm(8_000_000) }, previousQuotas: { TPM: 8_000_000 } }));
    expect(plan.history).toEqual([expect.objectContaining({ reason: 'threshold_corrected', oldThreshold: 5_000_000, newThreshold: 6_400_000 })]);
    expect(plan.notification).toBeUndefined();
  });

  it('removes the RPM alarm of a model whose RPM quota is gone: composite first, without it, and the history says why', () => {
    // Prepare: Sonnet was deployed with an RPM quota; Service Quotas no longer lists one.
    const rpmAlarm = alarmName('Acme', 'HighInvocationRate', 'Sonnet-4-5');
    const input: ThresholdPlanInput = {
      customerName: 'Acme', model: SONNET, at: AT, quotas: { tpm: tpm(2_000_000, 'L-59759B4A') },
      alarms: { HighInvocationRate: { threshold: 7_000 }, HighTPMQuotaUsage: { threshold: 1_600_000 } },
      compositeRule: compositeAlarmConfiguration('Acme', SONNET, ['Throttles', 'HighInvocationRate', 'HighTPMQuotaUsage']).AlarmRule,
      previousQuotas: { RPM: 10_000, TPM: 2_000_000 },
    };
    // Act
    const plan = planThresholdUpdate(input);
    // Assess
    expect(plan.deletions).toEqual([rpmAlarm]);
    expect(plan.writes).toEqual([]);
    expect(plan.composite?.AlarmRule).not.toContain(rpmAlarm);
    expect(plan.composite?.AlarmRule.match(/ALARM\(/g)).toHaveLength(9);
    expect(plan.composite).toMatchObject({ AlarmName: 'Acme-Bedrock-QuotaHealth-Composite-Sonnet-4-5', ActionsEnabled: true, AlarmActions: [], OKActions: [], InsufficientDataActions: [] });
    expect(plan.history).toEqual([expect.objectContaining({ quota: 'RPM', reason: 'quota_removed', oldQuota: 10_000, newQuota: null, oldThreshold: 7_000, newThreshold: null })]);
    expect(plan.history[0]?.detail).toContain('no RPM quota');
    expect(plan.notification?.body).toContain(`${rpmAlarm} was deleted`);
  });

  it('rewrites a composite that still names an RPM alarm deleted earlier (a run that stopped half-way)', () => {
    const plan = planThresholdUpdate({
      customerName: 'Acme', model: SONNET, at: AT, quotas: { tpm: tpm(2_000_000, 'L-59759B4A') },
      alarms: { HighTPMQuotaUsage: { threshold: 1_600_000 } },
      compositeRule: compositeAlarmConfiguration('Acme', SONNET, ['HighInvocationRate', 'HighTPMQuotaUsage']).AlarmRule,
      previousQuotas: { TPM: 2_000_000 },
    });
    expect(plan.deletions).toEqual([]);
    expect(plan.composite?.AlarmRule).not.toContain('HighInvocationRate');
  });

  it('creates no RPM alarm for a model that gets an RPM quota after deploy; it says what to do', () => {
    const plan = planThresholdUpdate(opusInput({ quotas: { tpm: tpm(6_250_000), rpm: rpm(10_000) } }));
    expect(plan.writes).toEqual([]);
    expect(plan.notes[0]).toContain('quotaCodes.rpm');
  });

  it('describes bad quota data and says the thresholds stayed', () => {
    const message = quotaDataErrorNotification('Acme', 'G-Opus-4-6', AT, { name: 'QuotaDataError', message: 'AccessDeniedException' });
    expect(message.subject).toBe('🟡 [WARNING] Acme - Bedrock Ops Alert - G-Opus-4-6 - Quota data unavailable');
    expect(message.body).toContain('left exactly as they were');
    expect(message.attributes).toMatchObject({ severity: 'WARNING', scenario: 'quota_data_error' });
  });
});

describe('a bedrock-mantle model: the output-tokens quota alarm follows the output quota', () => {
  const MANTLE: DeployedModel = {
    name: 'GPT-OSS-120B', modelId: 'openai.gpt-oss-120b', endpoint: 'bedrock-mantle', hasRpmQuota: false,
    percents: { rpmThresholdPercent: 80, tpmThresholdPercent: 80 }, alarms: OPUS.alarms,
    quotaCodes: { tpm: 'L-5A1B2C3D', outputTpm: 'L-5A1B2C3E' }, currentQuotas: { tpm: 1_000_000, outputTpm: 200_000 },
  };
  const outputTpm = (value: number) => ({ quota: 'OutputTPM' as const, code: 'L-5A1B2C3E', name: 'Bedrock Mantle output tokens per minute for OpenAI GPT OSS 120b', value, adjustable: true });

  it('re-sizes HighOutputTPMQuotaUsage from the output quota (not the input one) after an approved increase', () => {
    // Act
    const plan = planThresholdUpdate({
      customerName: 'Acme', model: MANTLE, at: AT, quotas: { tpm: tpm(1_000_000, 'L-5A1B2C3D'), outputTpm: outputTpm(250_000) },
      alarms: { HighTPMQuotaUsage: { threshold: 800_000 }, HighOutputTPMQuotaUsage: { threshold: 160_000 } },
      compositeRule: compositeAlarmConfiguration('Acme', MANTLE, ['HighTPMQuotaUsage', 'HighOutputTPMQuotaUsage']).AlarmRule,
      previousQuotas: { TPM: 1_000_000, OutputTPM: 200_000 },
    });
    // Assess: only the output alarm changes, on TotalOutputTokens, to 250,000 x 80 %.
    expect(plan.writes).toEqual([metricAlarmConfiguration('Acme', MANTLE, 'HighOutputTPMQuotaUsage', { quota: 250_000 })]);
    expect(plan.writes[0]).toMatchObject({ Namespace: 'AWS/BedrockMantle', MetricName: 'TotalOutputTokens', Threshold: 200_000 });
    expect(plan.history).toEqual([expect.objectContaining({ quota: 'OutputTPM', quotaCode: 'L-5A1B2C3E', oldThreshold: 160_000, newThreshold: 200_000, reason: 'quota_increased' })]);
    expect(plan.notification?.body).toContain('OutputTPM quota increased from 200,000 to 250,000');
  });

  it('an output alarm whose quota Service Quotas does not list keeps its threshold, and the run says how to size it', () => {
    // Act
    const plan = planThresholdUpdate({
      customerName: 'Acme', model: MANTLE, at: AT, quotas: { tpm: tpm(1_000_000, 'L-5A1B2C3D') },
      alarms: { HighTPMQuotaUsage: { threshold: 800_000 }, HighOutputTPMQuotaUsage: { threshold: UNSIZED_USAGE_THRESHOLD } },
      compositeRule: compositeAlarmConfiguration('Acme', MANTLE, ['HighTPMQuotaUsage', 'HighOutputTPMQuotaUsage']).AlarmRule,
      previousQuotas: { TPM: 1_000_000 },
    });
    // Assess
    expect(plan.writes).toEqual([]);
    expect(plan.deletions).toEqual([]);
    expect(plan.notes).toEqual([expect.stringContaining('set models[].quotaCodes.outputTpm')]);
  });

  it('the updater reads the quotas with the model\'s endpoint (the output quota exists on bedrock-mantle only)', async () => {
    // Arrange
    const seen: ModelRef[] = [];
    const ports = { quotas: { getModelQuotas: async (ref: ModelRef) => { seen.push(ref); return { tpm: tpm(1_000_000), outputTpm: outputTpm(250_000) }; } } };
    // Act
    const quotas = await readModelQuotas(ports, MANTLE);
    // Assess
    expect(seen).toEqual([expect.objectContaining({ modelId: 'openai.gpt-oss-120b', endpoint: 'bedrock-mantle', quotaCodes: MANTLE.quotaCodes })]);
    expect(quotas.outputTpm?.value).toBe(250_000);
  });
});
