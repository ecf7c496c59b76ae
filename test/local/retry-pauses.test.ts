/**
 * The real pause before a retry in the deployed-artifact run (src/local/retry-pauses.ts adaptiveRetryPauses): a retrier of
 * an error that says another execution holds something pauses 100 ms only while another execution is in flight;
 * alone, 1 ms (the run's simulated clock carries the backoff). A fault's retrier always pauses 1 ms.
 */
import { describe, expect, it } from '@jest/globals';
import { adaptiveRetryPauses } from '#local/retry-pauses.js';

const RETRIERS = [
  { ErrorEquals: ['Sandbox.Timedout', 'Lambda.Unknown'], IntervalSeconds: 2, MaxAttempts: 3 },
  { ErrorEquals: ['IdempotencyAlreadyInProgressError'], IntervalSeconds: 1, MaxAttempts: 20 },
  { ErrorEquals: ['CaseCreationInProgressError'], IntervalSeconds: 5 },
];

describe('the deployed run\'s retry pauses', () => {
  it('keep 100 ms for a retrier waiting on another execution while one is in flight, 1 ms for a fault', () => {
    expect([...adaptiveRetryPauses(RETRIERS, () => true)]).toEqual([1, 100, 100]);
  });

  it('are 1 ms for every retrier when no other execution is in flight', () => {
    expect([...adaptiveRetryPauses(RETRIERS, () => false)]).toEqual([1, 1, 1]);
  });

  it('are read at each retry: the same array follows the executions in flight as they change', () => {
    let others = false;
    const pauses = adaptiveRetryPauses(RETRIERS, () => others);
    expect(pauses[1]).toBe(1);
    others = true;
    expect(pauses[1]).toBe(100);
    expect(pauses[0]).toBe(1);
  });
});
