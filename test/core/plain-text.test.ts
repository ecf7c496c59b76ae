/**
 * Issue 11 item 9: free text from the event, the settings or an AWS answer never forges a line, a section or a link
 * in a case (subject, body) or an e-mail (subject, body). Each row injects "\nINJECTED ..." (and other control or
 * invisible characters) into one field; no line of any text may then start with the injected text, subjects are one
 * line under 100 characters, and every link is built from checked parts only.
 */
/* eslint-disable no-control-regex -- the point of these tests is control characters */
import type { CaseAction } from '#core/case-action.js';
import { caseBody, caseSubject, type CaseTextInput } from '#core/case-text.js';
import { classifyAlarms, type ClassifiedAlarm } from '#core/classify.js';
import { decideScenario, type Decision } from '#core/decide.js';
import { emailSubject, failureEmail, incidentEmail, markPossibleRepeat, type EmailInput, type FailureEmailInput } from '#core/email-text.js';
import type { FiredAlarm, ModelQuotas } from '#core/model.js';
import { oneLine } from '#core/plain-text.js';
import type { UsageSummary } from '#core/usage.js';

const INJECTED = '\nINJECTED: Execution: https://evil.example/x\r\n\u2028INJECTED-2\u202e';

const fired: FiredAlarm[] = [
  { name: 'Acme-Bedrock-Throttles-Critical-G-Opus-4-6', arn: 'arn:aws:cloudwatch:us-east-1:123456789012:alarm:T', kind: 'Throttles', since: '2026-06-01T10:00:00.000Z', reason: 'Threshold crossed' },
];
const quotas: ModelQuotas = {
  rpm: { quota: 'RPM', code: 'L-00000001', name: 'Requests per minute for G', value: 10000, adjustable: true },
  tpm: { quota: 'TPM', code: 'L-00000002', name: 'Tokens per minute for G', value: 6250000, adjustable: true },
};
const usage: UsageSummary = { windowDays: 14, activeMinutes: 100, windowMinutes: 20160, peakRpm: 9500, peakTpm: 6000000, steadyRpm: 100, steadyTpm: 1000, avgInputTokensPerRequest: 10, avgOutputTokensPerRequest: 10, tpmSource: 'estimated' };
const policy = { rpmIncreasePercent: 25, tpmIncreasePercent: 25, rpmThresholdPercent: 80, tpmThresholdPercent: 80 };

interface Fields {
  customerName: string;
  modelName: string;
  modelId: string;
  region: string;
  account: string;
  accountName: string;
  compositeAlarmName: string;
  useCaseDescription: string;
  alarmName: string;
  alarmReason: string;
  alarmSince: string;
  quotaName: string;
  requestId: string;
  requestStatus: string;
  displayId: string;
  caseSubject: string;
  detail: string;
  unrequestedReason: string;
  errorName: string;
  errorMessage: string;
  executionName: string;
  failedState: string;
}

const clean: Fields = {
  customerName: 'Acme', modelName: 'G-Opus-4-6', modelId: 'global.anthropic.claude-opus-4-6-v1', region: 'us-east-1',
  account: '222222222222', accountName: 'Payments-Prod', compositeAlarmName: 'Acme-Bedrock-Composite-G-Opus-4-6', useCaseDescription: 'Chat assistant', alarmName: fired[0]?.name ?? '',
  alarmReason: 'Threshold crossed', alarmSince: '2026-06-01T10:00:00.000Z', quotaName: 'Tokens per minute for G', requestId: 'req-1',
  requestStatus: 'CASE_OPENED', displayId: '178100000000001', caseSubject: 'Acme - Bedrock Ops Alert - G-Opus-4-6 - Quota Request',
  detail: 'Support refused', unrequestedReason: 'not adjustable here', errorName: 'InvalidSettingsError', errorMessage: 'bad settings',
  executionName: 'exec-1', failedState: 'DecideScenario',
};

