/** Durations of the operator commands' `--since`: a whole number and a unit, e.g. `7d`, `12h`, `30m`, `2w`. */
import { OperatorError } from './errors.js';

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;
const DURATION = /^(\d{1,6})\s*([mhdw])$/i;

/** @throws OperatorError (InvalidArgument) with the accepted forms */
export const parseDuration = (text: string): number => {
  const match = DURATION.exec(text.trim());
  const amount = Number(match?.[1]);
  if (!match || amount <= 0) {
    throw new OperatorError('InvalidArgument', `Invalid duration "${text}".`, 'Use a whole number and a unit: m (minutes), h (hours), d (days) or w (weeks), e.g. 30m, 12h, 7d.');
  }
  return amount * UNIT_MS[(match[2] ?? 'd').toLowerCase() as keyof typeof UNIT_MS];
};
