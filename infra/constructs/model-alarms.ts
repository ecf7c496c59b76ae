/**
 * Every alarm of one model: the child alarms (errors, usage against quota, latency, anomalies), the anomaly detectors
 * behind the anomaly alarms, and the composite alarm that ORs the children.
 *
 * Each alarm is declared straight from its complete configuration (src/core/alarm-config.ts), the same description
 * the threshold updater re-sends with PutMetricAlarm: what CloudFormation creates and what the updater writes can
 * only differ in the threshold. The child alarms have no actions: EventBridge sees their state changes directly
 * (see EventsToStarterFunction).
 */
import { CfnAlarm, CfnAnomalyDetector, CfnCompositeAlarm } from 'aws-cdk-lib/aws-cloudwatch';
import { Construct } from 'constructs';
import {
  BEDROCK_NAMESPACE,
  MODEL_DIMENSION,
  USAGE_PERIOD_SECONDS,
  UNSIZED_USAGE_THRESHOLD,
  compositeAlarmConfiguration,
  declaredAlarmKinds,
  metricAlarmConfiguration,
  metricNameOf,
  metricSourceOf,
  profileAlarmConfiguration,
  usageThresholdPercent,
} from '#core/alarm-config.js';
import type { CompositeAlarmConfiguration, MetricAlarmConfiguration, UsageSizing } from '#core/alarm-config.js';
import { ALARM_CATALOGUE, QUOTA_KEYS } from '#core/catalogue.js';
import type { AlarmKind, QuotaName } from '#core/catalogue.js';
import { thresholdFor } from '#core/quota-math.js';
import type { ResolvedModel } from '../config.js';

export { BEDROCK_NAMESPACE, MODEL_DIMENSION, USAGE_PERIOD_SECONDS, UNSIZED_USAGE_THRESHOLD };

export interface ModelAlarmsProps {
  customerName: string;
  model: ResolvedModel;
}

/** The quota a usage alarm is sized from at deploy: the configuration's `currentQuotas`. */
export const deploySizing = (model: ResolvedModel, quota: QuotaName): UsageSizing => {
  const value = model.currentQuotas[QUOTA_KEYS[quota]];
  return value === undefined ? {} : { quota: value };
};

/** The threshold of a usage alarm at deploy (quota × threshold percent), or undefined when the quota value is not known. */
export const usageThreshold = (model: ResolvedModel, quota: QuotaName): number | undefined => {
  const value = model.currentQuotas[QUOTA_KEYS[quota]];
  return value === undefined ? undefined : thresholdFor(value, usageThresholdPercent(model, quota));
};

/** The deploy-time configuration of one child alarm (what CloudFormation declares). */
export const deployedAlarmConfiguration = (customerName: string, model: ResolvedModel, kind: AlarmKind): MetricAlarmConfiguration => {
  const rule = ALARM_CATALOGUE[kind].threshold;
  return metricAlarmConfiguration(customerName, model, kind, rule.type === 'quotaPercent' ? deploySizing(model, rule.quota) : {});
};

/** L1 prop names that are not the CloudFormation name with a lower-case first letter. */
const L1_NAME_EXCEPTIONS: Readonly<Record<string, string>> = { OKActions: 'okActions' };

/**
 * PascalCase API/CloudFormation names → the camelCase L1 props, recursively (keys only, never values). An L1 silently
 * drops a prop it does not know, so test/infra/threshold-updater.suite.ts compares the template with the configuration.
 */
const toL1Props = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(toL1Props);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [L1_NAME_EXCEPTIONS[key] ?? key.charAt(0).toLowerCase() + key.slice(1), toL1Props(inner)]));
  }
  return value;
};

export class ModelAlarms extends Construct {
  /** Child alarms by kind (no HighInvocationRate when the model has no RPM quota). */
  public readonly alarms: Partial<Record<AlarmKind, CfnAlarm>> = {};
  /** The per-profile alarms the configuration asks for (`applicationProfiles[].alarms`). */
  public readonly profileAlarms: CfnAlarm[] = [];
  public readonly composite: CfnCompositeAlarm;
  /** The configurations the alarms were declared from, by alarm name. */
  public readonly configurations = new Map<string, MetricAlarmConfiguration | CompositeAlarmConfiguration>();
  /** Kinds whose usage threshold is a placeholder until the threshold updater runs. */
  public readonly unsizedKinds: AlarmKind[] = [];

  constructor(scope: Construct, id: string, props: ModelAlarmsProps) {
    super(scope, id);
    const { customerName, model } = props;
    const kinds = declaredAlarmKinds(model);

    for (const kind of kinds) {
      const spec = ALARM_CATALOGUE[kind];
      const configuration = deployedAlarmConfiguration(customerName, model, kind);
      if (spec.threshold.type === 'quotaPercent' && deploySizing(model, spec.threshold.quota).quota === undefined) this.unsizedKinds.push(kind);
      const alarm = new CfnAlarm(this, kind, toL1Props(configuration) as never);
      if (spec.threshold.type === 'anomalyBand') {
        // Declared explicitly (as the original does) so the model exists, with the alarm's exact statistic, before
        // the alarm is created, and is deleted with the stack.
        const source = metricSourceOf(model.endpoint);
        const detector = new CfnAnomalyDetector(this, `${kind}Detector`, {
          singleMetricAnomalyDetector: {
            namespace: source.namespace,
            metricName: metricNameOf(kind, model.endpoint),
            dimensions: [{ name: source.dimension, value: model.modelId }],
            stat: spec.statistic,
          },
        });
        alarm.node.addDependency(detector);
      }
      this.alarms[kind] = alarm;
      this.configurations.set(configuration.AlarmName, configuration);
    }

    // The alarms of a profile's own traffic, where the configuration asks for them (errors, latency).
    for (const profile of model.endpoint === 'bedrock-mantle' ? [] : (model.applicationProfiles ?? [])) {
      for (const kind of profile.alarms ?? []) {
        const configuration = profileAlarmConfiguration(customerName, model, profile, kind);
        this.profileAlarms.push(new CfnAlarm(this, `${kind}-${profile.name}`, toL1Props(configuration) as never));
        this.configurations.set(configuration.AlarmName, configuration);
      }
    }

    const composite = compositeAlarmConfiguration(customerName, model, kinds);
    this.composite = new CfnCompositeAlarm(this, 'Composite', toL1Props(composite) as never);
    // The rule names its children (so the updater can write the same text); the names do not order the creation.
    for (const alarm of [...Object.values(this.alarms), ...this.profileAlarms]) this.composite.node.addDependency(alarm);
    this.configurations.set(composite.AlarmName, composite);
  }
}
