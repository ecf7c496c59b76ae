/**
 * Shorthand scenario events → the exact EventBridge events CloudWatch emits: one "CloudWatch Alarm State Change" per
 * child alarm that changes state, then one for the composite when its state changes, `reasonData` as a JSON string.
 */
import { createHash } from 'node:crypto';
import { ALARM_CATALOGUE, alarmName, compositeAlarmName } from '#core/catalogue.js';
import { metricNameOf, metricSourceOf } from '#core/alarm-config.js';
import type { SandboxAccount } from '#adapters/sandbox/account.js';
import { alarmKindsOf } from '#adapters/sandbox/account.js';

export interface ShorthandEvent {
  model: string;
  alarms: string[];
  at: string;
  state?: 'ALARM' | 'OK';
}

export interface AlarmEventEnvelope {
  version: '0';
  id: string;
  'detail-type': 'CloudWatch Alarm State Change';
  source: 'aws.cloudwatch';
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: Record<string, unknown> & { alarmName: string; state: { value: string; timestamp: string; reason?: string; reasonData?: string } };
}

/** CloudWatch's state timestamp format: 2026-06-01T10:00:00.000+0000 */
const cwTimestamp = (iso: string): string => new Date(Date.parse(iso)).toISOString().replace('Z', '+0000');
const envelopeTime = (iso: string): string => new Date(Date.parse(iso)).toISOString().replace(/\.\d{3}Z$/, 'Z');

const eventId = (...parts: string[]): string => {
  const h = createHash('sha256').update(parts.join('|')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};

/** Applies the shorthand to the simulated alarms and returns the events CloudWatch would emit, children first. */
export const expandShorthand = (account: SandboxAccount, event: ShorthandEvent, where: string): AlarmEventEnvelope[] => {
  const kinds = alarmKindsOf(event.alarms, where);
  const customer = account.scenario.customerName;
  const model = account.model(event.model);
  const newState = event.state ?? 'ALARM';
  const at = new Date(Date.parse(event.at)).toISOString();
  const composite = compositeAlarmName(customer, model.name);
  const compositeBefore = account.alarmState(composite)?.state ?? 'OK';
  const existing = new Set(account.modelAlarmNames(model.name));
  const changed = kinds.filter((kind) => {
    const name = alarmName(customer, kind, model.name);
    if (!existing.has(name)) throw new Error(`${where}: model '${model.name}' has no ${kind} alarm (no RPM quota, so no RPM usage alarm)`);
    return (account.alarmState(name)?.state ?? 'OK') !== newState;
  });
  const previous = Object.fromEntries(changed.map((kind) => [kind, account.alarmState(alarmName(customer, kind, model.name))]));
  account.setAlarmStates(model.name, changed, newState, at);
  const events: AlarmEventEnvelope[] = changed.map((kind) => {
    const name = alarmName(customer, kind, model.name);
    const spec = ALARM_CATALOGUE[kind];
    // The metric and namespace of the model's endpoint (HighOutputTPMQuotaUsage exists on bedrock-mantle only).
    const source = metricSourceOf(model.endpoint);
    const metric = metricNameOf(kind, model.endpoint);
    const prev = previous[kind];
    return envelope(account, name, at, {
      alarmName: name,
      state: { value: newState, reason: `Threshold Crossed (simulated ${metric} ${spec.statistic})`, reasonData: JSON.stringify({ version: '1.0', queryDate: cwTimestamp(at), statistic: spec.statistic, period: 60, recentDatapoints: [] }), timestamp: cwTimestamp(at) },
      previousState: { value: prev?.state ?? 'OK', reason: 'simulated', timestamp: cwTimestamp(prev?.since ?? '2026-01-01T00:00:00Z') },
      configuration: { description: `${spec.meaning} (${model.modelId})`, metrics: [{ id: 'm1', metricStat: { metric: { namespace: source.namespace, name: metric, dimensions: { [source.dimension]: model.modelId } }, period: 60, stat: spec.statistic }, returnData: true }] },
    });
  });
  const compositeAfter = account.alarmState(composite)?.state ?? 'OK';
  if (compositeAfter !== compositeBefore) {
    const triggering = changed.map((kind) => ({ arn: account.alarmArn(alarmName(customer, kind, model.name)), state: { value: newState, timestamp: cwTimestamp(at) } }));
    events.push(envelope(account, composite, at, {
      alarmName: composite,
      state: { value: compositeAfter, reason: `${triggering.map((t) => t.arn).join(', ')} transitioned to ${newState}`, reasonData: JSON.stringify({ triggeringAlarms: triggering }), timestamp: cwTimestamp(at) },
      previousState: { value: compositeBefore, reason: 'simulated', reasonData: JSON.stringify({ triggeringAlarms: [] }), timestamp: cwTimestamp('2026-01-01T00:00:00Z') },
      configuration: { alarmRule: account.modelAlarmNames(model.name).map((n) => `ALARM("${n}")`).join(' OR ') },
    }));
  }
  return events;
};

const envelope = (account: SandboxAccount, name: string, at: string, detail: AlarmEventEnvelope['detail']): AlarmEventEnvelope => ({
  version: '0',
  id: eventId(account.account, name, at, detail.state.value),
  'detail-type': 'CloudWatch Alarm State Change',
  source: 'aws.cloudwatch',
  account: account.account,
  time: envelopeTime(at),
  region: account.region,
  resources: [account.alarmArn(name)],
  detail,
});
