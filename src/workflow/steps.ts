/**
 * The Lambda steps of the workflow and the substitution map that fills the `${...}` placeholders of
 * statemachine/ops-alert.asl.json. The CDK app and the local runtime both build the map with `buildSubstitutions`,
 * so the definition they run is the same.
 */

/**
 * `awsActions`: what each step's function may call, for least-privilege IAM in the CDK app. Besides IAM actions:
 * `idempotency` = read/write the idempotency table, `ledger:read` / `ledger:write` = the case ledger table.
 * Every step also reads the settings parameter (ssm:GetParameter).
 */
export const LAMBDA_STEPS = [
  { id: 'ResolveChildAlarms', entry: 'handlers/resolve-child-alarms.ts', placeholder: 'ResolveChildAlarmsFunctionArn', awsActions: ['cloudwatch:DescribeAlarms'] },
  { id: 'ClassifyAlarms', entry: 'handlers/classify-alarms.ts', placeholder: 'ClassifyAlarmsFunctionArn', awsActions: [] },
  { id: 'FetchQuotas', entry: 'handlers/fetch-quotas.ts', placeholder: 'FetchQuotasFunctionArn', awsActions: ['servicequotas:GetServiceQuota', 'servicequotas:GetAWSDefaultServiceQuota', 'servicequotas:ListServiceQuotas', 'servicequotas:ListAWSDefaultServiceQuotas'] },
  { id: 'FetchUsage', entry: 'handlers/fetch-usage.ts', placeholder: 'FetchUsageFunctionArn', awsActions: ['cloudwatch:GetMetricData'] },
  { id: 'DecideScenario', entry: 'handlers/decide-scenario.ts', placeholder: 'DecideScenarioFunctionArn', awsActions: [] },
  { id: 'FindOpenCase', entry: 'handlers/find-open-case.ts', placeholder: 'FindOpenCaseFunctionArn', awsActions: ['support:DescribeCases', 'servicequotas:ListRequestedServiceQuotaChangeHistoryByQuota', 'ledger:read'] },
  { id: 'RequestQuotaIncrease', entry: 'handlers/request-quota-increase.ts', placeholder: 'RequestQuotaIncreaseFunctionArn', awsActions: ['servicequotas:RequestServiceQuotaIncrease', 'servicequotas:GetRequestedServiceQuotaChange', 'servicequotas:ListRequestedServiceQuotaChangeHistoryByQuota', 'support:DescribeCases', 'idempotency', 'ledger:write'] },
  { id: 'PollQuotaCase', entry: 'handlers/poll-quota-case.ts', placeholder: 'PollQuotaCaseFunctionArn', awsActions: ['servicequotas:GetRequestedServiceQuotaChange', 'support:DescribeCases', 'support:AddCommunicationToCase', 'idempotency', 'ledger:write'] },
  { id: 'CreateSupportCase', entry: 'handlers/create-support-case.ts', placeholder: 'CreateSupportCaseFunctionArn', awsActions: ['support:CreateCase', 'support:DescribeServices', 'support:DescribeSeverityLevels', 'support:DescribeCases', 'idempotency', 'ledger:write'] },
  { id: 'AppendToCase', entry: 'handlers/append-to-case.ts', placeholder: 'AppendToCaseFunctionArn', awsActions: ['support:AddCommunicationToCase', 'support:DescribeCases', 'idempotency', 'ledger:write'] },
  { id: 'Notify', entry: 'handlers/notify.ts', placeholder: 'NotifyFunctionArn', awsActions: ['sns:Publish', 'idempotency', 'ledger:write'] },
  // Not a state of the workflow: an EventBridge rule on the execution's status change (FAILED, TIMED_OUT, ABORTED)
  // invokes it, so a failed execution stops at the failed step and a redrive re-runs that step.
  { id: 'NotifyFailure', entry: 'handlers/notify-failure.ts', placeholder: 'NotifyFailureFunctionArn', awsActions: ['sns:Publish', 'idempotency', 'ledger:write'], trigger: 'execution-status-change' },
] as const;

export type LambdaStepId = (typeof LAMBDA_STEPS)[number]['id'];

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
