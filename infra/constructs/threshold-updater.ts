/**
 * Thresholds that follow the quotas: the updater function, its three triggers and its history table.
 *
 * - A custom resource (Provider framework) runs the updater on every deploy that changes what the alarms are built
 *   from: its only property is the deployment description (every input of the shared alarm configuration), so a
 *   stack update that reset a usage alarm to its deploy-time threshold is corrected in the same deploy. The core
 *   stack deploys after the alarm stacks (ops-alert-app.ts), so the alarms exist when it runs.
 * - An EventBridge schedule (`schedules.thresholdUpdate`, default daily) runs it from the description the custom
 *   resource stored in the table.
 * - An EventBridge rule on the runtime settings parameter's "Parameter Store Change" events (Create, Update) runs it
 *   too: the parameter is the one home of the threshold percents (the updater reads them there on every run), so the
 *   alarms follow an operator's edit within minutes, not at the next deploy.
 * - The history table: pk `MODEL#{model}`, sk `{time}#{quota}` (src/adapters/dynamodb/threshold-history.ts). Kept when the
 *   stack is deleted, like the case ledger: it is the audit of every threshold ever set.
 *
 * Least privilege: what its ports can call (src/adapters/port-grants.ts); the alarm writes are limited to this
 * deployment's alarm names, the table, topic and settings parameter to their ARNs.
 *
 * Organization mode (`spokeAccess`): the same one function in the hub acts in every configured account and Region
 * through the account's spoke role (docs/deployment.md says why it is not deployed in each spoke). Its role lives
 * under the hub step role path (the only principals the spoke roles trust) and is granted sts:AssumeRole on the
 * spoke roles instead of the quotas and alarms calls, which the spoke role grants in its account.
 */
import { ArnFormat, CustomResource, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { CfnElement } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, LogQueryWidget, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IStringParameter } from 'aws-cdk-lib/aws-ssm';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Provider } from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import type { ThresholdDeployment } from '#core/threshold-deployment.js';
import { THRESHOLD_ENV, THRESHOLD_HISTORY_TABLE } from '#workflow/environment.js';
import { SPOKE_ACCESS_GRANTS, THRESHOLD_ORGANIZATION_PORTS, THRESHOLD_SPOKE_PORTS, THRESHOLD_UPDATER_GRANTS } from '#adapters/port-grants.js';
import { ENV } from '#workflow/environment.js';
import { acknowledge, acknowledgeAll } from '../nag.js';
import { grantPortCalls } from './port-calls.js';
import { THRESHOLD_UPDATER_ENTRY } from '../handler-bundling.js';
import { HandlerFunction } from './handler-function.js';

export const THRESHOLD_CUSTOM_RESOURCE_TYPE = 'Custom::BedrockOpsAlertThresholds';

export interface ThresholdUpdaterProps {
  deployment: ThresholdDeployment;
  /** `{Customer}-Bedrock-`: the alarm reads and writes are limited to these names. */
  alarmNamePrefix: string;
  notificationTopic: ITopic;
  /** The runtime settings parameter: where the updater reads the threshold percents, and whose changes run it. */
  settingsParameter: IStringParameter;
  schedule: { enabled: boolean; expression: string };
  logLevel: string;
  logRetention: RetentionDays;
  /** Organization mode: act in the deployment's targets through the spoke role (name, org, the trusted role path). */
  spokeAccess?: { roleName: string; organizationId: string; rolePath: string };
}

