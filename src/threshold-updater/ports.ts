/**
 * What the threshold updater talks to, besides the QuotasPort of the workflow: the alarms it rewrites, the history it
 * keeps, the team it tells, and the deployment description the custom resource leaves for the scheduled runs. One AWS
 * implementation of each (./aws) and one in-memory implementation (./sandbox.ts) for the local simulation and tests.
 */
import type { CompositeAlarmConfiguration, MetricAlarmConfiguration } from '../core/alarm-config.js';
import type { ThresholdHistoryEntry, ThresholdNotification } from '../core/thresholds.js';
import type { QuotasPort } from '../ports/index.js';
import type { ThresholdDeployment } from './deployment.js';

export interface CurrentAlarms {
  /** Metric alarms that exist, by name, with their threshold (undefined for an alarm without one). */
  thresholds: Map<string, number | undefined>;
  /** The composite alarm's rule, undefined when it does not exist. */
  compositeRule: string | undefined;
}

export interface ThresholdAlarmsPort {
  /** The named metric alarms that exist and the composite's rule. Unknown names are simply absent. */
  describe(metricAlarmNames: readonly string[], compositeName: string): Promise<CurrentAlarms>;
  /** PutMetricAlarm with the complete configuration (the call overwrites whatever it is not given). */
  putMetricAlarm(configuration: MetricAlarmConfiguration): Promise<void>;
  /** PutCompositeAlarm with the complete configuration. */
  putCompositeAlarm(configuration: CompositeAlarmConfiguration): Promise<void>;
  deleteAlarms(names: readonly string[]): Promise<void>;
}

export interface ThresholdHistoryPort {
  record(entries: readonly ThresholdHistoryEntry[]): Promise<void>;
  /** Newest first; every model when `model` is not given. */
  list(options?: { model?: string; limit?: number }): Promise<ThresholdHistoryEntry[]>;
}

export interface ThresholdNotificationsPort {
  publish(message: ThresholdNotification): Promise<{ messageId: string }>;
}

/** Where the custom resource leaves the deployment description for the scheduled runs. */
export interface DeploymentStorePort {
  save(deployment: ThresholdDeployment): Promise<void>;
  load(): Promise<ThresholdDeployment | undefined>;
}

export interface ThresholdUpdaterPorts {
  quotas: QuotasPort;
  alarms: ThresholdAlarmsPort;
  history: ThresholdHistoryPort;
  notifications: ThresholdNotificationsPort;
}
