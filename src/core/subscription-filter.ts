/**
 * Which e-mails a subscriber receives: the SNS filter policy of its subscription, from its severity preference and
 * (organization mode) the accounts it follows. One definition for the CDK app (the subscription's FilterPolicy) and
 * the sandbox (which recipients a published message reaches), so the simulation delivers as SNS would.
 */
import type { Severity } from './model.js';

export type NotificationPreference = 'all' | 'critical' | 'warning';

export interface Subscriber {
  preference: NotificationPreference;
  /** Only messages about these accounts (the `account` message attribute). Absent: every account. */
  accounts?: readonly string[];
}

/** Message attribute → the values a message must carry in it (every key must match: SNS ANDs them). */
export type FilterPolicy = Record<string, string[]>;

/** The message attributes the policies read (set by the Notify step and the threshold updater). */
export const SEVERITY_ATTRIBUTE = 'severity';
export const ACCOUNT_ATTRIBUTE = 'account';

const SEVERITIES: Readonly<Record<NotificationPreference, Severity[] | undefined>> = {
  all: undefined,
  critical: ['CRITICAL'],
  warning: ['WARNING'],
};

/** The subscription's filter policy; undefined when it takes everything (no policy at all). */
export const subscriptionFilterPolicy = (subscriber: Subscriber): FilterPolicy | undefined => {
  const policy: FilterPolicy = {};
  const severities = SEVERITIES[subscriber.preference];
  if (severities) policy[SEVERITY_ATTRIBUTE] = [...severities];
  if (subscriber.accounts?.length) policy[ACCOUNT_ATTRIBUTE] = [...subscriber.accounts];
  return Object.keys(policy).length > 0 ? policy : undefined;
};

/**
 * Whether SNS delivers a message with these attributes under the policy: every key of the policy must be an attribute
 * of the message with one of the listed values (exact, case-sensitive string match); a missing attribute does not match.
 */
export const filterPolicyMatches = (policy: FilterPolicy | undefined, attributes: Readonly<Record<string, string | undefined>>): boolean =>
  policy === undefined || Object.entries(policy).every(([key, values]) => {
    const value = attributes[key];
    return value !== undefined && values.includes(value);
  });

/** The subscribers a message reaches. */
export const recipientsOf = <S extends Subscriber>(subscribers: readonly S[], attributes: Readonly<Record<string, string | undefined>>): S[] =>
  subscribers.filter((subscriber) => filterPolicyMatches(subscriptionFilterPolicy(subscriber), attributes));
