/**
 * The case and e-mail texts, the text sections they share and the alarm event's readers, straight from the core (no
 * workflow, no sandbox), table-driven from the seed's six worked examples (/work/shared/reference, the same numbers as
 * samples/scenarios/01-06).
 */
import { alarmNameFromArn, normaliseTimestamp, transitionId, triggeringAlarmNames } from '#core/alarm-event.js';
import { caseBody, caseSubject } from '#core/case-text.js';
import type { AlarmKind } from '#core/catalogue.js';
import { classifyAlarms } from '#core/classify.js';
import { decideScenario, type QuotaPolicy } from '#core/decide.js';
import { emailSubject, executionRegion, failureEmail, incidentEmail, SUBJECT_LIMIT } from '#core/email-text.js';
import type { FiredAlarm, ModelQuotas } from '#core/model.js';
import { alarmLines, quotaSection, usageSection } from '#core/text-sections.js';
import type { UsageSummary } from '#core/usage.js';

const policy: QuotaPolicy = { rpmIncreasePercent: 25, tpmIncreasePercent: 25, rpmThresholdPercent: 80, tpmThresholdPercent: 80 };
const model = { name: 'G-Opus-4-6', modelId: 'global.anthropic.claude-opus-4-6-v1' };
const fired = (kind: AlarmKind, severity: 'Critical' | 'Warning'): FiredAlarm[] =>
  [{ name: `Acme-Bedrock-${kind}-${severity}-${model.name}`, arn: `arn:aws:cloudwatch:us-east-1:123456789012:alarm:Acme-Bedrock-${kind}-${severity}-${model.name}`, kind, since: '2026-06-01T10:00:00.000Z' }];
const quotas = (rpm: number, tpm: number): ModelQuotas => ({
  rpm: { quota: 'RPM', code: 'L-RPM', name: 'Requests per minute', value: rpm, adjustable: true },
  tpm: { quota: 'TPM', code: 'L-TPM', name: 'Tokens per minute', value: tpm, adjustable: true },
});
const usage = (peakRpm: number, peakTpm: number): UsageSummary =>
  ({ windowDays: 14, activeMinutes: peakRpm + peakTpm > 0 ? 100 : 0, windowMinutes: 20160, peakRpm, peakTpm, steadyRpm: 1, steadyTpm: 1, avgInputTokensPerRequest: 1, avgOutputTokensPerRequest: 1, tpmSource: 'estimated' });

interface Example {
  example: string;
  kind: AlarmKind;
  severity: 'Critical' | 'Warning';
  quotas: [number, number];
  peaks: [number, number];
  scenario: string;
  caseType: string;
  /** The quota lines of the text, in order */
  quotaLines: string[];
}

/** The seed's six examples: alarm, quotas, 14-day peaks → scenario, case type, what the quota section says. */
const EXAMPLES: Example[] = [
  { example: 'InputTokenAnomaly on a new model', kind: 'InputTokenAnomaly', severity: 'Warning', quotas: [200, 500_000], peaks: [0, 0], scenario: 'new_model', caseType: 'Quota Request',
    quotaLines: ['QUOTA INCREASE REQUESTS:', 'current 500,000 -> requested 625,000 (+25%)'] },
  { example: 'Throttles, high usage', kind: 'Throttles', severity: 'Critical', quotas: [10_000, 6_250_000], peaks: [9_500, 3_000_000], scenario: 'high_usage', caseType: 'Quota Request',
    quotaLines: ['QUOTA INCREASE REQUESTS:', 'current 10,000 -> requested 12,500 (+25%)', 'current 6,250,000 -> requested 7,812,500 (+25%)'] },
  { example: 'HighTPMQuotaUsage, high usage', kind: 'HighTPMQuotaUsage', severity: 'Warning', quotas: [200, 200_000], peaks: [150, 210_000], scenario: 'high_usage', caseType: 'Quota Request',
    quotaLines: ['QUOTA INCREASE REQUESTS:', 'current 200,000 -> requested 250,000 (+25%)'] },
  { example: 'InvocationAnomaly, low usage', kind: 'InvocationAnomaly', severity: 'Warning', quotas: [10_001, 6_250_000], peaks: [5_578, 3_404_691], scenario: 'low_usage', caseType: 'Quota Request',
    quotaLines: ['QUOTA INCREASE DETAILS (for reference, pending investigation; not requested now):', 'current 10,001 -> requested 12,502 (+25%)'] },
  { example: 'ClientErrors, low usage', kind: 'ClientErrors', severity: 'Critical', quotas: [200, 200_000], peaks: [50, 80_000], scenario: 'low_usage', caseType: 'Quota Request',
    quotaLines: ['QUOTA INCREASE DETAILS (for reference, pending investigation; not requested now):', 'current 200 -> requested 250 (+25%)', 'current 200,000 -> requested 250,000 (+25%)'] },
  { example: 'ServerErrors, non-quota', kind: 'ServerErrors', severity: 'Critical', quotas: [10_000, 6_250_000], peaks: [9_500, 3_000_000], scenario: 'non_quota', caseType: 'Investigation Request',
    quotaLines: [] },
];

