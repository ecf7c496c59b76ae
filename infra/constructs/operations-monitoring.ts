/**
 * Watching the watcher: alarms on the deployment's own failures (failed or timed-out executions, dead-lettered
 * alarm events, Lambda errors) sent to the operations topic, and the one dashboard of the deployment: per model,
 * usage against quota and threshold and the state of its alarms.
 *
 * Operational alarm names never start with `{Customer}-Bedrock-`, so the EventBridge rule cannot mistake them for
 * model alarms and start the workflow about its own failures.
 */
import { Duration } from 'aws-cdk-lib';
import {
  Alarm,
  AlarmStatusWidget,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  Metric,
  TextWidget,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import type { HorizontalAnnotation, IAlarm, IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { ALARM_CATALOGUE, alarmKindsForModel, alarmName, compositeAlarmName } from '#core/catalogue.js';
import type { ResolvedModel } from '../config.js';
import type { HandlerFunction } from './handler-function.js';
import { metricNameOf, metricSourceOf } from '#core/alarm-config.js';
import { USAGE_PERIOD_SECONDS, usageThreshold } from './model-alarms.js';

export interface OperationsMonitoringProps {
  customerName: string;
  alarmNamePrefix: string;
  models: readonly ResolvedModel[];
  stateMachine: StateMachine;
  deadLetterQueue: IQueue;
  /** Messages SNS could not deliver to an e-mail subscription. */
  undeliverableQueue: IQueue;
  /** NotifyFailure invocations that failed after Lambda's asynchronous retries (its on-failure destination). */
  failureNotificationDeadLetters: IQueue;
  functions: Readonly<Record<string, HandlerFunction>>;
  operationsTopic: ITopic;
}

export class OperationsMonitoring extends Construct {
  public readonly alarms: Alarm[] = [];
  public readonly dashboard: Dashboard;

  constructor(scope: Construct, id: string, props: OperationsMonitoringProps) {
    super(scope, id);
    const opsName = (what: string) => {
      const name = `${props.customerName}-OpsAlert-Operations-${what}`;
      if (name.startsWith(props.alarmNamePrefix)) throw new Error(`Operational alarm ${name} would match the model alarm prefix ${props.alarmNamePrefix}`);
      return name;
    };
    const action = new SnsAction(props.operationsTopic);
    const anyOccurrence = (construct: string, what: string, metric: IMetric, description: string) => {
      const alarm = new Alarm(this, construct, {
        alarmName: opsName(what),
        alarmDescription: description,
        metric,
        threshold: 0,
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(action);
      this.alarms.push(alarm);
      return alarm;
    };

    const fiveMinutes = Duration.minutes(5);
    anyOccurrence('ExecutionsFailed', 'ExecutionsFailed', props.stateMachine.metricFailed({ period: fiveMinutes, statistic: 'Sum' }),
      'A Bedrock Ops Alert execution failed: re-drive it with `ops-alert redrive` after reading its history.');
    anyOccurrence('ExecutionsTimedOut', 'ExecutionsTimedOut', props.stateMachine.metricTimedOut({ period: fiveMinutes, statistic: 'Sum' }),
      'A Bedrock Ops Alert execution timed out: re-drive it with `ops-alert redrive` after reading its history.');
    anyOccurrence('DeadLetters', 'DeadLetters', props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes, statistic: 'Maximum' }),
      'Alarm events could not start the workflow and wait in the dead-letter queue: read them, fix the cause, replay them.');
    anyOccurrence('UndeliverableNotifications', 'UndeliverableNotifications', props.undeliverableQueue.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes, statistic: 'Maximum' }),
      'SNS could not deliver some e-mails (subscription deleted or endpoint failing): the messages wait in the undeliverable queue.');
    anyOccurrence('FailureNotificationDeadLetters', 'FailureNotificationDeadLetters',
      props.failureNotificationDeadLetters.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes, statistic: 'Maximum' }),
      'A failure e-mail could not be sent (NotifyFailure failed after its retries): the execution status-change event and the error wait in the queue; list the failed executions with `ops-alert executions --status FAILED`.');
    // One alarm per function: a metric-math sum is capped at 10 metrics per alarm, and the name says which one failed.
    for (const [step, handler] of Object.entries(props.functions)) {
      anyOccurrence(`${step}Errors`, `${step}-Errors`, handler.function.metricErrors({ period: fiveMinutes, statistic: 'Sum' }),
        `The ${step} function reported errors (the state machine retries or fails the execution; see its log group).`);
    }

    this.dashboard = new Dashboard(this, 'Dashboard', {
      dashboardName: `${props.customerName}-BedrockOpsAlert`,
      defaultInterval: Duration.days(1),
    });
    this.dashboard.addWidgets(new TextWidget({
      markdown: `# ${props.customerName} Bedrock Ops Alert\nPer model: requests and estimated TPM quota usage per minute against the quota and the alarm threshold at deploy time (the threshold updater moves the alarm thresholds; the alarm status widget shows the live states).`,
      width: 24,
      height: 2,
    }));
    for (const model of props.models) this.addModelRow(model, props.customerName);
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Workflow executions',
        left: [props.stateMachine.metricStarted(), props.stateMachine.metricSucceeded(), props.stateMachine.metricFailed(), props.stateMachine.metricTimedOut()],
        width: 12,
      }),
      new AlarmStatusWidget({ title: 'Operational alarms', alarms: this.alarms, width: 12 }),
    );
  }

  private addModelRow(model: ResolvedModel, customerName: string): void {
    // The model's own traffic on its endpoint (profiles' traffic is in their own series; the usage alarms sum them).
    const source = metricSourceOf(model.endpoint);
    const perMinute = (metricName: string, label: string) =>
      new Metric({ namespace: source.namespace, metricName, dimensionsMap: { [source.dimension]: model.modelId }, statistic: 'Sum', period: Duration.seconds(USAGE_PERIOD_SECONDS), label });
    const lines = (quota: number | undefined, threshold: number | undefined, name: string): HorizontalAnnotation[] => [
      ...(quota !== undefined ? [{ value: quota, label: `${name} quota`, color: '#d62728' }] : []),
      ...(threshold !== undefined ? [{ value: threshold, label: `${name} alarm threshold`, color: '#ff7f0e' }] : []),
    ];
    const alarms: IAlarm[] = [
      ...alarmKindsForModel(model.hasRpmQuota, model.endpoint).map((kind) => ALARM_CATALOGUE[kind]).map((spec) =>
        Alarm.fromAlarmName(this, `${model.name}-${spec.kind}`, alarmName(customerName, spec.kind, model.name))),
      Alarm.fromAlarmName(this, `${model.name}-Composite`, compositeAlarmName(customerName, model.name)),
    ];
    this.dashboard.addWidgets(
      new GraphWidget({
        title: `${model.name}: requests per minute${model.hasRpmQuota ? '' : ' (no RPM quota)'}`,
        left: [perMinute(metricNameOf('InvocationAnomaly', model.endpoint), 'Requests')],
        leftAnnotations: lines(model.currentQuotas.rpm, usageThreshold(model, 'RPM'), 'RPM'),
        width: 8,
      }),
      model.endpoint === 'bedrock-mantle'
        // bedrock-mantle: its two token quotas, input and output, each with its own line.
        ? new GraphWidget({
          title: `${model.name}: input and output tokens per minute`,
          left: [perMinute(metricNameOf('HighTPMQuotaUsage', model.endpoint), metricNameOf('HighTPMQuotaUsage', model.endpoint)),
            perMinute(metricNameOf('HighOutputTPMQuotaUsage', model.endpoint), metricNameOf('HighOutputTPMQuotaUsage', model.endpoint))],
          leftAnnotations: [...lines(model.currentQuotas.tpm, usageThreshold(model, 'TPM'), 'Input TPM'), ...lines(model.currentQuotas.outputTpm, usageThreshold(model, 'OutputTPM'), 'Output TPM')],
          width: 8,
        })
        : new GraphWidget({
          title: `${model.name}: estimated TPM quota usage`,
          left: [perMinute(metricNameOf('HighTPMQuotaUsage', model.endpoint), metricNameOf('HighTPMQuotaUsage', model.endpoint))],
          leftAnnotations: lines(model.currentQuotas.tpm, usageThreshold(model, 'TPM'), 'TPM'),
          width: 8,
        }),
      new AlarmStatusWidget({ title: `${model.name}: alarms`, alarms, width: 8 }),
    );
  }
}
