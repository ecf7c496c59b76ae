import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { CloudWatchUsageMetrics, floorToMinute, mergeUsageResults, usageQueries } from '#adapters/aws/usage.js';
import { TransientAwsError } from '#core/errors.js';
import type { ModelRef } from '#core/model.js';
import { sdkError } from './sdk-errors.js';

const cw = mockClient(CloudWatchClient);
const MODEL: ModelRef = { name: 'G-Opus-4-6', modelId: 'global.anthropic.claude-opus-4-6-v1' };
const M0 = Date.parse('2026-11-20T10:00:00.000Z');
const minute = (n: number): Date => new Date(M0 + n * 60_000);
const WINDOW = { start: new Date(M0 + 12_345), end: new Date(M0 + 3 * 60_000 + 59_999) };

const adapter = (options: { onTransientError?: 'throw' | 'unavailable' } = {}): CloudWatchUsageMetrics =>
  new CloudWatchUsageMetrics({ client: new CloudWatchClient({}), ...options });

afterEach(() => {
  cw.reset();
});

describe('usageQueries', () => {
  it('asks for four AWS/Bedrock Sum series per minute, by ModelId, with valid ids', () => {
    // Act
    const queries = usageQueries(MODEL);

    // Assess
    expect(queries.map((q) => q.MetricStat?.Metric?.MetricName)).toEqual(['Invocations', 'EstimatedTPMQuotaUsage', 'InputTokenCount', 'OutputTokenCount']);
    for (const query of queries) {
      expect(query.Id).toMatch(/^[a-z][A-Za-z0-9_]*$/);
      expect(query.MetricStat).toMatchObject({ Period: 60, Stat: 'Sum', Metric: { Namespace: 'AWS/Bedrock', Dimensions: [{ Name: 'ModelId', Value: MODEL.modelId }] } });
    }
  });
});

describe('usageQueries with application profiles and on bedrock-mantle', () => {
  const profiles = Array.from({ length: 10 }, (_, i) => ({ name: `team-${i}`, profileId: `prof${i}` }));

  it('sums the model and its profiles per minute with metric math and returns one hourly pair per source, in one page', () => {
    // Act
    const queries = usageQueries({ ...MODEL, applicationProfiles: profiles });

    // Assess: the four summed series are the only per-minute series returned.
    const returned = queries.filter((q) => q.ReturnData !== false);
    const perMinute = returned.filter((q) => q.Expression !== undefined);
    expect(perMinute.map((q) => q.Id)).toEqual(['invocations', 'estimated_tpm', 'input_tokens', 'output_tokens']);
    expect(perMinute[0]?.Expression).toBe(Array.from({ length: 11 }, (_, i) => `FILL(invocations_s${i}, 0)`).join(' + '));
    const hidden = queries.filter((q) => q.ReturnData === false);
    expect(hidden.map((q) => q.MetricStat?.Metric?.Dimensions?.[0]?.Value)).toContain('prof9');
    const hourly = returned.filter((q) => q.MetricStat?.Period === 3600);
    expect(hourly).toHaveLength(22);
    // Data points of one 14-day call: 4 x 20,160 per-minute + 22 x 336 hourly = 88,032 <= 100,800 (one page).
    const points = perMinute.length * 14 * 1440 + hourly.length * 14 * 24;
    expect(points).toBe(88_032);
    expect(points).toBeLessThanOrEqual(100_800);
    expect(queries.length).toBeLessThanOrEqual(500);
    for (const query of queries) expect(query.Id).toMatch(/^[a-z][A-Za-z0-9_]*$/);
  });

  it('reads bedrock-mantle models from AWS/BedrockMantle by the Model dimension', () => {
    // Act
    const queries = usageQueries({ modelId: 'openai.gpt-oss-120b', endpoint: 'bedrock-mantle' });

    // Assess
    expect(queries.map((q) => [q.Id, q.MetricStat?.Metric?.MetricName])).toEqual([['invocations', 'Inferences'], ['input_tokens', 'TotalInputTokens'], ['output_tokens', 'TotalOutputTokens']]);
    for (const query of queries) expect(query.MetricStat?.Metric).toMatchObject({ Namespace: 'AWS/BedrockMantle', Dimensions: [{ Name: 'Model', Value: 'openai.gpt-oss-120b' }] });
  });

  it('returns the summed series and each source\'s hourly sums', async () => {
    // Prepare
    cw.on(GetMetricDataCommand).resolves({
      MetricDataResults: [
        { Id: 'invocations', Timestamps: [minute(0)], Values: [30], StatusCode: 'Complete' },
        { Id: 'hourly_invocations_s0', Timestamps: [minute(0)], Values: [100], StatusCode: 'Complete' },
        { Id: 'hourly_tokens_s1', Timestamps: [minute(0)], Values: [5000], StatusCode: 'Complete' },
      ],
    });

    // Act
    const lookup = await adapter().getUsageSeries({ ...MODEL, applicationProfiles: [{ name: 'bot', profileId: 'p1' }] }, WINDOW);

    // Assess
    expect(cw).toHaveReceivedCommandTimes(GetMetricDataCommand, 1);
    expect(lookup).toMatchObject({ status: 'ok', series: { invocations: [30] } });
    const hour = Math.floor(M0 / 3_600_000) * 3_600_000;
    expect(lookup.status === 'ok' ? lookup.sources : undefined).toEqual([
      { name: 'direct', id: MODEL.modelId, hours: [hour], invocations: [100], tokens: [0] },
      { name: 'bot', id: 'p1', hours: [hour], invocations: [0], tokens: [5000] },
    ]);
  });
});

