/** How every figure is written in case bodies, e-mails and decision reasons: en-US grouping, at most 2 decimals. */

// One formatter: toLocaleString builds a new one on every call, which shows in the stress run's profile.
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
export const n = (value: number): string => numberFormat.format(value);
