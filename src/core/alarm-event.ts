/** Reading a CloudWatch alarm state-change event (already schema-validated). */

const ALARM_ARN_MARKER = ':alarm:';

/**
 * The alarm name inside an alarm ARN (`arn:aws:cloudwatch:<region>:<account>:alarm:<name>`), or undefined when the
 * text is not an alarm ARN. Splits on the FIRST ":alarm:" because alarm names may themselves contain ":".
 */
export const alarmNameFromArn = (arn: string): string | undefined => {
  if (!arn.startsWith('arn:')) return undefined;
  const at = arn.indexOf(ALARM_ARN_MARKER);
  if (at < 0) return undefined;
  const name = arn.slice(at + ALARM_ARN_MARKER.length);
  return name.length > 0 ? name : undefined;
};

/** The names in a composite alarm's `reasonData.triggeringAlarms` (a JSON string). A hint only: unreadable → []. */
export const triggeringAlarmNames = (reasonData: string | undefined): string[] => {
  if (!reasonData) return [];
  try {
    const parsed = JSON.parse(reasonData) as { triggeringAlarms?: { arn?: unknown }[] };
    return (parsed.triggeringAlarms ?? [])
      .map((t) => (typeof t.arn === 'string' ? alarmNameFromArn(t.arn) : undefined))
      .filter((name): name is string => Boolean(name));
  } catch {
    return [];
  }
};

/** CloudWatch writes state timestamps as 2019-10-02T17:04:40.989+0000; normalise to ISO-8601 with Z. */
export const normaliseTimestamp = (timestamp: string): string => {
  const parsed = Date.parse(timestamp.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(parsed) ? timestamp : new Date(parsed).toISOString();
};

/** The identity of one alarm transition: the alarm ARN and the time it entered the state. */
export const transitionId = (alarmArn: string, since: string): string => `${alarmArn}@${normaliseTimestamp(since)}`;

/**
 * The account and Region of a workflow execution's input: the alarm event the starter passed (or `{ event }`), each
 * when it is a string. Unchecked: a caller that shows them or routes on them validates them itself.
 */
export const originOfInput = (input: string | null | undefined): { account?: string; region?: string } => {
  let parsed: unknown;
  try {
    parsed = input ? JSON.parse(input) : undefined;
  } catch {
    return {};
  }
  const holder = (parsed && typeof parsed === 'object' ? parsed : {}) as { account?: unknown; region?: unknown; event?: { account?: unknown; region?: unknown } };
  const source = typeof holder.account === 'string' ? holder : (holder.event ?? {});
  return {
    ...(typeof source.account === 'string' ? { account: source.account } : {}),
    ...(typeof source.region === 'string' ? { region: source.region } : {}),
  };
};