describe('mergeUsageResults', () => {
  it('makes one ascending entry per minute with data, and 0 for a metric missing in that minute', () => {
    // Act
    const merged = mergeUsageResults([
      { Id: 'invocations', Timestamps: [minute(2), minute(0)], Values: [5, 3], StatusCode: 'Complete' },
      { Id: 'estimated_tpm', Timestamps: [minute(0)], Values: [900], StatusCode: 'Complete' },
      { Id: 'input_tokens', Timestamps: [minute(5)], Values: [40], StatusCode: 'Complete' },
      { Id: 'output_tokens', Timestamps: [], Values: [], StatusCode: 'Complete' },
    ]);

    // Assess
    expect(merged.series).toEqual({
      timestamps: [minute(0).getTime(), minute(2).getTime(), minute(5).getTime()],
      invocations: [3, 5, 0],
      estimatedTpm: [900, 0, 0],
      inputTokens: [0, 0, 40],
      outputTokens: [0, 0, 0],
    });
    expect(merged.partial).toEqual([]);
    expect(merged.failed).toEqual([]);
  });

  it('reports a query whose last page is PartialData, and queries that failed', () => {
    // Act
    const merged = mergeUsageResults([
      { Id: 'invocations', Timestamps: [minute(0)], Values: [1], StatusCode: 'PartialData' },
      { Id: 'estimated_tpm', StatusCode: 'Forbidden', Messages: [{ Code: 'Forbidden', Value: 'no access' }] },
    ]);

    // Assess
    expect(merged.partial).toEqual(['invocations']);
    expect(merged.failed).toEqual([{ id: 'estimated_tpm', status: 'Forbidden', messages: ['Forbidden: no access'] }]);
  });
});

