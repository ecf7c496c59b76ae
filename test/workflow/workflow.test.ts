/** The real definition on the local engine: every state exercised, bad input, every case outcome. */
import aslValidator from 'asl-validator';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TRANSIENT_ERROR_NAMES } from '#core/errors.js';
import { allStates, loadDefinition } from '#local/definition.js';
import { LocalWorkflow } from '#local/runtime.js';
import { PROJECT_ROOT } from '#local/project-root.js';
import { definitionValidations } from '#local/validated-definitions.js';
import { WORKFLOW_TASK_STEPS } from '#workflow/steps.js';
import type { ScenarioRun } from '#local/simulate.js';
import { simulate, withTables } from './helpers.js';

const tables = withTables();
const visited = new Set<string>();
const run = async (scenario: Record<string, unknown>, options: { everyEvent?: boolean } = {}): Promise<ScenarioRun> => {
  const result = await simulate(tables.get(), scenario, 'test', options);
  for (const r of result.results) r.execution.states.forEach((s) => visited.add(s));
  return result;
};
const at = '2026-06-01T10:00:00Z';
const compositeEvent = JSON.parse(readFileSync(join(PROJECT_ROOT, 'samples/events/composite-alarm-state-change.json'), 'utf8'));
const rawDefinition = JSON.parse(readFileSync(join(PROJECT_ROOT, 'statemachine/ops-alert.asl.json'), 'utf8'));

/**
 * asl-validator's verdict, its passes remembered as the local engine remembers the definitions it validated
 * (src/local/validated-definitions.ts: by the definition's text and package-lock.json, in the system's temporary
 * directory): compiling its JSON schemas is ~0.7 s of CPU on every run, and a verdict depends only on those. A
 * definition with any error is never remembered: validated, and reported, every time.
 */
const aslValidation = (definition: unknown): ReturnType<typeof aslValidator> => {
  const passed = definitionValidations(PROJECT_ROOT, join(tmpdir(), 'ops-alert-asl-validator-passed'));
  const json = JSON.stringify(definition);
  if (process.env.OPS_ALERT_VALIDATE_ALWAYS !== '1' && passed.isValidated(json)) return { isValid: true, errors: [], errorsText: () => '' };
  const validation = aslValidator(definition);
  if (validation.isValid && validation.errors.length === 0) passed.validated(json);
  return validation;
};

describe('the definition', () => {
  it('is valid ASL (asl-validator) with every resource a ${Placeholder} filled by the shared substitution map', () => {
    const validation = aslValidation(rawDefinition);
    expect(validation.errors).toEqual([]);
    expect(validation.isValid).toBe(true);
    const placeholders = [...readFileSync(join(PROJECT_ROOT, 'statemachine/ops-alert.asl.json'), 'utf8').matchAll(/\$\{(\w+)\}/g)].map((m) => m[1]);
    expect(new Set(placeholders)).toEqual(new Set(WORKFLOW_TASK_STEPS.map((s) => s.placeholder)));
    // NotifyFailure is not a state: EventBridge invokes it on the execution's status change, so a failed execution
    // stops at the failed step, which is what a redrive re-runs.
    expect(placeholders).not.toContain('NotifyFailureFunctionArn');
    expect(JSON.stringify(loadDefinition())).not.toContain('${');
  });

  it('retries the transient errors (and IdempotencyAlreadyInProgressError) with backoff and jitter, and catches the rest', () => {
    for (const [name, state] of allStates(rawDefinition.States)) {
      if (state.Type !== 'Task') continue;
      const retried = (state as unknown as { Retry: { ErrorEquals: string[]; JitterStrategy: string; BackoffRate: number }[] }).Retry;
      const errors = retried.flatMap((r) => r.ErrorEquals);
      for (const transient of TRANSIENT_ERROR_NAMES) expect([name, errors.includes(transient)]).toEqual([name, true]);
      expect(retried.every((r) => r.JitterStrategy === 'FULL' && r.BackoffRate >= 2)).toBe(true);
    }
  });

  it('fails loudly on a Task resource the local runtime cannot dispatch', () => {
    const definition = loadDefinition();
    (definition.States.ClassifyAlarms as { Resource: string }).Resource = 'arn:aws:states:::dynamodb:putItem';
    expect(() => new LocalWorkflow({ ports: () => { throw new Error('unused'); }, definition })).toThrow(/ClassifyAlarms.*cannot dispatch/);
  });

  it('validates every definition it is given: the real one once (then remembered), an invalid one every time', () => {
    const ports = (): never => { throw new Error('unused'); };
    expect(() => new LocalWorkflow({ ports })).not.toThrow();
    expect(() => new LocalWorkflow({ ports })).not.toThrow();
    const definition = loadDefinition();
    (definition.States.ClassifyAlarms as { Next?: string }).Next = 'NoSuchState';
    for (let i = 0; i < 2; i++) expect(() => new LocalWorkflow({ ports, definition })).toThrow(/NoSuchState|Next/);
  });
});