export class ThresholdUpdater extends Construct {
  public readonly historyTable: Table;
  public readonly updater: HandlerFunction;
  public readonly provider: Provider;
  public readonly customResource: CustomResource;
  public readonly schedule: Rule;
  public readonly settingsChanged: Rule;
  public readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: ThresholdUpdaterProps) {
    super(scope, id);
    const stack = Stack.of(this);

    this.historyTable = new Table(this, 'History', {
      partitionKey: { name: THRESHOLD_HISTORY_TABLE.partitionKey, type: AttributeType.STRING },
      sortKey: { name: THRESHOLD_HISTORY_TABLE.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      // Same reasoning as the workflow tables: quota values and thresholds, nothing secret; IAM scopes the access.
      encryption: TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.deadLetterQueue = new Queue(this, 'DeadLetters', { encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true, retentionPeriod: Duration.days(14) });
    acknowledgeAll(this.deadLetterQueue, ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy'],
      'This queue is itself the dead-letter queue of the threshold schedule and of the updater\'s asynchronous invocations; a queue behind it would only move the same messages.');

    this.updater = new HandlerFunction(this, 'Updater', {
      entry: THRESHOLD_UPDATER_ENTRY,
      description: 'Bedrock Ops Alert threshold updater: usage alarm thresholds = live quota x percent, with a history',
      environment: {
        [THRESHOLD_ENV.historyTableName]: this.historyTable.tableName,
        [THRESHOLD_ENV.notificationTopicArn]: props.notificationTopic.topicArn,
        [THRESHOLD_ENV.settingsParameterName]: props.settingsParameter.parameterName,
      },
      serviceName: 'bedrock-ops-alert-UpdateThresholds',
      logLevel: props.logLevel,
      logRetention: props.logRetention,
      // A few calls per model, one model after the other (Service Quotas is rate-limited): minutes for 125 models.
      timeout: Duration.minutes(props.spokeAccess ? 15 : 10),
      deadLetterQueue: this.deadLetterQueue,
      ...(props.spokeAccess ? { rolePath: props.spokeAccess.rolePath } : {}),
    });
    if (props.spokeAccess) this.updater.function.addEnvironment(ENV.spokeRoleName, props.spokeAccess.roleName);
    // A failed scheduled run is not retried by Lambda: it already notified what it could, and the next run reads the
    // quotas again; the event goes to the dead-letter queue (and its alarm) instead.
    this.updater.function.configureAsyncInvoke({ retryAttempts: 0, maxEventAge: Duration.hours(1) });
    acknowledgeAll(this.updater.function, ['Serverless-LambdaAsyncFailureDestination'],
      'Failed scheduled invocations go to the function dead-letter queue (DeadLetterConfig), which has an operational alarm; an on-failure destination would duplicate it.');
    this.grant(props, stack);

    this.provider = new Provider(this, 'Provider', {
      onEventHandler: this.updater.function,
      logGroup: new LogGroup(this, 'ProviderLogs', { retention: props.logRetention, removalPolicy: RemovalPolicy.DESTROY }),
    });
    acknowledgeNagOnProvider(this.provider, stack.getLogicalId(this.updater.function.node.defaultChild as CfnElement));
    this.customResource = new CustomResource(this, 'Recalculate', {
      serviceToken: this.provider.serviceToken,
      resourceType: THRESHOLD_CUSTOM_RESOURCE_TYPE,
      // One string (CloudFormation passes properties as strings): it changes exactly when an input of the alarm
      // configurations changes, i.e. whenever a stack update may have reset a usage alarm's threshold.
      properties: { Deployment: JSON.stringify(props.deployment) },
    });
    // The first run reads the percents from the parameter: it must exist by then.
    this.customResource.node.addDependency(props.settingsParameter);

    this.schedule = new Rule(this, 'Schedule', {
      description: 'Runs the Bedrock Ops Alert threshold updater (schedules.thresholdUpdate)',
      schedule: Schedule.expression(props.schedule.expression),
      enabled: props.schedule.enabled,
    });
    this.schedule.addTarget(new LambdaFunction(this.updater.function, {
      event: RuleTargetInput.fromObject({ source: 'bedrock-ops-alert.threshold-schedule' }),
      retryAttempts: 2,
      maxEventAge: Duration.hours(1),
      deadLetterQueue: this.deadLetterQueue,
    }));

    this.settingsChanged = new Rule(this, 'SettingsChanged', {
      description: 'Runs the Bedrock Ops Alert threshold updater when the runtime settings parameter (the threshold percents) changes',
      eventPattern: settingsChangePattern(props.settingsParameter.parameterName),
    });
    this.settingsChanged.addTarget(new LambdaFunction(this.updater.function, {
      retryAttempts: 2,
      maxEventAge: Duration.hours(1),
      deadLetterQueue: this.deadLetterQueue,
    }));
  }

  /** What the updater's ports can call (src/adapters/port-grants.ts), on this deployment's alarms, table and topic. */
  private grant(props: ThresholdUpdaterProps, stack: Stack): void {
    // Organization mode: the spoke ports' calls are the spoke role's; single-account: no organization-only port.
    const inSpokes = new Set<string>(props.spokeAccess ? THRESHOLD_SPOKE_PORTS : []);
    const spokeStackSet = props.spokeAccess ? props.deployment.targets?.spokeStackSet : undefined;
    if (!spokeStackSet) for (const port of THRESHOLD_ORGANIZATION_PORTS) inSpokes.add(port);
    const grants = [
      ...Object.entries(THRESHOLD_UPDATER_GRANTS).filter(([port]) => !inSpokes.has(port)).flatMap(([, portGrants]) => portGrants),
      ...(props.spokeAccess ? SPOKE_ACCESS_GRANTS : []),
    ];
    grantPortCalls(this.updater.role, grants, {
      deploymentAlarms: stack.formatArn({ service: 'cloudwatch', resource: 'alarm', resourceName: `${props.alarmNamePrefix}*`, arnFormat: ArnFormat.COLON_RESOURCE_NAME }),
      bedrockQuotas: `arn:${stack.partition}:servicequotas:${stack.region}:${stack.account}:bedrock/*`,
      systemInferenceProfiles: `arn:${stack.partition}:bedrock:${stack.region}:${stack.account}:inference-profile/*`,
      thresholdHistoryTable: this.historyTable.tableArn,
      settingsParameter: props.settingsParameter.parameterArn,
      notificationTopic: props.notificationTopic,
      // As the workflow's steps: the spoke role of any account of the organization (its trust admits the role path).
      ...(props.spokeAccess ? {
        spokeRoles: `arn:${stack.partition}:iam::*:role/${props.spokeAccess.roleName}`,
        // The stack set of the spoke, by name (its ARN ends with an id CloudFormation generates). As a delegated
        // administrator creates it, it lives in the organization's management account (CloudFormation user guide,
        // "Register a delegated administrator"), whose id the configuration does not hold: any account, then.
        ...(spokeStackSet ? {
          spokeStackSet: `arn:${stack.partition}:cloudformation:${stack.region}:${spokeStackSet.callAs === 'SELF' ? stack.account : '*'}:stackset/${spokeStackSet.name}:*`,
        } : {}),
        conditions: { spokeRoles: { StringEquals: { 'aws:ResourceOrgID': props.spokeAccess.organizationId } } },
      } : {}),
    });
    if (spokeStackSet?.callAs === 'DELEGATED_ADMIN') {
      // A StackSets call as DELEGATED_ADMIN is refused ("Account used is not a delegated administrator") unless the
      // caller may list the organization's delegated administrators (CloudFormation user guide, "Register a
      // delegated administrator member account": delegated administrators need organizations:ListDelegatedAdministrators).
      this.updater.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['organizations:ListDelegatedAdministrators'], resources: ['*'] }));
      acknowledge(this.updater.role, 'AwsSolutions-IAM5[Resource::*]',
        'organizations:ListDelegatedAdministrators (read-only) has no resource type: "*" is required. CloudFormation needs it of a delegated administrator\'s caller before it answers ListStackInstances as DELEGATED_ADMIN.');
    }
  }
}

