/**
 * Organization mode (hub and spokes): the names both sides of the cross-account wiring derive from. The CDK app
 * builds the spoke role, the hub's event bus and the hub step roles from them; the hub's steps build the spoke role
 * ARN of an event's account and Region from the same functions. Pure: no SDK, no I/O.
 */
import { InvalidStepInputError } from '#core/errors.js';

/**
 * The ports whose adapters act in the account and Region of the event (CloudWatch, Service Quotas, Support): in
 * organization mode a step reaches them through the spoke role of that account. The others (notifications,
 * settings, ledger, executions, clock) stay in the hub.
 */
export const SPOKE_PORTS = ['alarms', 'usage', 'quotas', 'quotaRequests', 'cases'] as const;
export type SpokePort = (typeof SPOKE_PORTS)[number];

export const isSpokePort = (port: string): port is SpokePort => (SPOKE_PORTS as readonly string[]).includes(port);

/**
 * The spoke role's name: one per account (IAM is global). The stack set deploys the spoke to every configured Region,
 * but only the instance in the first of them (the "role Region") creates the role, which acts in every Region of the
 * account: so a hub step assumes it once per account, whatever the Region of the event. At most 32 + 14 characters.
 */
export const spokeRoleName = (customerName: string): string => `${customerName}-OpsAlertSpoke`;

export const spokeRoleArn = (options: { partition?: string; account: string; roleName: string }): string =>
  `arn:${options.partition ?? 'aws'}:iam::${options.account}:role/${options.roleName}`;

/**
 * The IAM path of the hub step roles that may assume a spoke role: the spoke role trusts only role ARNs under it in
 * the hub account (`aws:PrincipalArn`), so no other principal of the hub, not even an administrator's, can use it.
 */
export const hubStepRolePath = (customerName: string): string => `/bedrock-ops-alert/${customerName}/spoke-access/`;

/** `arn:aws:iam::{hub}:role/bedrock-ops-alert/{Customer}/spoke-access/*`: the principals a spoke role trusts. */
export const hubStepRoleArnPattern = (options: { partition?: string; hubAccount: string; customerName: string }): string =>
  `arn:${options.partition ?? 'aws'}:iam::${options.hubAccount}:role${hubStepRolePath(options.customerName)}*`;

/**
 * The stack set of a spoke template: group 1 is the spoke (the access role, the forwarding rule and the first model
 * group's alarms), each further model group's alarms have a stack set of their own. The threshold updater lists the
 * instances of group 1 (infra/constructs/spoke-stack-sets.ts creates them, src/threshold-updater/update.ts reads them).
 */
export const spokeStackSetName = (stackNamePrefix: string, group: number): string =>
  group === 1 ? `${stackNamePrefix}-Spoke` : `${stackNamePrefix}-Spoke-Alarms-${group}`;

/** The hub's event bus that receives the spokes' alarm events. */
export const hubEventBusName = (customerName: string): string => `${customerName}-BedrockOpsAlert-Organization`;

/** The session name of a hub step in a spoke (CloudTrail of the spoke shows which step acted). */
export const spokeSessionName = (step: string): string => `bedrock-ops-alert-${step}`.slice(0, 64);

/** Where a step acts: the account and Region of the incident (or, for the first step, of the alarm event). */
export interface SpokeTarget {
  account: string;
  region: string;
}

const ACCOUNT = /^[0-9]{12}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-[0-9]$/;

/**
 * The account and Region a step's input names: `incident` (every step after ResolveChildAlarms) or `event` (the
 * EventBridge event ResolveChildAlarms receives). A step that acts in a spoke cannot guess them: a missing or
 * malformed one is an InvalidStepInputError.
 */
export const spokeTargetOf = (input: unknown): SpokeTarget => {
  const holder = (input && typeof input === 'object' ? input : {}) as { incident?: Partial<SpokeTarget>; event?: Partial<SpokeTarget> };
  const source = holder.incident ?? holder.event;
  const account = source?.account;
  const region = source?.region;
  if (typeof account !== 'string' || !ACCOUNT.test(account) || typeof region !== 'string' || !REGION.test(region)) {
    throw new InvalidStepInputError(`The step input names no valid account and Region (incident.account/region or event.account/region): ${JSON.stringify({ account, region })}`);
  }
  return { account, region };
};
