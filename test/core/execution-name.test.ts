import { createHash } from 'node:crypto';
import { executionNameFor, executionNameForEvent, MAX_EXECUTION_NAME_LENGTH, transitionKeyOf } from '#core/execution-name.js';
import { InvalidEventError } from '#core/errors.js';

// What StartExecution accepts and CloudWatch Logs can log.
const VALID_NAME = /^[A-Za-z0-9_-]{1,80}$/;
const HASHED = /_[0-9a-f]{8}$/;

describe('executionNameFor', () => {
  it('keeps a project alarm name as it is and appends the compact UTC timestamp', () => {
    // Prepare
    const key = { alarmName: 'Acme-Bedrock-Throttles-Critical-G-Opus-4-6', stateTimestamp: '2026-11-20T10:15:30.123+0000' };

    // Act
    const name = executionNameFor(key);

    // Assess
    expect(name).toBe('Acme-Bedrock-Throttles-Critical-G-Opus-4-6_20261120T101530123Z');
    expect(name).toMatch(VALID_NAME);
  });

  it('gives the same name for the same key every time', () => {
    // Prepare
    const key = { alarmName: 'Acme-Bedrock-QuotaHealth-Composite-Claude Sonnet (v2)', stateTimestamp: '2026-11-20T10:15:30.123+0000' };

    // Act
    const names = [executionNameFor(key), executionNameFor({ ...key }), executionNameFor(key)];

    // Assess
    expect(new Set(names).size).toBe(1);
  });

  it('names the same instant the same whatever the offset notation', () => {
    // Prepare
    const alarmName = 'Acme-Bedrock-Throttles-Critical-G-Opus-4-6';

    // Act
    const names = [
      executionNameFor({ alarmName, stateTimestamp: '2026-11-20T10:15:30.123+0000' }),
      executionNameFor({ alarmName, stateTimestamp: '2026-11-20T10:15:30.123Z' }),
      executionNameFor({ alarmName, stateTimestamp: '2026-11-20T10:15:30.123+00:00' }),
      executionNameFor({ alarmName, stateTimestamp: '2026-11-20T11:15:30.123+0100' }),
      executionNameFor({ alarmName, stateTimestamp: '2026-11-20T04:45:30.123-05:30' }),
    ];

    // Assess
    expect(new Set(names)).toEqual(new Set(['Acme-Bedrock-Throttles-Critical-G-Opus-4-6_20261120T101530123Z']));
  });

  it('converts offsets that cross midnight into the UTC date', () => {
    // Act
    const name = executionNameFor({ alarmName: 'A', stateTimestamp: '2026-12-31T23:30:00.000-0100' });

    // Assess
    expect(name).toBe('A_20270101T003000000Z');
  });

  it('pads missing milliseconds', () => {
    // Act
    const name = executionNameFor({ alarmName: 'A', stateTimestamp: '2026-11-20T10:15:30Z' });

    // Assess
    expect(name).toBe('A_20261120T101530000Z');
  });

  it('gives different transitions of one alarm different names, down to the millisecond', () => {
    // Prepare
    const alarmName = 'Acme-Bedrock-Throttles-Critical-G-Opus-4-6';

    // Act
    const first = executionNameFor({ alarmName, stateTimestamp: '2026-11-20T10:15:30.123+0000' });
    const second = executionNameFor({ alarmName, stateTimestamp: '2026-11-20T10:15:30.124+0000' });

    // Assess
    expect(first).not.toBe(second);
  });

  it('keeps sub-millisecond precision apart with the hash', () => {
    // Act
    const first = executionNameFor({ alarmName: 'A', stateTimestamp: '2026-11-20T10:15:30.123456Z' });
    const second = executionNameFor({ alarmName: 'A', stateTimestamp: '2026-11-20T10:15:30.123457Z' });
    const exactMillis = executionNameFor({ alarmName: 'A', stateTimestamp: '2026-11-20T10:15:30.123000Z' });

    // Assess
    expect(first).toMatch(HASHED);
    expect(first).not.toBe(second);
    expect(exactMillis).toBe('A_20261120T101530123Z');
  });

  it('gives different alarms at the same instant different names', () => {
    // Prepare
    const stateTimestamp = '2026-11-20T10:15:30.123+0000';

    // Act
    const throttles = executionNameFor({ alarmName: 'Acme-Bedrock-Throttles-Critical-M', stateTimestamp });
    const clientErrors = executionNameFor({ alarmName: 'Acme-Bedrock-ClientErrors-Critical-M', stateTimestamp });

    // Assess
    expect(throttles).not.toBe(clientErrors);
  });

  describe('characters Step Functions refuses', () => {
    it.each([
      ['spaces', 'Acme Bedrock Throttles'],
      ['colons (model ids)', 'Acme-Bedrock-Throttles-Critical-anthropic.claude-3-5-sonnet-20241022-v2:0'],
      ['brackets and wildcards', 'Acme <prod> {x} [y] ?*'],
      ['special characters', 'a"#%\\^|~`$&,;:/b'],
      ['dots', 'global.anthropic.claude-opus-4-6-v1'],
      ['a tab', 'Acme\tBedrock'],
    ])('replaces %s and appends a hash', (_label, alarmName) => {
      // Act
      const name = executionNameFor({ alarmName, stateTimestamp: '2026-11-20T10:15:30.123+0000' });

      // Assess
      expect(name).toMatch(VALID_NAME);
      expect(name).toMatch(HASHED);
      expect(name).toContain('_20261120T101530123Z_');
    });

    it('keeps a readable name for a model id with ":"', () => {
      // Act
      const name = executionNameFor({ alarmName: 'Acme-Bedrock-Throttles-Critical-claude.v2:1', stateTimestamp: '2026-11-20T10:15:30.123+0000' });

      // Assess
      expect(name).toMatch(/^Acme-Bedrock-Throttles-Critical-claude-v2-1_20261120T101530123Z_[0-9a-f]{8}$/);
    });

    it('tells apart names that differ only in a replaced character', () => {
      // Prepare
      const stateTimestamp = '2026-11-20T10:15:30.123+0000';

      // Act
      const colon = executionNameFor({ alarmName: 'Acme-Bedrock-Throttles-Critical-model:1', stateTimestamp });
      const dot = executionNameFor({ alarmName: 'Acme-Bedrock-Throttles-Critical-model.1', stateTimestamp });
      const already = executionNameFor({ alarmName: 'Acme-Bedrock-Throttles-Critical-model-1', stateTimestamp });

      // Assess
      expect(new Set([colon, dot, already]).size).toBe(3);
      expect(already).toBe('Acme-Bedrock-Throttles-Critical-model-1_20261120T101530123Z');
    });
  });

  describe('unicode', () => {
    it('drops accents and keeps the letters', () => {
      // Act
      const name = executionNameFor({ alarmName: 'Société-Bedrock-Throttles-Critical-Modèle', stateTimestamp: '2026-11-20T10:15:30.123Z' });

      // Assess
      expect(name).toMatch(/^Societe-Bedrock-Throttles-Critical-Modele_20261120T101530123Z_[0-9a-f]{8}$/);
    });

    it('names an alarm written only in non-Latin script', () => {
      // Act
      const first = executionNameFor({ alarmName: '警报-模型', stateTimestamp: '2026-11-20T10:15:30.123Z' });
      const second = executionNameFor({ alarmName: '警报-模型二', stateTimestamp: '2026-11-20T10:15:30.123Z' });

      // Assess
      expect(first).toMatch(/^alarm_20261120T101530123Z_[0-9a-f]{8}$/);
      expect(first).not.toBe(second);
    });

    it('handles emoji and other astral characters', () => {
      // Act
      const name = executionNameFor({ alarmName: 'Acme-🔥-Bedrock-Throttles-Critical-M', stateTimestamp: '2026-11-20T10:15:30.123Z' });

      // Assess
      expect(name).toMatch(VALID_NAME);
      expect(name.startsWith('Acme-Bedrock-Throttles-Critical-M_')).toBe(true);
    });
  });

  describe('long names', () => {
    it('accepts a name of exactly the length that fits', () => {
      // Prepare
      const alarmName = 'x'.repeat(MAX_EXECUTION_NAME_LENGTH - 20);

      // Act
      const name = executionNameFor({ alarmName, stateTimestamp: '2026-11-20T10:15:30.123Z' });

      // Assess
      expect(name).toHaveLength(MAX_EXECUTION_NAME_LENGTH);
      expect(name).not.toMatch(HASHED);
    });

    it('drops the customer prefix first and keeps kind, severity and model', () => {
      // Prepare
      const alarmName = 'AVeryLongCustomerNameForAnEnterprise-Bedrock-HighTPMQuotaUsage-Warning-G-Opus-4-6';

      // Act
      const name = executionNameFor({ alarmName, stateTimestamp: '2026-11-20T10:15:30.123+0000' });

      // Assess
      expect(name).toMatch(/^HighTPMQuotaUsage-Warning-G-Opus-4-6_20261120T101530123Z_[0-9a-f]{8}$/);
      expect(name.length).toBeLessThanOrEqual(MAX_EXECUTION_NAME_LENGTH);
    });

    it('keeps the head and the tail of a very long model name', () => {
      // Prepare
      const alarmName = 'Acme-Bedrock-OutputTokenAnomaly-Warning-us-anthropic-claude-3-7-sonnet-20250219-with-a-long-suffix-v1-0';

      // Act
      const name = executionNameFor({ alarmName, stateTimestamp: '2026-11-20T10:15:30.123+0000' });

      // Assess
      expect(name.length).toBeLessThanOrEqual(MAX_EXECUTION_NAME_LENGTH);
      expect(name).toMatch(VALID_NAME);
      expect(name.startsWith('OutputTokenAnomaly-Warning-')).toBe(true);
      expect(name).toMatch(/-v1-0_20261120T101530123Z_[0-9a-f]{8}$/);
    });

    it('keeps long names that differ only where they were cut apart', () => {
      // Prepare
      const prefix = 'Acme-Bedrock-Throttles-Critical-';
      const stateTimestamp = '2026-11-20T10:15:30.123+0000';
      const middleA = `${prefix}${'a'.repeat(40)}-middle-A-${'z'.repeat(40)}`;
      const middleB = `${prefix}${'a'.repeat(40)}-middle-B-${'z'.repeat(40)}`;

      // Act
      const nameA = executionNameFor({ alarmName: middleA, stateTimestamp });
      const nameB = executionNameFor({ alarmName: middleB, stateTimestamp });

      // Assess
      expect(nameA.replace(HASHED, '')).toBe(nameB.replace(HASHED, ''));
      expect(nameA).not.toBe(nameB);
    });

    it('stays within 80 characters for the longest alarm names CloudWatch allows', () => {
      // Prepare: alarm names can be 255 characters.
      const alarmName = 'é:'.repeat(127);

      // Act
      const name = executionNameFor({ alarmName, stateTimestamp: '2026-11-20T10:15:30.123+0000' });

      // Assess
      expect(name.length).toBeLessThanOrEqual(MAX_EXECUTION_NAME_LENGTH);
      expect(name).toMatch(VALID_NAME);
    });
  });

  describe('timestamps that cannot be parsed', () => {
    it.each([
      ['free text', 'yesterday at noon'],
      ['an impossible date', '2026-02-31T10:00:00.000+0000'],
      ['an impossible offset', '2026-11-20T10:15:30.123+2500'],
    ])('still gives a valid, hashed name for %s', (_label, stateTimestamp) => {
      // Act
      const name = executionNameFor({ alarmName: 'Acme-Bedrock-Throttles-Critical-M', stateTimestamp });

      // Assess
      expect(name).toMatch(VALID_NAME);
      expect(name).toMatch(HASHED);
      expect(name.startsWith('Acme-Bedrock-Throttles-Critical-M_')).toBe(true);
    });

    it('keeps different unparseable timestamps apart', () => {
      // Act
      const first = executionNameFor({ alarmName: 'A', stateTimestamp: 'x'.repeat(30) + '1' });
      const second = executionNameFor({ alarmName: 'A', stateTimestamp: 'x'.repeat(30) + '2' });

      // Assess
      expect(first).not.toBe(second);
    });
  });

  describe('collisions between the plain and the hashed form', () => {
    it('cannot happen: plain names end in Z, hashed ones in a hex digit', () => {
      // Prepare: an alarm whose name looks like a hashed execution name
      const hashed = executionNameFor({ alarmName: 'A:B', stateTimestamp: '2026-11-20T10:15:30.123Z' });
      const lookalike = hashed.replace(/_20261120T101530123Z_[0-9a-f]{8}$/, '');

      // Act
      const plain = executionNameFor({ alarmName: lookalike, stateTimestamp: '2026-11-20T10:15:30.123Z' });

      // Assess
      expect(plain).toMatch(/Z$/);
      expect(hashed).toMatch(/[0-9a-f]$/);
      expect(plain).not.toBe(hashed);
    });
  });

  describe('empty keys', () => {
    it.each([
      [{ alarmName: '', stateTimestamp: '2026-11-20T10:15:30.123Z' }],
      [{ alarmName: '   ', stateTimestamp: '2026-11-20T10:15:30.123Z' }],
      [{ alarmName: 'A', stateTimestamp: '' }],
    ])('throws InvalidEventError for %j', (key) => {
      // Act & Assess
      expect(() => executionNameFor(key)).toThrow(InvalidEventError);
    });
  });
});

