/**
 * In-memory implementations of the threshold updater's ports: the local simulation and the tests. The alarms start
 * as the CDK app declares them (the same configuration functions), so the updater sees what it would see after a
 * deploy.
 */
import { alarmSourcesOf, compositeAlarmConfiguration, declaredAlarmKinds, metricAlarmConfiguration } from '#core/alarm-config.js';
import type { AlarmSource } from '#core/alarm-config.js';
import type { CompositeAlarmConfiguration, MetricAlarmConfiguration } from '#core/alarm-config.js';
import { ALARM_CATALOGUE, QUOTA_KEYS } from '#core/catalogue.js';
import type { ThresholdHistoryEntry, ThresholdNotification } from '#core/thresholds.js';
import type { DeployedModel, ThresholdDeployment } from '#core/threshold-deployment.js';
import type { CurrentAlarms, DeploymentStorePort, NotificationsPort, ThresholdAlarmsPort, ThresholdHistoryPort } from '#ports/index.js';

export class InMemoryThresholdAlarms implements ThresholdAlarmsPort {
  readonly metricAlarms = new Map<string, MetricAlarmConfiguration>();
  readonly compositeAlarms = new Map<string, CompositeAlarmConfiguration>();
  /** Every write, in order, as the AWS API would have received it. */
  readonly calls: { api: 'PutMetricAlarm' | 'PutCompositeAlarm' | 'DeleteAlarms'; input: unknown }[] = [];

  /** The alarms of a deployment as CloudFormation creates them (deploy-time quotas, or the placeholder). */
  static deployed(deployment: ThresholdDeployment): InMemoryThresholdAlarms {
    const alarms = new InMemoryThresholdAlarms();
    for (const model of deployment.models) alarms.deploy(deployment.customerName, model);
    return alarms;
  }

  deploy(customerName: string, model: DeployedModel): void {
    const kinds = declaredAlarmKinds(model);
    for (const kind of kinds) {
      const rule = ALARM_CATALOGUE[kind].threshold;
      const quota = rule.type === 'quotaPercent' ? model.currentQuotas[QUOTA_KEYS[rule.quota]] : undefined;
      const configuration = metricAlarmConfiguration(customerName, model, kind, quota === undefined ? {} : { quota });
      this.metricAlarms.set(configuration.AlarmName, configuration);
    }
    const composite = compositeAlarmConfiguration(customerName, model, kinds);
    this.compositeAlarms.set(composite.AlarmName, composite);
  }

  async describe(metricAlarmNames: readonly string[], compositeName: string): Promise<CurrentAlarms> {
    const thresholds = new Map<string, number | undefined>();
    const sources = new Map<string, AlarmSource[]>();
    for (const name of metricAlarmNames) {
      const alarm = this.metricAlarms.get(name);
      if (!alarm) continue;
      thresholds.set(name, alarm.Threshold);
      sources.set(name, alarmSourcesOf(alarm));
    }
    return { thresholds, compositeRule: this.compositeAlarms.get(compositeName)?.AlarmRule, sources };
  }

  async putMetricAlarm(configuration: MetricAlarmConfiguration): Promise<void> {
    this.calls.push({ api: 'PutMetricAlarm', input: structuredClone(configuration) });
    this.metricAlarms.set(configuration.AlarmName, structuredClone(configuration));
  }

  async putCompositeAlarm(configuration: CompositeAlarmConfiguration): Promise<void> {
    this.calls.push({ api: 'PutCompositeAlarm', input: structuredClone(configuration) });
    this.compositeAlarms.set(configuration.AlarmName, structuredClone(configuration));
  }

  async deleteAlarms(names: readonly string[]): Promise<void> {
    this.calls.push({ api: 'DeleteAlarms', input: { AlarmNames: [...names] } });
    for (const name of names) this.metricAlarms.delete(name);
  }
}

export class InMemoryThresholdHistory implements ThresholdHistoryPort, DeploymentStorePort {
  readonly entries: ThresholdHistoryEntry[] = [];
  private deployment: ThresholdDeployment | undefined;

  async record(entries: readonly ThresholdHistoryEntry[]): Promise<void> {
    this.entries.push(...entries.map((entry) => ({ ...entry })));
  }

  async list(options: { model?: string; account?: string; region?: string; limit?: number } = {}): Promise<ThresholdHistoryEntry[]> {
    return this.entries
      .filter((entry) => options.model === undefined || (entry.model === options.model && entry.account === options.account && entry.region === options.region))
      .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
      .slice(0, options.limit ?? Number.POSITIVE_INFINITY);
  }

  async save(deployment: ThresholdDeployment): Promise<void> {
    this.deployment = structuredClone(deployment);
  }

  async load(): Promise<ThresholdDeployment | undefined> {
    return this.deployment && structuredClone(this.deployment);
  }
}

export class RecordingThresholdNotifications implements NotificationsPort {
  readonly sent: (ThresholdNotification & { messageId: string })[] = [];

  async publish(message: ThresholdNotification): Promise<{ messageId: string }> {
    const messageId = `msg-threshold-${this.sent.length + 1}`;
    this.sent.push({ ...message, messageId });
    return { messageId };
  }
}
