import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firedAlarmsOfModel, resolveChildAlarms } from '#steps/resolve.js';
import { PROJECT_ROOT } from '#local/project-root.js';
import { ALARM_KINDS, alarmName, compositeAlarmName, profileAlarmName } from '#core/catalogue.js';
import type { AlarmStatus } from '#core/model.js';
import type { AlarmsPort } from '#ports/index.js';

const ARN = (name: string): string => `arn:aws:cloudwatch:us-east-1:123456789012:alarm:${name}`;

const status = (name: string, state: AlarmStatus['state'], type: AlarmStatus['type'] = 'MetricAlarm'): AlarmStatus => ({
  name, arn: ARN(name), type, state, stateUpdatedAt: '2026-06-01T10:00:00.000Z',
});

/** An AlarmsPort that records each call and answers with the given statuses for the names asked. */
const recordingPort = (statuses: AlarmStatus[]): AlarmsPort & { calls: (readonly string[])[] } => {
  const calls: (readonly string[])[] = [];
  return {
    calls,
    describeAlarms: async (names) => {
      calls.push(names);
      return statuses.filter((s) => names.includes(s.name));
    },
  };
};

describe('firedAlarmsOfModel', () => {
  it('reads every alarm of the model with one DescribeAlarms of the catalogue names', async () => {
    // Prepare
    const port = recordingPort([]);

    // Act
    await firedAlarmsOfModel(port, 'Acme', 'G-Opus-4-6');

    // Assess
    expect(port.calls).toHaveLength(1);
    expect(port.calls[0]).toEqual(ALARM_KINDS.map((kind) => alarmName('Acme', kind, 'G-Opus-4-6')));
  });

  it('keeps the alarms in ALARM, with their kind and transition time', async () => {
    // Prepare
    const throttles = alarmName('Acme', 'Throttles', 'G-Opus-4-6');
    const port = recordingPort([
      { ...status(throttles, 'ALARM'), stateReason: 'Threshold Crossed' },
      status(alarmName('Acme', 'ServerErrors', 'G-Opus-4-6'), 'OK'),
      status(alarmName('Acme', 'HighLatency', 'G-Opus-4-6'), 'INSUFFICIENT_DATA'),
      status(compositeAlarmName('Acme', 'G-Opus-4-6'), 'ALARM', 'CompositeAlarm'),
    ]);

    // Act
    const fired = await firedAlarmsOfModel(port, 'Acme', 'G-Opus-4-6');

    // Assess
    expect(fired).toEqual([{ name: throttles, arn: ARN(throttles), kind: 'Throttles', since: '2026-06-01T10:00:00.000Z', reason: 'Threshold Crossed' }]);
  });

  it('ignores alarms of another model that the port might return', async () => {
    // Prepare
    const other = alarmName('Acme', 'Throttles', 'Other-Model');
    const port: AlarmsPort = { describeAlarms: async () => [status(other, 'ALARM')] };

    // Act
    const fired = await firedAlarmsOfModel(port, 'Acme', 'G-Opus-4-6', undefined);

    // Assess
    expect(fired).toEqual([]);
  });
});

describe('resolveChildAlarms', () => {
  const sample = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(PROJECT_ROOT, 'samples/events', file), 'utf8')) as Record<string, unknown>;
  const execution = { id: 'arn:aws:states:us-east-1:123456789012:execution:sm:x', name: 'x', startedAt: '2026-06-01T10:00:01.000Z' };
  const settings = { loadDocument: async () => ({ customerName: 'Acme', models: [{ name: 'G-Opus-4-6', modelId: 'global.anthropic.claude-opus-4-6-v1' }] }) };
  const throttles = alarmName('Acme', 'Throttles', 'G-Opus-4-6');

  it("starts a child alarm's incident from its event without reading the alarms (ClassifyAlarms reads them once, after the settle window)", async () => {
    // Prepare
    const port = recordingPort([status(throttles, 'ALARM')]);

    // Act
    const out = await resolveChildAlarms({ event: sample('metric-alarm-state-change.json'), execution }, { alarms: port, settings });

    // Assess
    expect(port.calls).toHaveLength(0);
    expect(out.status).toBe('incident');
    expect(out.status === 'incident' && out.incident.alarms).toEqual([{
      name: throttles, arn: ARN(throttles), kind: 'Throttles', since: '2026-06-01T10:00:00.000Z', reason: 'Threshold Crossed (simulated InvocationThrottles Sum)',
    }]);
  });

  it("reads the model's alarms for a composite's event, and ends quietly when none is in ALARM", async () => {
    // Prepare
    const port = recordingPort([status(throttles, 'OK')]);

    // Act
    const out = await resolveChildAlarms({ event: sample('composite-alarm-state-change.json'), execution }, { alarms: port, settings });

    // Assess
    expect(port.calls).toHaveLength(1);
    expect(out.status).toBe('nothing_to_do');
  });
});

describe('per-profile alarms (applicationProfiles[].alarms)', () => {
  const execution = { id: 'arn:aws:states:us-east-1:123456789012:execution:sm:x', name: 'x', startedAt: '2026-06-01T10:00:01.000Z' };
  const haiku = {
    name: 'Haiku-4-5', modelId: 'us.anthropic.claude-haiku-4-5-20251001-v1:0',
    applicationProfiles: [{ name: 'support-bot', profileId: 'a1b2c3d4e5f6', alarms: ['ServerErrors', 'HighLatency'] }, { name: 'search', profileId: 'f6e5d4c3b2a1' }],
  };
  const settings = { loadDocument: async () => ({ customerName: 'Acme', models: [haiku] }) };
  const profileServerErrors = profileAlarmName('Acme', 'ServerErrors', 'Haiku-4-5', 'support-bot');

  it("a profile alarm's event is an incident of its model, classified as its kind", async () => {
    // Prepare
    const event = JSON.parse(readFileSync(join(PROJECT_ROOT, 'samples/events/metric-alarm-state-change.json'), 'utf8')) as { detail: Record<string, unknown>; resources: string[] };
    event.detail.alarmName = profileServerErrors;
    event.resources = [ARN(profileServerErrors)];

    // Act
    const out = await resolveChildAlarms({ event, execution }, { alarms: recordingPort([]), settings });

    // Assess
    expect(out.status).toBe('incident');
    expect(out.status === 'incident' && out.incident.model.name).toBe('Haiku-4-5');
    expect(out.status === 'incident' && out.incident.alarms.map((a) => [a.name, a.kind])).toEqual([[profileServerErrors, 'ServerErrors']]);
  });

  it("reads the model's profile alarms with its catalogue alarms, in the same DescribeAlarms", async () => {
    // Prepare
    const port = recordingPort([status(profileServerErrors, 'ALARM'), status(alarmName('Acme', 'ServerErrors', 'Haiku-4-5'), 'OK')]);

    // Act
    const fired = await firedAlarmsOfModel(port, 'Acme', haiku as never);

    // Assess
    expect(port.calls).toHaveLength(1);
    expect(port.calls[0]).toEqual([
      ...ALARM_KINDS.map((kind) => alarmName('Acme', kind, 'Haiku-4-5')),
      profileServerErrors, profileAlarmName('Acme', 'HighLatency', 'Haiku-4-5', 'support-bot'),
    ]);
    expect(fired.map((a) => [a.name, a.kind])).toEqual([[profileServerErrors, 'ServerErrors']]);
  });
});
