/**
 * Organization mode (hub and spokes): the names both sides of the cross-account wiring derive from. The CDK app
 * builds the spoke role, the hub's event bus and the hub step roles from them; the hub's steps build the spoke role
 * ARN of an event's account and Region from the same functions. Pure: no SDK, no I/O.
 */

/**
 * The ports whose adapters act in the account and Region of the event (CloudWatch, Service Quotas, Support): in
 * organization mode a step reaches them through the spoke role of that account. The others (notifications,
 * settings, ledger, executions, clock) stay in the hub.
 */
export const SPOKE_PORTS = ['alarms', 'usage', 'quotas', 'quotaRequests', 'cases'] as const;
export type SpokePort = (typeof SPOKE_PORTS)[number];

export const isSpokePort = (port: string): port is SpokePort => (SPOKE_PORTS as readonly string[]).includes(port);

/**
 * The spoke role's name in one Region. IAM is global and a stack set deploys one stack per account and Region, so the
 * Region is part of the name (one role per Region, each allowed only that Region's quotas). At most
 * 32 + 15 + 14 = 61 characters (IAM allows 64).
 */
export const spokeRoleName = (customerName: string, region: string): string => `${customerName}-OpsAlertSpoke-${region}`;

export const spokeRoleArn = (options: { partition?: string; account: string; customerName: string; region: string }): string =>
  `arn:${options.partition ?? 'aws'}:iam::${options.account}:role/${spokeRoleName(options.customerName, options.region)}`;

/**
 * The IAM path of the hub step roles that may assume a spoke role: the spoke role trusts only role ARNs under it in
 * the hub account (`aws:PrincipalArn`), so no other principal of the hub, not even an administrator's, can use it.
 */
export const hubStepRolePath = (customerName: string): string => `/bedrock-ops-alert/${customerName}/spoke-access/`;

/** `arn:aws:iam::{hub}:role/bedrock-ops-alert/{Customer}/spoke-access/*`: the principals a spoke role trusts. */
export const hubStepRoleArnPattern = (options: { partition?: string; hubAccount: string; customerName: string }): string =>
  `arn:${options.partition ?? 'aws'}:iam::${options.hubAccount}:role${hubStepRolePath(options.customerName)}*`;

/** The hub's event bus that receives the spokes' alarm events. */
export const hubEventBusName = (customerName: string): string => `${customerName}-BedrockOpsAlert-Organization`;

/** The session name of a hub step in a spoke (CloudTrail of the spoke shows which step acted). */
export const spokeSessionName = (step: string): string => `bedrock-ops-alert-${step}`.slice(0, 64);
