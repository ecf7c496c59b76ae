/**
 * Every alarm of one model, built from the alarm catalogue: the child alarms (errors, usage against quota, latency,
 * anomalies), the anomaly detectors behind the anomaly alarms, and the composite alarm that ORs the children.
 * The child alarms have no actions: EventBridge sees their state changes directly (see EventsToStarterFunction).
 */
import { Duration, Tags } from 'aws-cdk-lib';
import {
  AlarmRule,
  AlarmState,
  AnomalyDetectionAlarm,
  Alarm,
  CfnAnomalyDetector,
  ComparisonOperator,
  CompositeAlarm,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { IAlarm } from 'aws-cdk-lib/aws-cloudwatch';
import { Construct } from 'constructs';
import { ALARM_CATALOGUE, ALARM_TAGS, alarmKindsForModel, alarmName, compositeAlarmName } from '../../src/core/catalogue.js';
import type { AlarmKind, AlarmKindSpec, QuotaName } from '../../src/core/catalogue.js';
import type { ResolvedModel } from '../config.js';

export const BEDROCK_NAMESPACE = 'AWS/Bedrock';
export const MODEL_DIMENSION = 'ModelId';
/** Quotas are per minute, so usage alarms always evaluate one-minute sums. */
export const USAGE_PERIOD_SECONDS = 60;

export interface ModelAlarmsProps {
  customerName: string;
  model: ResolvedModel;
}

/** The threshold of a usage alarm: quota × threshold percent, or undefined when the quota value is not known. */
export const usageThreshold = (model: ResolvedModel, quota: QuotaName): number | undefined => {
  const value = quota === 'RPM' ? model.currentQuotas.rpm : model.currentQuotas.tpm;
  const percent = quota === 'RPM' ? model.percents.rpmThresholdPercent : model.percents.tpmThresholdPercent;
  return value === undefined ? undefined : (value * percent) / 100;
};

/**
 * Threshold of a usage alarm whose quota was not given in the configuration. CloudWatch needs a number; this one
 * (10^12 per minute, far above any Bedrock quota) keeps the alarm quiet until the threshold updater writes the real
 * quota × percent. The alarm description says so, and the synth prints a warning naming the model.
 */
export const UNSIZED_USAGE_THRESHOLD = 1e12;

export class ModelAlarms extends Construct {
  /** Child alarms by kind (no HighInvocationRate when the model has no RPM quota). */
  public readonly alarms: Partial<Record<AlarmKind, IAlarm>> = {};
  public readonly composite: CompositeAlarm;
  /** Kinds whose usage threshold is a placeholder until the threshold updater runs. */
  public readonly unsizedKinds: AlarmKind[] = [];

  constructor(scope: Construct, id: string, props: ModelAlarmsProps) {
    super(scope, id);
    const { customerName, model } = props;

    for (const kind of alarmKindsForModel(model.hasRpmQuota)) {
      const spec = ALARM_CATALOGUE[kind];
      const alarm = this.buildAlarm(customerName, model, spec);
      Tags.of(alarm).add(ALARM_TAGS.project, customerName);
      Tags.of(alarm).add(ALARM_TAGS.kind, kind);
      Tags.of(alarm).add(ALARM_TAGS.model, model.name);
      this.alarms[kind] = alarm;
    }

    const children = Object.values(this.alarms);
    this.composite = new CompositeAlarm(this, 'Composite', {
      compositeAlarmName: compositeAlarmName(customerName, model.name),
      alarmDescription: `Any Bedrock Ops Alert alarm of ${model.name} (${model.modelId}) is in ALARM.`,
      alarmRule: AlarmRule.anyOf(...children.map((child) => AlarmRule.fromAlarm(child, AlarmState.ALARM))),
    });
    // The composite has no kind: it is recognised by its exact name (compositeAlarmName).
    Tags.of(this.composite).add(ALARM_TAGS.project, customerName);
    Tags.of(this.composite).add(ALARM_TAGS.model, model.name);
  }

  private metric(model: ResolvedModel, spec: AlarmKindSpec, periodSeconds: number): Metric {
    return new Metric({
      namespace: BEDROCK_NAMESPACE,
      metricName: spec.metric,
      dimensionsMap: { [MODEL_DIMENSION]: model.modelId },
      statistic: spec.statistic,
      period: Duration.seconds(periodSeconds),
    });
  }

  private buildAlarm(customerName: string, model: ResolvedModel, spec: AlarmKindSpec): IAlarm {
    const name = alarmName(customerName, spec.kind, model.name);
    const common = { alarmName: name, treatMissingData: TreatMissingData.NOT_BREACHING };
    const { alarms } = model;
    const rule = spec.threshold;
    switch (rule.type) {
      case 'errorCount':
        return new Alarm(this, spec.kind, {
          ...common,
          metric: this.metric(model, spec, alarms.critical.periodSeconds),
          threshold: alarms.critical.errorThreshold,
          evaluationPeriods: alarms.critical.evaluationPeriods,
          comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
          alarmDescription: `${model.name}: ${spec.meaning}. More than ${alarms.critical.errorThreshold} per ${alarms.critical.periodSeconds} s for ${alarms.critical.evaluationPeriods} periods.`,
        });
      case 'quotaPercent': {
        const threshold = usageThreshold(model, rule.quota);
        if (threshold === undefined) this.unsizedKinds.push(spec.kind);
        const percent = rule.quota === 'RPM' ? model.percents.rpmThresholdPercent : model.percents.tpmThresholdPercent;
        return new Alarm(this, spec.kind, {
          ...common,
          metric: this.metric(model, spec, USAGE_PERIOD_SECONDS),
          threshold: threshold ?? UNSIZED_USAGE_THRESHOLD,
          evaluationPeriods: alarms.usage.evaluationPeriods,
          comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
          alarmDescription:
            `${model.name}: ${spec.meaning}. Threshold = ${rule.quota} quota x ${percent}% ` +
            (threshold === undefined
              ? '(quota not given at deploy: placeholder until the threshold updater sets it).'
              : `(quota ${rule.quota === 'RPM' ? model.currentQuotas.rpm : model.currentQuotas.tpm} at deploy; kept current by the threshold updater).`),
        });
      }
      case 'latencyMs':
        return new Alarm(this, spec.kind, {
          ...common,
          metric: this.metric(model, spec, alarms.latency.periodSeconds),
          threshold: alarms.latency.thresholdMs,
          evaluationPeriods: alarms.latency.evaluationPeriods,
          comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
          alarmDescription: `${model.name}: ${spec.meaning}. Average above ${alarms.latency.thresholdMs} ms over ${alarms.latency.evaluationPeriods} x ${alarms.latency.periodSeconds} s.`,
        });
      case 'anomalyBand': {
        // Declared explicitly (as the original does) so the model exists, with the alarm's exact statistic, before
        // the alarm is created, and is deleted with the stack.
        const detector = new CfnAnomalyDetector(this, `${spec.kind}Detector`, {
          singleMetricAnomalyDetector: {
            namespace: BEDROCK_NAMESPACE,
            metricName: spec.metric,
            dimensions: [{ name: MODEL_DIMENSION, value: model.modelId }],
            stat: spec.statistic,
          },
        });
        const alarm = new AnomalyDetectionAlarm(this, spec.kind, {
          ...common,
          metric: this.metric(model, spec, alarms.anomaly.periodSeconds),
          stdDevs: alarms.anomaly.stdDevs,
          evaluationPeriods: alarms.anomaly.evaluationPeriods,
          // Upper edge only: less traffic than expected is not an incident.
          comparisonOperator: ComparisonOperator.GREATER_THAN_UPPER_THRESHOLD,
          alarmDescription: `${model.name}: ${spec.meaning}. Above a ${alarms.anomaly.stdDevs}-standard-deviation band for ${alarms.anomaly.evaluationPeriods} x ${alarms.anomaly.periodSeconds} s.`,
        });
        alarm.node.addDependency(detector);
        return alarm;
      }
    }
  }
}
