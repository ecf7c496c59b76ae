/**
 * Step Functions execution names derived from the business key of an incident: the alarm transition (alarm name +
 * state-change timestamp). StartExecution refuses a second execution with the same name for 90 days, so a duplicate
 * delivery of the same transition cannot start a second workflow, and an operator can find an execution by alarm.
 * An event that names no transition still gets a stable name (see executionNameForEvent), so it runs and fails visibly.
 */
import { createHash } from 'node:crypto';
import { InvalidEventError } from './errors.js';

/** The alarm transition that identifies one incident. */
export interface ExecutionNameKey {
  alarmName: string;
  /** `detail.state.timestamp` of the event, e.g. `2026-11-20T10:15:30.123+0000` */
  stateTimestamp: string;
  /**
   * Organization mode: the account and Region the alarm is in, when they are not the workflow's own. Alarm names repeat
   * across the member accounts (every spoke has the same alarms), so two members' transitions at the same instant
   * would otherwise get one name, and the second would be taken for a duplicate delivery and lost.
   */
  source?: { account: string; region: string };
}

/** Where the workflow runs (the state machine's account and Region): events from there keep the plain name. */
export interface WorkflowHome {
  account: string;
  region: string;
}

/** StartExecution's limit on `name`. */
export const MAX_EXECUTION_NAME_LENGTH = 80;
const HASH_LENGTH = 8;
/** `YYYYMMDDTHHMMSSmmmZ` */
const COMPACT_TIMESTAMP_LENGTH = 19;
/** Cap on the readable part of a timestamp we could not parse: the hash carries the rest. */
const MAX_RAW_TIMESTAMP_LENGTH = 24;

// Step Functions accepts more (most Unicode), but CloudWatch Logs logging only works with this set.
const DISALLOWED = /[^A-Za-z0-9_-]+/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
// CloudWatch writes `+0000`; ISO-8601 writers use `Z` or `+00:00`. A missing offset is read as UTC.
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/i;

interface NormalisedTimestamp {
  /** Canonical ISO-8601 UTC with every fractional digit that was given (for the hash) */
  canonical: string;
  /** `YYYYMMDDTHHMMSSmmmZ` (for the name) */
  compact: string;
  /** Fractional digits beyond milliseconds were dropped from `compact` */
  truncated: boolean;
}

const normaliseTimestamp = (raw: string): NormalisedTimestamp | undefined => {
  const match = TIMESTAMP.exec(raw.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction = '', offset = 'Z'] = match;
  const fields = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const [year, month, day, hour, minute, second] = fields;
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const check = new Date(local);
  // Date.UTC rolls 2026-02-31 over to March: reject instead of naming a different instant.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day
    || check.getUTCHours() !== hour || check.getUTCMinutes() !== minute || check.getUTCSeconds() !== second) return undefined;
  let offsetMinutes = 0;
  if (offset.toUpperCase() !== 'Z') {
    const digits = offset.replace(':', '');
    const sign = digits.startsWith('-') ? -1 : 1;
    const offsetHours = Number(digits.slice(1, 3));
    const offsetMins = Number(digits.slice(3, 5));
    if (offsetHours > 23 || offsetMins > 59) return undefined;
    offsetMinutes = sign * (offsetHours * 60 + offsetMins);
  }
  const utc = new Date(local - offsetMinutes * 60_000).toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
  const extraDigits = fraction.length > 3 ? fraction.slice(3).replace(/0+$/, '') : '';
  const canonical = extraDigits ? `${utc.slice(0, -1)}${extraDigits}Z` : utc;
  const compact = utc.replace(/[-:.]/g, '');
  return { canonical, compact, truncated: extraDigits.length > 0 };
};

/** Letters lose their accents (é → e), anything else outside [A-Za-z0-9_-] becomes one '-'. */
const sanitise = (text: string): string =>
  text.normalize('NFKD').replace(COMBINING_MARKS, '').replace(DISALLOWED, '-').replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');

/**
 * Shortens an alarm name to `budget` characters, keeping what tells incidents apart: the customer and the
 * "Bedrock" prefix go first (every project alarm has them), then the middle (the head keeps the kind and severity,
 * the tail keeps the end of the model name, where versions differ).
 */
const shorten = (name: string, budget: number): string => {
  if (name.length <= budget) return name;
  const marker = name.indexOf('-Bedrock-');
  const withoutPrefix = marker >= 0 ? name.slice(marker + '-Bedrock-'.length) : name;
  if (withoutPrefix.length <= budget) return withoutPrefix;
  const tailLength = Math.floor((budget - 1) / 3);
  const head = withoutPrefix.slice(0, budget - 1 - tailLength).replace(/-+$/, '');
  const tail = withoutPrefix.slice(-tailLength).replace(/^-+/, '');
  return `${head}-${tail}`;
};

const shortHash = (canonicalKey: string): string => createHash('sha256').update(canonicalKey).digest('hex').slice(0, HASH_LENGTH);