const decide = (e: Example) => {
  const classification = classifyAlarms(fired(e.kind, e.severity));
  const decision = decideScenario({ classification, quotas: quotas(...e.quotas), usage: usage(...e.peaks), policy });
  return { classification, decision };
};

describe('the seed\'s six examples, as the texts tell them', () => {
  it.each(EXAMPLES.map((e) => [e.example, e]))('%s: scenario, subjects and the quota section', (_name, e) => {
    // Act
    const { classification, decision } = decide(e);
    const quota = quotaSection(decision);

    // Assess
    expect([decision.scenario, classification.caseType]).toEqual([e.scenario, e.caseType]);
    expect(caseSubject('Acme', model.name, classification.caseType)).toBe(`Acme - Bedrock Ops Alert - ${model.name} - ${e.caseType}`);
    const subject = emailSubject(classification.severity, 'Acme', model.name, classification.caseType);
    expect(subject).toBe(`${e.severity === 'Critical' ? '🔴' : '🟡'} [${e.severity.toUpperCase()}] Acme - Bedrock Ops Alert - ${model.name} - ${e.caseType}`);
    expect(quota[0] ?? '').toBe(e.quotaLines[0] ?? '');
    const amounts = quota.filter((line) => line.includes('-> requested')).map((line) => line.trim());
    expect(amounts).toEqual(e.quotaLines.slice(1));
  });

  it.each(EXAMPLES.map((e) => [e.example, e]))('%s: the case body names the alarm, the model and the usage', (_name, e) => {
    // Arrange
    const { classification, decision } = decide(e);

    // Act
    const body = caseBody({
      customerName: 'Acme', model, region: 'us-east-1', compositeAlarmName: `Acme-Bedrock-Composite-${model.name}`, classification, decision,
      usage: usage(...e.peaks), usageWindowDays: 14, useCaseDescription: 'Chat assistant', newAlarms: classification.alarms, at: '2026-06-01T10:00:00Z', append: false,
    });

    // Assess
    expect(body).toContain(`Acme-Bedrock-${e.kind}-${e.severity}-${model.name}`);
    expect(body).toContain(model.modelId);
    for (const line of e.quotaLines) expect(body).toContain(line);
    if (e.scenario === 'non_quota') expect(body).not.toContain('QUOTA INCREASE');
  });
});

describe('text sections', () => {
  it('alarm lines: name, kind, severity, category and since, one line each', () => {
    const { classification } = decide(EXAMPLES[1]!);
    expect(alarmLines(classification.alarms)).toEqual([
      expect.stringMatching(/^ {2}- Acme-Bedrock-Throttles-Critical-G-Opus-4-6 \[Throttles, CRITICAL, quota\] since 2026-06-01T10:00:00.000Z: /),
    ]);
  });

  it.each([
    ['no usage at all', usage(0, 0), 'No invocations in the last 14 days (no usage history).'],
    ['usage unreadable', undefined, 'Usage metrics could not be retrieved from CloudWatch'],
    ['usage with peaks', usage(9_500, 3_000_000), '9,500'],
  ])('usage section, %s', (_name, summary, expected) => {
    const { decision } = decide(EXAMPLES[1]!);
    const lines = usageSection(decision, summary, 14);
    expect(lines[0]).toBe('USAGE METRICS (last 14 days, per minute):');
    expect(lines.join('\n')).toContain(expected);
  });

  it('an e-mail subject never passes the SNS limit, whatever the names', () => {
    expect(emailSubject('CRITICAL', 'C'.repeat(200), 'M'.repeat(200), 'Quota Request').length).toBeLessThanOrEqual(SUBJECT_LIMIT);
  });
});