describe('CloudWatchUsageMetrics.getUsageSeries', () => {
  it('sends ONE GetMetricData for the minute-aligned window, ascending, and returns the merged series', async () => {
    // Prepare
    cw.on(GetMetricDataCommand).resolves({
      MetricDataResults: [
        { Id: 'invocations', Timestamps: [minute(1)], Values: [7], StatusCode: 'Complete' },
        { Id: 'estimated_tpm', Timestamps: [minute(1)], Values: [7000], StatusCode: 'Complete' },
        { Id: 'input_tokens', Timestamps: [minute(1)], Values: [5000], StatusCode: 'Complete' },
        { Id: 'output_tokens', Timestamps: [minute(1)], Values: [400], StatusCode: 'Complete' },
      ],
    });

    // Act
    const lookup = await adapter().getUsageSeries(MODEL, WINDOW);

    // Assess
    expect(cw).toHaveReceivedCommandTimes(GetMetricDataCommand, 1);
    expect(cw).toHaveReceivedCommandWith(GetMetricDataCommand, { StartTime: minute(0), EndTime: minute(3), ScanBy: 'TimestampAscending' });
    expect(cw.commandCalls(GetMetricDataCommand)[0]?.args[0].input.MetricDataQueries).toHaveLength(4);
    expect(lookup).toEqual({
      status: 'ok',
      windowStart: minute(0).toISOString(),
      windowEnd: minute(3).toISOString(),
      series: { timestamps: [minute(1).getTime()], invocations: [7], estimatedTpm: [7000], inputTokens: [5000], outputTokens: [400] },
    });
  });

  it('follows NextToken (PartialData) and merges the pages', async () => {
    // Prepare
    cw.on(GetMetricDataCommand)
      .resolvesOnce({
        MetricDataResults: [{ Id: 'invocations', Timestamps: [minute(0)], Values: [1], StatusCode: 'PartialData' }],
        NextToken: 'next',
      })
      .resolvesOnce({
        MetricDataResults: [
          { Id: 'invocations', Timestamps: [minute(2)], Values: [2], StatusCode: 'Complete' },
          { Id: 'output_tokens', Timestamps: [minute(2)], Values: [30], StatusCode: 'Complete' },
        ],
      });

    // Act
    const lookup = await adapter().getUsageSeries(MODEL, WINDOW);

    // Assess
    expect(cw).toHaveReceivedCommandTimes(GetMetricDataCommand, 2);
    expect(cw).toHaveReceivedNthCommandWith(2, GetMetricDataCommand, { NextToken: 'next' });
    expect(lookup.status === 'ok' && lookup.series).toEqual({
      timestamps: [minute(0).getTime(), minute(2).getTime()],
      invocations: [1, 2],
      estimatedTpm: [0, 0],
      inputTokens: [0, 0],
      outputTokens: [0, 30],
    });
  });

  it('answers "ok" with no timestamps when there was no traffic (not "unavailable")', async () => {
    // Prepare
    cw.on(GetMetricDataCommand).resolves({ MetricDataResults: [{ Id: 'invocations', Timestamps: [], Values: [], StatusCode: 'Complete' }] });

    // Act
    const lookup = await adapter().getUsageSeries(MODEL, WINDOW);

    // Assess
    expect(lookup).toMatchObject({ status: 'ok', series: { timestamps: [] } });
  });

  it('keeps what was read when a query is still PartialData after the last page', async () => {
    // Prepare
    cw.on(GetMetricDataCommand).resolves({ MetricDataResults: [{ Id: 'invocations', Timestamps: [minute(0)], Values: [4], StatusCode: 'PartialData' }] });

    // Act
    const lookup = await adapter().getUsageSeries(MODEL, WINDOW);

    // Assess
    expect(lookup).toMatchObject({ status: 'ok', series: { invocations: [4] } });
  });

  it('answers "unavailable" when a query ends Forbidden or InternalError', async () => {
    // Prepare
    cw.on(GetMetricDataCommand).resolves({ MetricDataResults: [{ Id: 'estimated_tpm', StatusCode: 'InternalError', Messages: [{ Code: 'InternalError', Value: 'oops' }] }] });

    // Act
    const lookup = await adapter().getUsageSeries(MODEL, WINDOW);

    // Assess
    expect(lookup).toEqual({ status: 'unavailable', reason: expect.stringContaining('estimated_tpm InternalError (InternalError: oops)') });
  });

  it.each([
    ['AccessDenied', 403],
    ['InvalidParameterValue', 400],
  ])('answers "unavailable" when the API fails permanently (%s)', async (name, status) => {
    // Prepare
    cw.on(GetMetricDataCommand).rejects(sdkError(name, { status }));

    // Act
    const lookup = await adapter().getUsageSeries(MODEL, WINDOW);

    // Assess
    expect(lookup).toEqual({ status: 'unavailable', reason: expect.stringContaining(`CloudWatch.GetMetricData failed with ${name}`) });
  });

  it.each([
    ['Throttling', 400],
    ['InternalServiceFault', 500],
  ])('throws TransientAwsError on %s by default, so the state machine retries', async (name, status) => {
    // Prepare
    cw.on(GetMetricDataCommand).rejects(sdkError(name, { status }));

    // Act
    const lookup = adapter().getUsageSeries(MODEL, WINDOW);

    // Assess
    await expect(lookup).rejects.toBeInstanceOf(TransientAwsError);
  });

  it('answers "unavailable" on a transient failure when configured so', async () => {
    // Prepare
    cw.on(GetMetricDataCommand).rejects(sdkError('Throttling'));

    // Act
    const lookup = await adapter({ onTransientError: 'unavailable' }).getUsageSeries(MODEL, WINDOW);

    // Assess
    expect(lookup).toMatchObject({ status: 'unavailable', reason: expect.stringContaining('Throttling') });
  });

  it('makes no call for a window shorter than a minute', async () => {
    // Act
    const lookup = await adapter().getUsageSeries(MODEL, { start: new Date(M0 + 1_000), end: new Date(M0 + 50_000) });

    // Assess
    expect(cw).toHaveReceivedCommandTimes(GetMetricDataCommand, 0);
    expect(lookup).toMatchObject({ status: 'ok', series: { timestamps: [] } });
  });
});

describe('floorToMinute', () => {
  it('drops seconds and milliseconds', () => {
    expect(floorToMinute(new Date('2026-11-20T10:07:59.999Z')).toISOString()).toBe('2026-11-20T10:07:00.000Z');
  });
});