/**
 * The execution name for an alarm transition: `{alarm}_{YYYYMMDDTHHMMSSmmmZ}`, e.g.
 * `Acme-Bedrock-Throttles-Critical-G-Opus-4-6_20261120T101530123Z`.
 *
 * When the alarm name had to be shortened or had characters replaced, or the timestamp could not be read as-is,
 * `_{8 hex}` of a SHA-256 of the full key is appended so different transitions keep different names. Names without
 * a hash end in `Z` and names with one end in a hex digit, so the two forms cannot collide.
 *
 * Deterministic: the same key always gives the same name (timestamps that denote the same instant are the same key).
 * @throws InvalidEventError when either part of the key is empty
 */
export const executionNameFor = (key: ExecutionNameKey): string => {
  if (typeof key.alarmName !== 'string' || key.alarmName.trim() === '') throw new InvalidEventError('Cannot name an execution: the alarm name is empty.');
  if (typeof key.stateTimestamp !== 'string' || key.stateTimestamp.trim() === '') throw new InvalidEventError(`Cannot name an execution for alarm "${key.alarmName}": the state timestamp is empty.`);

  const timestamp = normaliseTimestamp(key.stateTimestamp);
  const timestampPart = timestamp?.compact ?? (sanitise(key.stateTimestamp).slice(0, MAX_RAW_TIMESTAMP_LENGTH) || 'time');
  // Alarm names cannot contain control characters, so '\n' separates the parts unambiguously.
  const source = key.source ? `\n${key.source.account}\n${key.source.region}` : '';
  const canonicalKey = `${key.alarmName}\n${timestamp?.canonical ?? key.stateTimestamp}${source}`;

  const sanitised = sanitise(key.alarmName);
  const plainBudget = MAX_EXECUTION_NAME_LENGTH - 1 - COMPACT_TIMESTAMP_LENGTH;
  // A member account's transition always carries the hash: it is what tells the members apart.
  const exact = !key.source && timestamp !== undefined && !timestamp.truncated && sanitised === key.alarmName && sanitised.length <= plainBudget;
  if (exact) return `${sanitised}_${timestampPart}`;

  const alarmBudget = MAX_EXECUTION_NAME_LENGTH - timestampPart.length - HASH_LENGTH - 2;
  const alarmPart = shorten(sanitised, alarmBudget) || 'alarm';
  return `${alarmPart}_${timestampPart}_${shortHash(canonicalKey)}`;
};

const ALARM_STATE_CHANGE = 'CloudWatch Alarm State Change';
/** Names of executions started for events that do not identify an alarm transition start with this. */
export const INVALID_EVENT_NAME_PREFIX = 'invalid-event-';
const INVALID_EVENT_HASH_LENGTH = 16;

/**
 * The alarm transition an event identifies: an alarm state change with a non-blank alarm name and state timestamp.
 * With the workflow's `home`, an event from another account or Region (organization mode) names its source too.
 */
export const transitionKeyOf = (event: unknown, home?: WorkflowHome): ExecutionNameKey | undefined => {
  const candidate = event as { 'detail-type'?: unknown; account?: unknown; region?: unknown; detail?: { alarmName?: unknown; state?: { timestamp?: unknown } } } | null | undefined;
  const detailType = candidate?.['detail-type'];
  if (detailType !== undefined && detailType !== ALARM_STATE_CHANGE) return undefined;
  const alarmName = candidate?.detail?.alarmName;
  const stateTimestamp = candidate?.detail?.state?.timestamp;
  if (typeof alarmName !== 'string' || alarmName.trim() === '' || typeof stateTimestamp !== 'string' || stateTimestamp.trim() === '') return undefined;
  const account = typeof candidate?.account === 'string' ? candidate.account : '';
  const region = typeof candidate?.region === 'string' ? candidate.region : '';
  const foreign = home !== undefined && (account !== home.account || region !== home.region) && (account !== '' || region !== '');
  return { alarmName, stateTimestamp, ...(foreign ? { source: { account, region } } : {}) };
};

/**
 * The execution name for any event the EventBridge rule delivers (the starter function and the local simulator both
 * use it): the alarm transition's name when the event identifies one, else
 * `invalid-event-{first 16 hex digits of the SHA-256 of the event's JSON}`. An event that cannot be named after a
 * transition must still start the workflow, which fails it with a typed error and a failure notification instead of
 * losing it; the same delivered event always gets the same name, so its redelivery is still a duplicate.
 * It cannot collide with a transition's name: those always contain '_', this one never does.
 * Callers pass the workflow's `home` (the state machine's account and Region) so that, in organization mode, the same
 * alarm of two member accounts or Regions at the same instant gets two names.
 */
export const executionNameForEvent = (event: unknown, home?: WorkflowHome): string => {
  const key = transitionKeyOf(event, home);
  if (key) return executionNameFor(key);
  // JSON.stringify(undefined) is undefined: hash its String() form rather than throw.
  const json = JSON.stringify(event) ?? String(event);
  return `${INVALID_EVENT_NAME_PREFIX}${createHash('sha256').update(json).digest('hex').slice(0, INVALID_EVENT_HASH_LENGTH)}`;
};