/**
 * The "Parameter Store Change" events of one parameter that change its value (a Delete leaves nothing to read; the
 * updater would only fail): EventBridge delivers them from source aws.ssm with the parameter's name in detail.name.
 */
export const settingsChangePattern = (parameterName: string) => ({
  source: ['aws.ssm'],
  detailType: ['Parameter Store Change'],
  detail: { name: [parameterName], operation: ['Create', 'Update'] },
});

/** The Provider framework's own function and role are built by the CDK; what cdk-nag finds there, and why it stays. */
const acknowledgeNagOnProvider = (provider: Provider, updaterLogicalId: string): void => {
  acknowledgeAll(provider, ['AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]'],
    'The CDK Provider framework function uses the AWS managed basic execution role; it only writes its own logs.');
  acknowledgeAll(provider, [`AwsSolutions-IAM5[Resource::<${updaterLogicalId}.Arn>:*]`],
    'The Provider framework may invoke every version of the updater function (lambda:InvokeFunction on the function ARN and its qualifiers).');
  acknowledgeAll(provider, ['Serverless-LambdaTracing', 'Serverless-LambdaDLQ', 'Serverless-LambdaDefaultMemorySize'],
    'The CDK Provider framework function (memory, tracing) is managed by the CDK and only relays to the updater (which is traced); CloudFormation invokes it and reports its failures on the stack event, so no DLQ applies.');
};

/**
 * The history on the dashboard: a Logs Insights table of the updater's "threshold history" log lines (one per
 * recorded change, the same fields as the table). Chosen over a custom metric per model: no PutMetricData grant on
 * "*", no per-metric cost, and it shows the reason and the old and new quota next to the thresholds. It covers the
 * log retention; `ops-alert thresholds history` reads the whole table.
 */
export const thresholdHistoryWidget = (updater: ThresholdUpdater): LogQueryWidget =>
  new LogQueryWidget({
    title: 'Threshold history (usage alarms following the quotas)',
    logGroupNames: [updater.updater.logGroup.logGroupName],
    queryLines: [
      'fields @timestamp, model, quota, oldQuota, newQuota, oldThreshold, newThreshold, reason',
      'filter message = "threshold history"',
      'sort @timestamp desc',
      'limit 100',
    ],
    width: 24,
    height: 6,
  });

/** The updater's dead-letter queue is watched like the starter's: an alarm to the operations topic. */
export const thresholdDeadLetterAlarm = (scope: Construct, updater: ThresholdUpdater, customerName: string, operationsTopic: ITopic): Alarm => {
  const alarm = new Alarm(scope, 'ThresholdUpdaterDeadLetters', {
    alarmName: `${customerName}-OpsAlert-Operations-ThresholdUpdaterDeadLetters`,
    alarmDescription: 'A threshold updater run could not be delivered or failed (its event waits in the dead-letter queue): read the updater log group, fix the cause; the next scheduled run recalculates anyway.',
    metric: updater.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
    threshold: 0,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  alarm.addAlarmAction(new SnsAction(operationsTopic));
  return alarm;
};
