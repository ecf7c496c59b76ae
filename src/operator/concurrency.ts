/**
 * Maps `items` through `task` with at most `limit` calls in flight, keeping the input order in the result.
 * Bounded so that describing or redriving hundreds of executions stays under the Step Functions API rate.
 * The first rejection is re-thrown once the calls already in flight have settled; no new call starts after it.
 */
export const mapWithConcurrency = async <T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> => {
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const index = next++;
      try {
        results[index] = await task(items[index] as T, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, () => worker());
  await Promise.all(workers);
  if (failure) throw failure.error;
  return results;
};
