/**
 * The Lambda steps of the workflow and the substitution map that fills the `${...}` placeholders of
 * statemachine/ops-alert.asl.json. The CDK app and the local runtime both build the map with `buildSubstitutions`,
 * so the definition they run is the same.
 */
import type { Ports } from '../ports/index.js';

/** The ports a step may take (src/ports): a type-only import, so the CDK app reads this module without the adapters. */
type PortName = keyof Ports;

/**
 * Every Lambda step, once. `ports`: the ports the step takes. It is the one list both sides derive from: the handler
 * entry (handlers/*.ts) must build exactly these ports (src/lambda/aws-deps.ts checks it at compile time), the local
 * runtime hands the step only these, and the CDK app grants the function what these ports can call
 * (src/adapters/port-grants.ts), nothing else. `idempotencyKey`: a side-effecting step runs idempotently on this
 * business key (JMESPath into its input) with the idempotency table, which is then granted too.
 */
export const LAMBDA_STEPS = [
  { id: 'ResolveChildAlarms', entry: 'handlers/resolve-child-alarms.ts', placeholder: 'ResolveChildAlarmsFunctionArn', ports: ['alarms', 'settings'] },
  { id: 'ClassifyAlarms', entry: 'handlers/classify-alarms.ts', placeholder: 'ClassifyAlarmsFunctionArn', ports: ['alarms'] },
  { id: 'FetchQuotas', entry: 'handlers/fetch-quotas.ts', placeholder: 'FetchQuotasFunctionArn', ports: ['quotas'] },
  { id: 'FetchUsage', entry: 'handlers/fetch-usage.ts', placeholder: 'FetchUsageFunctionArn', ports: ['usage', 'clock'] },
  { id: 'DecideScenario', entry: 'handlers/decide-scenario.ts', placeholder: 'DecideScenarioFunctionArn', ports: [] },
  { id: 'FindOpenCase', entry: 'handlers/find-open-case.ts', placeholder: 'FindOpenCaseFunctionArn', ports: ['cases', 'ledger', 'clock', 'executions'] },
  { id: 'RequestQuotaIncrease', entry: 'handlers/request-quota-increase.ts', placeholder: 'RequestQuotaIncreaseFunctionArn', ports: ['quotaRequests'], idempotencyKey: 'classification.incidentKey' },
  { id: 'PollQuotaCase', entry: 'handlers/poll-quota-case.ts', placeholder: 'PollQuotaCaseFunctionArn', ports: ['quotaRequests', 'cases', 'ledger', 'clock'], idempotencyKey: '[classification.incidentKey, quotaRequest.attempts]' },
  { id: 'CreateSupportCase', entry: 'handlers/create-support-case.ts', placeholder: 'CreateSupportCaseFunctionArn', ports: ['cases', 'ledger', 'clock', 'executions'], idempotencyKey: 'classification.incidentKey' },
  { id: 'AppendToCase', entry: 'handlers/append-to-case.ts', placeholder: 'AppendToCaseFunctionArn', ports: ['cases', 'ledger', 'clock'], idempotencyKey: '[classification.incidentKey, openCase.ledgerKey]' },
  { id: 'Notify', entry: 'handlers/notify.ts', placeholder: 'NotifyFunctionArn', ports: ['notifications', 'ledger'], idempotencyKey: 'classification.incidentKey' },
  // Not a state of the workflow: an EventBridge rule on the execution's status change (FAILED, TIMED_OUT, ABORTED)
  // invokes it, so a failed execution stops at the failed step and a redrive re-runs that step.
  { id: 'NotifyFailure', entry: 'handlers/notify-failure.ts', placeholder: 'NotifyFailureFunctionArn', ports: ['notifications', 'ledger', 'settings'], idempotencyKey: '[detail.executionArn, detail.status, detail.stopDate]', trigger: 'execution-status-change' },
] as const satisfies readonly { id: string; entry: string; placeholder: string; ports: readonly PortName[]; idempotencyKey?: string; trigger?: string }[];

export type LambdaStepId = (typeof LAMBDA_STEPS)[number]['id'];
export type LambdaStep = (typeof LAMBDA_STEPS)[number];

/** The ports step `S` takes, as a union of port names. */
export type StepPortName<S extends LambdaStepId> = Extract<LambdaStep, { id: S }>['ports'][number];

export const lambdaStep = (id: LambdaStepId): LambdaStep => {
  const step = LAMBDA_STEPS.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`No Lambda step ${id}`);
  return step;
};

/** The business key a side-effecting step is idempotent on; undefined for a step without side effects. */
export const idempotencyKeyOf = (id: LambdaStepId): string | undefined => {
  const step = lambdaStep(id);
  return 'idempotencyKey' in step ? step.idempotencyKey : undefined;
};

export const STATE_MACHINE_DEFINITION_PATH = 'statemachine/ops-alert.asl.json';

/** Fills every `${Placeholder}` of the definition: one function ARN per Lambda step. */
export const buildSubstitutions = (functionArnOf: (step: LambdaStepId) => string): Record<string, string> =>
  Object.fromEntries(WORKFLOW_TASK_STEPS.map((step) => [step.placeholder, functionArnOf(step.id)]));

/** The steps the state machine invokes as Tasks (every step but the ones started by another trigger). */
export const WORKFLOW_TASK_STEPS = LAMBDA_STEPS.filter((step) => !('trigger' in step));

/** The step a function ARN belongs to, for the local runtime's dispatcher (ARN built by `localFunctionArn`). */
export const LOCAL_FUNCTION_PREFIX = 'arn:aws:lambda:local:000000000000:function:ops-alert-';
export const localFunctionArn = (step: LambdaStepId): string => `${LOCAL_FUNCTION_PREFIX}${step}`;
export const stepOfLocalFunctionArn = (arn: string): LambdaStepId | undefined => {
  if (!arn.startsWith(LOCAL_FUNCTION_PREFIX)) return undefined;
  const id = arn.slice(LOCAL_FUNCTION_PREFIX.length);
  return LAMBDA_STEPS.find((step) => step.id === id)?.id;
};
