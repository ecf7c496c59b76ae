/**
 * Which alarm events start the workflow: the EventBridge event pattern of the rule, built here once. The CDK app
 * deploys it as the rule's pattern (infra/constructs/events-to-starter-function.ts) and the local simulation applies
 * the same pattern with `matchesEventPattern` to every event before starting anything, so an event the rule would
 * not deliver starts nothing locally either.
 *
 * What it matches: the ALARM transitions of this deployment's metric alarms (the composite's children) in this
 * account. Not the composite alarm (its event repeated the child's execution, which was then suppressed), not OK or
 * INSUFFICIENT_DATA. An alarm that fires while the composite already is in ALARM still has its own event (the
 * composite does not transition then, its child does), so it is not lost.
 */

/** An EventBridge pattern: nested objects whose leaves are arrays of values or of `{prefix}` / `{exists}` filters. */
export type EventPattern = { [key: string]: EventPattern | readonly PatternValue[] };
export type PatternValue = string | number | boolean | null | { prefix: string } | { exists: boolean };

export interface AlarmRuleOptions {
  /** `{Customer}-Bedrock-`: the deployment's alarms. */
  alarmNamePrefix: string;
  /** The account whose alarms start the workflow (a token in the CDK app). */
  account: string;
}

/** `{Customer}-Bedrock-`: every alarm of the deployment starts with it (src/core/catalogue.ts names them). */
export const deploymentAlarmPrefix = (customerName: string): string => `${customerName}-Bedrock-`;

export const alarmRulePattern = (options: AlarmRuleOptions): EventPattern => ({
  source: ['aws.cloudwatch'],
  'detail-type': ['CloudWatch Alarm State Change'],
  account: [options.account],
  detail: {
    alarmName: [{ prefix: options.alarmNamePrefix }],
    state: { value: ['ALARM'] },
    // A composite alarm's event carries configuration.alarmRule; a metric alarm's carries configuration.metrics.
    configuration: { alarmRule: [{ exists: false }] },
  },
});

/** The one EventBridge matcher (src/workflow/event-pattern.ts), also used by the deployed-artifact run. */
export { matchesEventPattern } from './event-pattern.js';