describe('bad input and nothing to do', () => {
  it('a malformed event fails the execution with InvalidEventError and a failure notification; no case', async () => {
    // Started by hand (the alarm rule would not deliver it): the workflow still refuses it visibly.
    const r = await run({ events: [{ 'detail-type': 'CloudWatch Alarm State Change', source: 'aws.cloudwatch', detail: { state: {} } }] }, { everyEvent: true });
    const [result] = r.results;
    expect(result?.execution).toMatchObject({ status: 'FAILED', error: 'InvalidEventError', failedState: 'ResolveChildAlarms' });
    expect(result?.execution.cause).toContain('event');
    expect(result?.execution.states).toEqual(['ResolveChildAlarms']);
    expect(result?.notification.subject).toContain('Workflow Failed');
    expect(r.account.cases).toHaveLength(0);
  });

  it('bad settings fail the execution with InvalidSettingsError naming the field, with a failure notification; no case', async () => {
    const r = await run({ settings: { quotaPolicy: { rpmIncreasePercent: 150 } }, events: [{ model: 'G-Opus-4-6', alarms: ['Throttles'], at }] });
    const result = r.results[0];
    expect(result?.execution).toMatchObject({ status: 'FAILED', error: 'InvalidSettingsError' });
    expect(result?.execution.cause).toContain('quotaPolicy/rpmIncreasePercent');
    expect(result?.notification.sent).toBe(true);
    expect(r.account.cases).toHaveLength(0);
    expect(r.account.requests).toHaveLength(0);
  });

  it('an alarm that is not the project\'s and an OK transition end quietly as nothing to do', async () => {
    const foreign = {
      version: '0', id: 'e1', 'detail-type': 'CloudWatch Alarm State Change', source: 'aws.cloudwatch', account: '123456789012', time: at, region: 'us-east-1',
      resources: ['arn:aws:cloudwatch:us-east-1:123456789012:alarm:SomeoneElse'], detail: { alarmName: 'SomeoneElse', state: { value: 'ALARM', timestamp: '2026-06-01T10:00:00.000+0000' } },
    };
    const scenario = { events: [foreign, { model: 'G-Opus-4-6', alarms: ['Throttles'], at }, { model: 'G-Opus-4-6', alarms: ['Throttles'], at: '2026-06-01T10:30:00Z', state: 'OK' }] };
    // The alarm rule delivers none of them but the child's ALARM (the composite's and the OK transitions start nothing)...
    const delivered = await run(scenario);
    expect(delivered.results.filter((x) => x.execution.states.length > 0).map((x) => x.event.alarmName)).toEqual(['Acme-Bedrock-Throttles-Critical-G-Opus-4-6']);
    expect(delivered.results.filter((x) => x.caseAction.reason === 'not_matched')).toHaveLength(4);
    // ...and started by hand, the workflow ends them quietly itself.
    const r = await run(scenario, { everyEvent: true });
    const nothing = r.results.filter((x) => x.execution.outcome === 'nothing_to_do');
    expect(nothing.map((x) => x.execution.states)).toEqual([['ResolveChildAlarms', 'AnythingToDo?', 'NothingToDo'], ['ResolveChildAlarms', 'AnythingToDo?', 'NothingToDo'], ['ResolveChildAlarms', 'AnythingToDo?', 'NothingToDo']]);
    expect(nothing[0]?.execution.reason).toContain('not one of this deployment');
    expect(nothing[1]?.execution.reason).toContain('went to OK');
    expect(nothing.every((x) => x.caseAction.action === 'none' && !x.notification.sent)).toBe(true);
    expect(r.results.filter((x) => x.caseAction.action === 'created')).toHaveLength(1);
    expect(r.account.emails).toHaveLength(1);
  });
});