describe('executionNameForEvent', () => {
  const alarmEvent = (detail: Record<string, unknown>, detailType: unknown = 'CloudWatch Alarm State Change') => ({
    version: '0', id: 'event-1', 'detail-type': detailType, source: 'aws.cloudwatch', detail,
  });
  const fallbackFor = (event: unknown): string => `invalid-event-${createHash('sha256').update(JSON.stringify(event)).digest('hex').slice(0, 16)}`;

  it('names an alarm state change after its transition, as executionNameFor does', () => {
    // Prepare
    const event = alarmEvent({ alarmName: 'Acme-Bedrock-Throttles-Critical-G-Opus-4-6', state: { value: 'ALARM', timestamp: '2026-11-20T10:15:30.123+0000' } });

    // Act
    const name = executionNameForEvent(event);

    // Assess
    expect(name).toBe('Acme-Bedrock-Throttles-Critical-G-Opus-4-6_20261120T101530123Z');
    expect(transitionKeyOf(event)).toEqual({ alarmName: 'Acme-Bedrock-Throttles-Critical-G-Opus-4-6', stateTimestamp: '2026-11-20T10:15:30.123+0000' });
  });

  it('names an event without detail-type after its transition too', () => {
    // Act
    const name = executionNameForEvent({ detail: { alarmName: 'A', state: { timestamp: '2026-11-20T10:15:30Z' } } });

    // Assess
    expect(name).toBe('A_20261120T101530000Z');
  });

  it.each([
    ['no detail', alarmEvent(undefined as never)],
    ['no alarm name', alarmEvent({ state: { timestamp: '2026-11-20T10:15:30.123+0000' } })],
    ['a blank alarm name', alarmEvent({ alarmName: '   ', state: { timestamp: '2026-11-20T10:15:30.123+0000' } })],
    ['an alarm name that is not a string', alarmEvent({ alarmName: 42, state: { timestamp: '2026-11-20T10:15:30.123+0000' } })],
    ['no state timestamp', alarmEvent({ alarmName: 'A', state: { value: 'ALARM' } })],
    ['another detail-type', alarmEvent({ alarmName: 'A', state: { timestamp: '2026-11-20T10:15:30.123+0000' } }, 'CloudWatch Alarm Configuration Change')],
    ['null', null],
    ['a string', 'not an event'],
  ])('gives an event with %s the fallback name invalid-event-<16 hex of the SHA-256 of its JSON>', (_label, event) => {
    // Act
    const name = executionNameForEvent(event);

    // Assess
    expect(name).toBe(fallbackFor(event));
    expect(name).toMatch(/^invalid-event-[0-9a-f]{16}$/);
    expect(transitionKeyOf(event)).toBeUndefined();
  });

  it('gives the same broken event the same name, and different ones different names', () => {
    // Prepare
    const broken = alarmEvent({ state: { timestamp: '2026-11-20T10:15:30.123+0000' } });

    // Act
    const first = executionNameForEvent(broken);
    const again = executionNameForEvent(structuredClone(broken));
    const other = executionNameForEvent({ ...broken, id: 'event-2' });

    // Assess
    expect(again).toBe(first);
    expect(other).not.toBe(first);
  });

  it('names even undefined without throwing', () => {
    // Act & Assess
    expect(executionNameForEvent(undefined)).toMatch(/^invalid-event-[0-9a-f]{16}$/);
  });

  describe('organization mode: the same alarm in two member accounts or Regions at the same instant', () => {
    const HOME = { account: '111111111111', region: 'us-east-1' };
    const memberEvent = (account: string, region: string) => ({
      ...alarmEvent({ alarmName: 'Acme-Bedrock-Throttles-Critical-G-Opus-4-6', state: { value: 'ALARM', timestamp: '2026-11-20T10:15:30.123+0000' } }),
      account, region,
    });

    it('gives each member account and Region its own name, so neither is taken for a duplicate of the other', () => {
      // Act
      const names = [
        executionNameForEvent(memberEvent('222222222222', 'us-east-1'), HOME),
        executionNameForEvent(memberEvent('333333333333', 'us-east-1'), HOME),
        executionNameForEvent(memberEvent('222222222222', 'us-west-2'), HOME),
        executionNameForEvent(memberEvent(HOME.account, HOME.region), HOME),
      ];

      // Assess
      expect(new Set(names).size).toBe(4);
      for (const name of names.slice(0, 3)) expect(name).toMatch(/^Acme-Bedrock-Throttles-Critical-G-Opus-4-6_20261120T101530123Z_[0-9a-f]{8}$/);
      expect(names.every((name) => name.length <= 80)).toBe(true);
    });

    it('keeps the plain name for the workflow\'s own account and Region, and a redelivery gets the same name', () => {
      // Act & Assess
      expect(executionNameForEvent(memberEvent(HOME.account, HOME.region), HOME)).toBe('Acme-Bedrock-Throttles-Critical-G-Opus-4-6_20261120T101530123Z');
      expect(executionNameForEvent(memberEvent('222222222222', 'us-east-1'), HOME)).toBe(executionNameForEvent(memberEvent('222222222222', 'us-east-1'), HOME));
      expect(transitionKeyOf(memberEvent('222222222222', 'us-west-2'), HOME)?.source).toEqual({ account: '222222222222', region: 'us-west-2' });
    });
  });
});
