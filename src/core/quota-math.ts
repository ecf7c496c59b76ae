/** Quota arithmetic. Integers throughout: quotas, thresholds and requests are counts per minute. */

/**
 * Alarm threshold for a quota: quota × percent / 100, rounded down to a whole count (the metrics are whole counts,
 * so `> 8000` and `> 8000.8` fire on the same minute; the seed's table shows 10 001 × 80 % as 8 000).
 */
export const thresholdFor = (quota: number, thresholdPercent: number): number => {
  if (!(quota >= 0) || !(thresholdPercent > 0 && thresholdPercent <= 100)) {
    throw new RangeError(`thresholdFor: quota must be >= 0 and percent in (0, 100], got ${quota} and ${thresholdPercent}`);
  }
  return Math.floor(roundAwayFloatNoise((quota * thresholdPercent) / 100));
};

/**
 * Value to request: current × (1 + percent / 100), rounded up, and strictly above the current value
 * (Service Quotas rejects a DesiredValue that is not higher). Undefined when percent is 0: nothing to request.
 */
export const requestedQuotaValue = (current: number, increasePercent: number): number | undefined => {
  if (!(current >= 0) || !(increasePercent >= 0 && increasePercent <= 100)) {
    throw new RangeError(`requestedQuotaValue: current must be >= 0 and percent in [0, 100], got ${current} and ${increasePercent}`);
  }
  if (increasePercent === 0) return undefined;
  const raised = Math.ceil(roundAwayFloatNoise((current * (100 + increasePercent)) / 100));
  return Math.max(raised, Math.floor(current) + 1);
};

/** 10001 * 125 / 100 is 12501.25 exactly, but e.g. 0.1-based percents leave 1e-12 noise: drop it before rounding. */
const roundAwayFloatNoise = (value: number): number => Math.round(value * 1e6) / 1e6;
