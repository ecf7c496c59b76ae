/**
 * What each port's adapters can call on AWS, and on which resource: the one list the Lambda roles are built from.
 * A step's function is granted the calls of the ports it takes (its `ports`, src/steps/defs/), plus the
 * idempotency table when it is idempotent: nothing is written per step, so a grant cannot drift from the code.
 *
 * Calls are named as the adapters label them ("Service.Operation", the label of `callAws`/`mapAwsError` in
 * src/adapters/aws and src/adapters/dynamodb, and of the sandbox's call counts); `iamAction` turns a label into its
 * IAM action. test/workflow/grants.test.ts checks that these lists are exactly what the adapters' code calls, and that
 * every sample scenario's calls of each step are allowed by that step's synthesized role.
 *
 * Pure and free of SDK imports: the CDK app imports it.
 */
import type { Ports, ThresholdUpdaterPorts } from '#ports/index.js';

/** The label's service → the IAM service prefix. */
export const IAM_PREFIX = {
  CloudWatch: 'cloudwatch',
  ServiceQuotas: 'servicequotas',
  Support: 'support',
  SNS: 'sns',
  SSM: 'ssm',
  DynamoDB: 'dynamodb',
  SFN: 'states',
  STS: 'sts',
  Bedrock: 'bedrock',
  CloudFormation: 'cloudformation',
} as const;

export type AwsService = keyof typeof IAM_PREFIX;
/** "Service.Operation", e.g. "CloudWatch.DescribeAlarms". */
export type AwsCall = `${AwsService}.${string}`;

/**
 * Where a call is allowed. `any`: the action has no resource-level permission that fits (`why` says why, and becomes
 * the cdk-nag acknowledgement's reason); the others are resources of the deployment the CDK app resolves.
 */
export type GrantTarget =
  | 'any' | 'bedrockQuotas' | 'settingsParameter' | 'notificationTopic' | 'caseLedgerTable' | 'idempotencyTable' | 'workflowExecutions'
  | 'deploymentAlarms' | 'thresholdHistoryTable' | 'spokeRoles' | 'systemInferenceProfiles' | 'spokeStackSet';

export interface PortGrant {
  calls: readonly AwsCall[];
  on: GrantTarget;
  /** Required when `on` is `any`. */
  why?: string;
}

const SUPPORT_ANY = 'The AWS Support API has no resource-level permissions: every Support action is authorised on "*" (service authorization reference).';

/** Every port, every call its AWS (or DynamoDB) adapter can make. The clock calls nothing. */
export const PORT_GRANTS: { readonly [P in keyof Ports]: readonly PortGrant[] } = {
  alarms: [{
    calls: ['CloudWatch.DescribeAlarms'],
    on: 'any',
    why: 'DescribeAlarms returns composite alarms only to a caller allowed cloudwatch:DescribeAlarms on "*" (DescribeAlarms API reference); ' +
      'the workflow reads its composite alarm and the children (AlarmTypes MetricAlarm and CompositeAlarm). Read-only.',
  }],
  usage: [{ calls: ['CloudWatch.GetMetricData'], on: 'any', why: 'GetMetricData has no resource-level permission for metrics (service authorization reference).' }],
  quotas: [
    { calls: ['ServiceQuotas.GetServiceQuota'], on: 'bedrockQuotas' },
    {
      calls: ['ServiceQuotas.GetAWSDefaultServiceQuota', 'ServiceQuotas.ListServiceQuotas', 'ServiceQuotas.ListAWSDefaultServiceQuotas'],
      on: 'any',
      why: 'These Service Quotas reads and listings have no resource type in the service authorization reference: "*" is required.',
    },
  ],
  quotaRequests: [
    // The current value is read first (an increase must ask for more), then the request; an already pending request is listed.
    { calls: ['ServiceQuotas.GetServiceQuota', 'ServiceQuotas.RequestServiceQuotaIncrease', 'ServiceQuotas.ListRequestedServiceQuotaChangeHistoryByQuota'], on: 'bedrockQuotas' },
    {
      calls: ['ServiceQuotas.GetAWSDefaultServiceQuota', 'ServiceQuotas.GetRequestedServiceQuotaChange'],
      on: 'any',
      why: 'GetAWSDefaultServiceQuota and GetRequestedServiceQuotaChange (a request id, which has no ARN) have no resource type: "*" is required.',
    },
  ],
  cases: [{
    calls: ['Support.DescribeCases', 'Support.CreateCase', 'Support.DescribeServices', 'Support.DescribeSeverityLevels', 'Support.AddCommunicationToCase', 'Support.DescribeCommunications'],
    on: 'any',
    why: SUPPORT_ANY,
  }],
  notifications: [{ calls: ['SNS.Publish'], on: 'notificationTopic' }],
  // Whether the execution holding a case claim is finished (an abandoned claim is taken over at once). Read-only.
  executions: [{ calls: ['SFN.DescribeExecution'], on: 'workflowExecutions' }],
  settings: [{ calls: ['SSM.GetParameter'], on: 'settingsParameter' }],
  ledger: [{ calls: ['DynamoDB.GetItem', 'DynamoDB.PutItem', 'DynamoDB.UpdateItem', 'DynamoDB.DeleteItem'], on: 'caseLedgerTable' }],
  clock: [],
};

