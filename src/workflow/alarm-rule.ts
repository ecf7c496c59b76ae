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

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const matchesValue = (filter: PatternValue, value: unknown, present: boolean): boolean => {
  if (isRecord(filter) && 'exists' in filter) return filter.exists === present;
  if (!present) return false;
  if (isRecord(filter) && 'prefix' in filter) return typeof value === 'string' && value.startsWith(filter.prefix);
  return filter === value;
};

/**
 * Whether EventBridge would deliver `event` to a rule with `pattern`, for the filters `alarmRulePattern` uses (exact
 * values, `prefix`, `exists`; a field holding an array matches when any element does).
 */
export const matchesEventPattern = (pattern: EventPattern, event: unknown): boolean => {
  if (!isRecord(event)) return false;
  return Object.entries(pattern).every(([key, filter]) => {
    const present = key in event && event[key] !== undefined;
    const value = event[key];
    if (Array.isArray(filter)) {
      const values = Array.isArray(value) ? value : [value];
      return (filter as readonly PatternValue[]).some((f) => (isRecord(f) && 'exists' in f ? matchesValue(f, value, present) : values.some((v) => matchesValue(f, v, present))));
    }
    // A nested pattern: every leaf under it must match (an absent object only satisfies `exists: false` leaves).
    return matchesEventPattern(filter as EventPattern, isRecord(value) ? value : {});
  });
};
