import { parseDuration } from '#operator/duration.js';
import { mapWithConcurrency } from '#operator/concurrency.js';
import { OperatorError } from '#operator/errors.js';

describe('parseDuration', () => {
  it.each([
    ['30m', 1_800_000],
    ['12h', 43_200_000],
    ['7d', 604_800_000],
    ['2w', 1_209_600_000],
    [' 14D ', 1_209_600_000],
  ])('reads %s', (text, milliseconds) => {
    // Act & Assess
    expect(parseDuration(text)).toBe(milliseconds);
  });

  it.each(['', '7', 'd', '7x', '0d', '-1d', '1.5d', '7 days', '1d12h'])('refuses %j with the accepted forms', (text) => {
    // Act & Assess
    expect(() => parseDuration(text)).toThrow(OperatorError);
    expect(() => parseDuration(text)).toThrow(expect.objectContaining({ code: 'InvalidArgument', hint: expect.stringContaining('7d') }));
  });
});

describe('mapWithConcurrency', () => {
  it('keeps the input order and never has more calls in flight than the limit', async () => {
    // Prepare
    let inFlight = 0;
    let peak = 0;
    const task = async (value: number): Promise<number> => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, (5 - value) * 2));
      inFlight -= 1;
      return value * 10;
    };

    // Act
    const results = await mapWithConcurrency([1, 2, 3, 4, 5], 2, task);

    // Assess
    expect(results).toEqual([10, 20, 30, 40, 50]);
    expect(peak).toBe(2);
  });

  it('rethrows the first failure and starts nothing after it', async () => {
    // Prepare
    const started: number[] = [];

    // Act
    const mapping = mapWithConcurrency([1, 2, 3, 4], 1, async (value) => {
      started.push(value);
      if (value === 2) throw new Error('two');
      return value;
    });

    // Assess
    await expect(mapping).rejects.toThrow('two');
    expect(started).toEqual([1, 2]);
  });

  it('returns an empty list for no items', async () => {
    // Act & Assess
    await expect(mapWithConcurrency([], 3, async () => 1)).resolves.toEqual([]);
  });
});