describe('alarm event parsing', () => {
  it.each([
    ['arn:aws:cloudwatch:us-east-1:123456789012:alarm:Acme-Bedrock-Throttles-Critical-M', 'Acme-Bedrock-Throttles-Critical-M'],
    ['arn:aws:cloudwatch:us-east-1:123456789012:alarm:name:with:colons', 'name:with:colons'],
    ['arn:aws:cloudwatch:us-east-1:123456789012:alarm:', undefined],
    ['arn:aws:sns:us-east-1:123456789012:topic', undefined],
    ['Acme-Bedrock-Throttles-Critical-M', undefined],
  ])('alarm name of %s', (arn, name) => {
    expect(alarmNameFromArn(arn)).toBe(name);
  });

  it.each([
    ['the composite\'s triggering alarms', JSON.stringify({ triggeringAlarms: [{ arn: 'arn:aws:cloudwatch:r:1:alarm:A' }, { arn: 'arn:aws:cloudwatch:r:1:alarm:B' }] }), ['A', 'B']],
    ['no reasonData', undefined, []],
    ['not JSON', '{oops', []],
    ['entries without an alarm ARN', JSON.stringify({ triggeringAlarms: [{ arn: 42 }, {}, { arn: 'arn:aws:sns:r:1:t' }] }), []],
  ])('triggering alarm names: %s', (_name, reasonData, names) => {
    expect(triggeringAlarmNames(reasonData)).toEqual(names);
  });

  it.each([
    ['2019-10-02T17:04:40.989+0000', '2019-10-02T17:04:40.989Z'],
    ['2026-06-01T12:00:00.000+0200', '2026-06-01T10:00:00.000Z'],
    ['2026-06-01T10:00:00Z', '2026-06-01T10:00:00.000Z'],
    ['not a time', 'not a time'],
  ])('timestamp %s -> %s', (raw, iso) => {
    expect(normaliseTimestamp(raw)).toBe(iso);
  });

  it('a transition is its alarm and its normalised time, so the two spellings of one time are one transition', () => {
    expect(transitionId('arn:a', '2019-10-02T17:04:40.989+0000')).toBe(transitionId('arn:a', '2019-10-02T17:04:40.989Z'));
  });
});

describe('the account and Region in the texts (organization mode, and single-account: both are known)', () => {
  const e = EXAMPLES[1] as Example;
  const { classification, decision } = decide(e);
  const caseInput = { customerName: 'Acme', model, region: 'us-west-2', compositeAlarmName: 'Acme-Bedrock-Composite-G-Opus-4-6', classification, decision,
    usage: usage(...e.peaks), usageWindowDays: 14, useCaseDescription: 'Chat', newAlarms: classification.alarms, at: '2026-06-01T10:00:00.000Z', append: false };
  const emailInput = { customerName: 'Acme', model, region: 'us-west-2', classification, decision, usage: usage(...e.peaks), usageWindowDays: 14,
    caseAction: { action: 'created' as const, via: 'support' as const, caseId: 'case-1', displayId: '178100000000001' },
    executionArn: 'arn:aws:states:us-east-1:111111111111:execution:ops-alert:exec-1' };

  it.each([
    ['with its friendly name', { account: '222222222222', accountName: 'Payments-Prod' }, '222222222222 (Payments-Prod)'],
    ['without one', { account: '222222222222' }, '222222222222'],
    ['with a name that tries to start a line', { account: '222222222222', accountName: 'Pay\nACTION REQUESTED: x' }, '222222222222 (Pay ACTION REQUESTED: x)'],
  ])('the case body and the e-mail name the account %s, and the Region', (_what, account, label) => {
    expect(caseBody({ ...caseInput, ...account }).split('\n')).toEqual(expect.arrayContaining([`ACCOUNT: ${label}`, 'REGION: us-west-2']));
    expect(incidentEmail({ ...emailInput, ...account }).body.split('\n')[1]).toBe(`Account: ${label}, Region: us-west-2`);
    expect(failureEmail({ customerName: 'Acme', region: 'us-east-1', executionArn: emailInput.executionArn, executionName: 'exec-1', error: { name: 'E', message: 'm' },
      incident: { region: 'us-west-2', ...account } }).body).toContain(`Account: ${label}, Region: us-west-2`);
  });

  it('links the execution in the workflow\'s Region (the hub\'s), not the incident\'s', () => {
    const body = incidentEmail({ ...emailInput, account: '222222222222' }).body;
    expect(body).toContain('Execution: https://us-east-1.console.aws.amazon.com/states/home?region=us-east-1#');
    expect(executionRegion('arn:aws:states:eu-west-3:1:execution:sm:x')).toBe('eu-west-3');
    expect(executionRegion('not-an-arn')).toBeUndefined();
  });
});