describe('case outcomes', () => {
  it('case automation disabled: no Support or Service Quotas call, the e-mail says so', async () => {
    const r = await run({ settings: { caseAutomation: { enabled: false } }, events: [{ model: 'G-Opus-4-6', alarms: ['Throttles'], at }] });
    expect(r.results[0]?.caseAction.action).toBe('disabled');
    expect(r.results[0]?.execution.states).toContain('CaseAutomationDisabled');
    expect(r.results[0]?.notification.body).toContain('disabled in the runtime settings');
    expect(r.account.cases).toHaveLength(0);
    expect([...r.account.calls.keys()].some((k) => k.startsWith('Support.') || k.startsWith('ServiceQuotas.Request'))).toBe(false);
  });

  it('no Support plan: no case, and the e-mail says exactly that (never "disabled")', async () => {
    const r = await run({ supportPlan: false, events: [{ model: 'G-Opus-4-6', alarms: ['ServerErrors'], at }] });
    expect(r.results[0]?.caseAction).toMatchObject({ action: 'none', reason: 'no_support_plan' });
    expect(r.results[0]?.execution.states).toContain('NoSupportPlan');
    expect(r.results[0]?.notification.body).toContain('no Business, Enterprise On-Ramp or Enterprise Support plan');
    expect(r.results[0]?.notification.body).not.toContain('disabled');
  });

  it('nothing requestable: an RPM-only alarm on a model without an RPM quota makes no case and says why', async () => {
    const r = await run({
      models: [{ name: 'G-Opus-4-6', modelId: 'global.anthropic.claude-opus-4-6-v1', quotas: { tpm: 1000000 }, usage: { peakRpm: 900, peakTpm: 900000 } }],
      events: [{ model: 'G-Opus-4-6', alarms: ['InvocationAnomaly'], at }],
    });
    expect(r.results[0]?.decision?.quotaIncreases).toEqual([]);
    expect(r.results[0]?.caseAction).toMatchObject({ action: 'none', reason: 'nothing_requestable' });
    expect(r.results[0]?.notification.body).toContain('Bedrock no longer enforces RPM quotas');
  });

  it('waits for the Service Quotas case id with a bounded Wait/poll loop, then appends the context to that case', async () => {
    const r = await run({ quotaCaseOpensAfterPolls: 3, events: [{ model: 'G-Opus-4-6', alarms: ['HighTPMQuotaUsage'], at }] });
    const states = r.results[0]?.execution.states ?? [];
    expect(states.filter((s) => s === 'PollQuotaCase')).toHaveLength(3);
    expect(states.filter((s) => s === 'WaitForQuotaCase')).toHaveLength(2);
    const sqCase = r.account.cases.find((c) => c.openedBy === 'service_quotas');
    expect(sqCase?.communications.map((c) => c.body.split('\n')[0])).toEqual(['Amazon Bedrock Ops Alert - Automated Request']);
    expect(r.results[0]?.caseAction).toMatchObject({ action: 'created', via: 'service_quotas', displayId: sqCase?.displayId });
  });

  it('gives up waiting after quotaCasePoll.maxAttempts and says the request is pending', async () => {
    const r = await run({ quotaCaseOpensAfterPolls: 50, settings: { quotaCasePoll: { maxAttempts: 2, intervalSeconds: 5 } }, events: [{ model: 'G-Opus-4-6', alarms: ['HighTPMQuotaUsage'], at }] });
    expect(r.results[0]?.caseAction).toMatchObject({ action: 'created', reason: 'quota_case_pending', caseId: null });
    expect(r.results[0]?.notification.body).toContain('had not opened its support case yet');
  });

  it('falls back to a Support case when Service Quotas cannot take the request', async () => {
    const r = await run({ serviceQuotasAvailable: false, events: [{ model: 'G-Opus-4-6', alarms: ['HighTPMQuotaUsage'], at }] });
    expect(r.results[0]?.execution.states).toEqual(expect.arrayContaining(['RequestQuotaIncrease', 'QuotaRequestAccepted?', 'CreateSupportCase']));
    expect(r.results[0]?.caseAction).toMatchObject({ action: 'created', via: 'support', subject: 'Acme - Bedrock Ops Alert - G-Opus-4-6 - Quota Request' });
  });

  it('an increase already pending (ResourceAlreadyExistsException) appends to its case instead of requesting again', async () => {
    const r = await run({ pendingQuotaRequests: [{ model: 'G-Opus-4-6', quota: 'TPM', desiredValue: 7000000, created: '2026-05-30T10:00:00Z' }], events: [{ model: 'G-Opus-4-6', alarms: ['HighTPMQuotaUsage'], at }] });
    expect(r.results[0]?.caseAction).toMatchObject({ action: 'appended', via: 'service_quotas' });
    expect(r.account.requests).toHaveLength(1);
  });

  it('an open case of the same category is appended to; the same transitions arriving later are not appended again', async () => {
    const late = structuredClone(compositeEvent);
    // The composite reports again later (a new state timestamp) while the same child is still in ALARM.
    late.time = '2026-06-01T10:05:00Z';
    late.detail.state.timestamp = '2026-06-01T10:05:00.000+0000';
    const r = await run({
      openCases: [{ subject: 'Acme - Bedrock Ops Alert - G-Opus-4-6 - Investigation Request', timeCreated: '2026-05-30T10:00:00Z' }],
      events: [{ model: 'G-Opus-4-6', alarms: ['ServerErrors'], at }, late],
    }, { everyEvent: true });
    expect(r.results[0]?.caseAction).toMatchObject({ action: 'appended', subject: 'Acme - Bedrock Ops Alert - G-Opus-4-6 - Investigation Request' });
    const later = r.results[r.results.length - 1];
    expect(later?.caseAction.action).toBe('suppressed');
    expect(later?.execution.states).toContain('AlreadyCommunicated');
    expect(later?.notification.sent).toBe(false);
    expect(r.account.cases[0]?.communications).toHaveLength(1);
  });

  it('within the incident cool-down a repeat waits (CoolDown), then one sends the summary and the other is covered (SentWithinCoolDown)', async () => {
    const flap = (m: number, state = 'ALARM'): Record<string, unknown> => ({ model: 'G-Opus-4-6', alarms: ['Throttles'], at: `2026-06-01T10:0${m}:00Z`, state });
    const r = await run({
      supportPlan: true, serviceQuotasAvailable: false, settings: { settleWindowSeconds: 10 },
      openCases: [{ subject: 'Acme - Bedrock Ops Alert - G-Opus-4-6 - Quota Request', status: 'opened', timeCreated: '2026-05-20T10:00:00Z' }],
      events: [flap(0), flap(1, 'OK'), flap(2), flap(3, 'OK'), flap(4)],
    });
    expect(r.results.filter((x) => x.execution.states.includes('CoolDown'))).toHaveLength(2);
    expect(r.results.filter((x) => x.execution.states.includes('SentWithinCoolDown'))).toHaveLength(1);
    expect(r.account.emails).toHaveLength(2);
    expect(r.account.cases[0]?.communications).toHaveLength(2);
  });

  it('every state of the definition was exercised by these scenarios', () => {
    const all = allStates(rawDefinition.States).map(([name]) => name);
    const missing = all.filter((s) => !visited.has(s));
    expect(missing).toEqual([]);
  });
});