/** Every text the workflow writes from these fields: case subject and bodies (new and append), e-mails (incident, repeat, failure). */
const textsOf = (f: Fields): { caseSubjects: string[]; subjects: string[]; bodies: string[] } => {
  const alarms: ClassifiedAlarm[] = classifyAlarms([{ ...fired[0], name: f.alarmName, reason: f.alarmReason, since: f.alarmSince } as FiredAlarm]).alarms;
  const classification = { ...classifyAlarms(fired), alarms };
  const base: Decision = decideScenario({ classification, quotas, usage, policy });
  const decision: Decision = { ...base, quotaIncreases: base.quotaIncreases.map((q) => ({ ...q, name: f.quotaName })) };
  const quotaRequests = [{ quota: 'TPM' as const, quotaCode: 'L-00000002', requestId: f.requestId, desiredValue: 7812500, status: f.requestStatus, caseDisplayId: f.displayId, alreadyPending: false }];
  const caseInput = (append: boolean): CaseTextInput => ({
    customerName: f.customerName, model: { name: f.modelName, modelId: f.modelId }, region: f.region, account: f.account, accountName: f.accountName, compositeAlarmName: f.compositeAlarmName,
    classification, decision, usage, usageWindowDays: 14, useCaseDescription: f.useCaseDescription, newAlarms: alarms, at: f.alarmSince, append,
    quotaRequests, thisCaseDisplayId: f.displayId,
  });
  const actions: CaseAction[] = [
    { action: 'created', via: 'service_quotas', caseId: 'case-1', displayId: f.displayId, subject: f.caseSubject, quotaRequests, unrequested: [{ quota: 'RPM', quotaCode: 'L-00000001', desiredValue: 12500, reason: f.unrequestedReason }] },
    { action: 'appended', via: 'support', caseId: 'case-1', displayId: f.displayId, subject: f.caseSubject, caseCreatedAt: f.alarmSince },
    { action: 'none', reason: 'quota_request_ended', quotaRequests: quotaRequests.map((r) => ({ ...r, status: 'DENIED' })) },
    { action: 'none', detail: f.detail },
    { action: 'failed', detail: f.detail },
  ];
  const emailInput = (caseAction: CaseAction): EmailInput => ({
    customerName: f.customerName, model: { name: f.modelName, modelId: f.modelId }, region: f.region, account: f.account, accountName: f.accountName, classification, decision, usage,
    usageWindowDays: 14, caseAction, executionArn: `arn:aws:states:us-east-1:123456789012:execution:sm:${f.executionName}`,
  });
  const emails = actions.map((a) => incidentEmail(emailInput(a)));
  const failure: FailureEmailInput = {
    customerName: f.customerName, region: f.region, executionArn: `arn:aws:states:us-east-1:123456789012:execution:sm:${f.executionName}`,
    executionName: f.executionName, modelName: f.modelName, incident: { account: f.account, region: f.region, accountName: f.accountName }, error: { name: f.errorName, message: f.errorMessage }, failedState: f.failedState,
  };
  const all = [...emails, markPossibleRepeat(emails[0] as ReturnType<typeof incidentEmail>), failureEmail(failure)];
  return {
    caseSubjects: [caseSubject(f.customerName, f.modelName, decision.caseType)],
    subjects: [emailSubject('CRITICAL', f.customerName, f.modelName, decision.caseType), ...all.map((e) => e.subject)],
    bodies: [caseBody(caseInput(false)), caseBody(caseInput(true)), ...all.map((e) => e.body)],
  };
};

const LINK = /https?:\/\/[^\s)]+/g;
/** The only links a text may hold: the Support console by display id, the Step Functions console by Region and encoded ARN. */
const ALLOWED_LINK = /^https:\/\/(console\.aws\.amazon\.com\/support\/home#\/case\/(\?displayId=[0-9]+|history)|([a-z]{2}(-[a-z]+)+-[0-9]{1,2}\.)?console\.aws\.amazon\.com\/states\/home(\?region=[a-z]{2}(-[a-z]+)+-[0-9]{1,2})?#\/v2\/executions\/details\/[A-Za-z0-9%._-]+)$/;

describe('free text in cases and e-mails (issue 11 item 9)', () => {
  test('the clean texts hold the fields and only allowed links (the table below is meaningful)', () => {
    const { bodies } = textsOf(clean);
    expect(bodies.join('\n')).toContain('MODEL ID: global.anthropic.claude-opus-4-6-v1');
    // Every body names the account (with its friendly name) and the Region: the cases, the incident and failure e-mails.
    for (const body of bodies) expect(body).toMatch(/(ACCOUNT: 222222222222 \(Payments-Prod\)\nREGION: us-east-1|Account: 222222222222 \(Payments-Prod\), Region: us-east-1)/);
    for (const link of bodies.join('\n').match(LINK) ?? []) expect(link).toMatch(ALLOWED_LINK);
  });

  test.each(Object.keys(clean) as (keyof Fields)[])('%s with line breaks and control characters cannot forge a line, a subject or a link', (field) => {
    const { caseSubjects, subjects, bodies } = textsOf({ ...clean, [field]: `${clean[field]}${INJECTED}` });
    for (const body of bodies) {
      // One assertion over every line (not one per line: each expect() costs ~0.1 ms, and these are ~7,000 lines).
      expect(body.split('\n').filter((line) => /^INJECTED/.test(line.trimStart()))).toEqual([]);
      expect(body).not.toMatch(/[\r\u2028\u2029\u202e]/);
      for (const link of body.match(LINK) ?? []) if (!link.includes('evil')) expect(link).toMatch(ALLOWED_LINK);
      // The injected link stays inside its line: never the start of a line, never an "Execution:" line of its own.
      expect(body.split('\n').filter((l) => l.startsWith('Execution:')).every((l) => ALLOWED_LINK.test(l.slice('Execution: '.length)))).toBe(true);
    }
    // Support's subject has no length limit; SNS wants fewer than 100 characters.
    for (const subject of caseSubjects) expect(subject).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
    for (const subject of subjects) {
      expect(subject).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/);
      expect(subject.length).toBeLessThan(100);
    }
  });

  test.each([
    ['region', { region: 'us-east-1.evil.example' }],
    ['displayId', { displayId: '1781@evil.example/' }],
  ] as const)('a %s that is not what it claims to be never becomes part of a link', (_field, bad) => {
    const { bodies } = textsOf({ ...clean, ...bad });
    for (const body of bodies) for (const link of body.match(LINK) ?? []) expect(link).toMatch(ALLOWED_LINK);
  });
});

describe('oneLine', () => {
  test.each([
    ['a\nb', 'a b'],
    ['a\r\n\tb', 'a b'],
    ['a\u2028b\u2029c', 'a b c'],
    ['a\u202eb\u200bc\ufeff', 'a b c'],
    ['  x  ', 'x'],
    ['\u0085next', 'next'],
  ])('%j → %j', (input, expected) => {
    expect(oneLine(input)).toBe(expected);
  });
  test('cuts to the limit with an ellipsis; any value becomes a string', () => {
    expect(oneLine('abcdef', 4)).toBe('abc…');
    expect(oneLine(undefined)).toBe('');
    expect(oneLine(42)).toBe('42');
  });
});