/**
 * The threshold updater's ports (src/threshold-updater): the workflow's quotas, notifications and settings, its alarms (the usage
 * alarms of this deployment), its history and the stored deployment description (one table).
 */
export const THRESHOLD_UPDATER_GRANTS: { readonly [P in keyof ThresholdUpdaterPorts | 'deployments']: readonly PortGrant[] } = {
  quotas: PORT_GRANTS.quotas,
  notifications: PORT_GRANTS.notifications,
  // The threshold percents: read from the runtime settings parameter on every run, like the steps read them.
  settings: PORT_GRANTS.settings,
  alarms: [
    { calls: ['CloudWatch.DescribeAlarms', 'CloudWatch.PutMetricAlarm', 'CloudWatch.DeleteAlarms'], on: 'deploymentAlarms' },
    {
      calls: ['CloudWatch.PutCompositeAlarm'],
      on: 'any',
      why: '"You must be signed on with the cloudwatch:PutCompositeAlarm permission that is scoped to *" (PutCompositeAlarm API reference).',
    },
  ],
  history: [{ calls: ['DynamoDB.PutItem', 'DynamoDB.Query', 'DynamoDB.Scan'], on: 'thresholdHistoryTable' }],
  deployments: [{ calls: ['DynamoDB.PutItem', 'DynamoDB.GetItem'], on: 'thresholdHistoryTable' }],
  // Which application inference profiles draw on each model's quota (src/adapters/aws/inference-profiles.ts). Read-only.
  profiles: [
    {
      calls: ['Bedrock.ListInferenceProfiles'],
      on: 'any',
      why: 'bedrock:ListInferenceProfiles has no resource type in the service authorization reference: "*" is required. Read-only.',
    },
    // Only system-defined profiles are read one by one (a monitored cross-Region profile's models).
    { calls: ['Bedrock.GetInferenceProfile'], on: 'systemInferenceProfiles' },
  ],
  // Organization mode: the accounts and Regions where the spoke stack set has instances (src/adapters/aws/stack-instances.ts). Read-only.
  stackInstances: [{ calls: ['CloudFormation.ListStackInstances'], on: 'spokeStackSet' }],
};

/** Updater ports that exist in organization mode only: a single-account updater is not granted their calls. */
export const THRESHOLD_ORGANIZATION_PORTS = ['stackInstances'] as const satisfies readonly (keyof ThresholdUpdaterPorts)[];

/**
 * Organization mode: the updater ports that act in each account and Region (its quotas, alarms and profile discovery). The hub's updater
 * reaches them through the spoke role, which is granted these calls in its account; the updater itself keeps the
 * hub's ports (settings, history, deployment store, notifications) and SPOKE_ACCESS_GRANTS.
 */
export const THRESHOLD_SPOKE_PORTS = ['quotas', 'alarms', 'profiles'] as const satisfies readonly (keyof ThresholdUpdaterPorts)[];

/** What Powertools' DynamoDB persistence layer calls for an idempotent step. */
export const IDEMPOTENCY_GRANTS: readonly PortGrant[] = [
  { calls: ['DynamoDB.GetItem', 'DynamoDB.PutItem', 'DynamoDB.UpdateItem', 'DynamoDB.DeleteItem'], on: 'idempotencyTable' },
];

/**
 * Organization mode: what a hub step that acts in an account (its ports include a spoke port,
 * src/workflow/organization.ts) is granted instead of those ports' calls: assuming the spoke role of the organization's
 * accounts (src/adapters/aws/spoke-credentials.ts). The spoke role is granted the ports' calls in its account.
 */
export const SPOKE_ACCESS_GRANTS: readonly PortGrant[] = [{ calls: ['STS.AssumeRole'], on: 'spokeRoles' }];

/** Actions a target needs besides the calls themselves: publishing to a KMS-encrypted topic uses the topic's key. */
export const TARGET_KEY_ACTIONS: Readonly<Partial<Record<GrantTarget, readonly string[]>>> = {
  notificationTopic: ['kms:Decrypt', 'kms:GenerateDataKey*'],
};

/** "CloudWatch.DescribeAlarms" → "cloudwatch:DescribeAlarms". */
export const iamAction = (call: AwsCall): string => {
  const dot = call.indexOf('.');
  return `${IAM_PREFIX[call.slice(0, dot) as AwsService]}:${call.slice(dot + 1)}`;
};

/** The grants of a function that takes `ports` (and the idempotency table when `idempotent`). */
export const grantsOf = (ports: readonly (keyof Ports)[], idempotent: boolean): PortGrant[] => [
  ...ports.flatMap((port) => PORT_GRANTS[port]),
  ...(idempotent ? IDEMPOTENCY_GRANTS : []),
];

/** The grants of a step's function: the calls of its ports, and the idempotency table when it has an idempotency key. */
export const grantsOfStep = (step: { readonly ports: readonly (keyof Ports)[]; readonly idempotencyKey?: string }): PortGrant[] =>
  grantsOf(step.ports, step.idempotencyKey !== undefined);
