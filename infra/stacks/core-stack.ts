/**
 * Everything of the deployment except the per-model alarms: runtime settings, tables, topics, the workflow
 * functions and state machine, the EventBridge wiring, operational alarms and the dashboard. Its size does not grow
 * with the number of models (except for the dashboard body), so it never nears the 500-resource limit.
 */
import { CfnOutput, Stack } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { ParameterTier, StringParameter } from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';
import type { ResolvedDeployment } from '../config.js';
import { EventsToStarterFunction } from '../constructs/events-to-starter-function.js';
import type { HandlerFunction } from '../constructs/handler-function.js';
import { NotificationTopics } from '../constructs/notification-topics.js';
import { OperationsMonitoring } from '../constructs/operations-monitoring.js';
import { OpsAlertStateMachine } from '../constructs/ops-alert-state-machine.js';
import { ThresholdUpdater, thresholdDeadLetterAlarm, thresholdHistoryWidget } from '../constructs/threshold-updater.js';
import { WorkflowFunctions } from '../constructs/workflow-functions.js';
import { ExecutionFailuresToFunction } from '../constructs/execution-failures-to-function.js';
import { WorkflowTables } from '../constructs/workflow-tables.js';
import { buildRuntimeSettings } from '../runtime-settings.js';
import { thresholdDeploymentOf } from '#core/threshold-deployment.js';
import { hubStepRolePath, spokeRoleName } from '#workflow/organization.js';
import { SpokeStackSets } from '../constructs/spoke-stack-sets.js';
import type { EventBus, Rule } from 'aws-cdk-lib/aws-events';

/** Standard parameters hold 4 KB; above that the advanced tier (8 KB) is needed. */
const STANDARD_PARAMETER_LIMIT = 4096;
const ADVANCED_PARAMETER_LIMIT = 8192;

export interface CoreStackProps extends StackProps {
  deployment: ResolvedDeployment;
  /**
   * ASL text instead of statemachine/ops-alert.asl.json (tests, while the definition is being written).
   * @default the file
   */
  stateMachineDefinition?: string;
  /** Run cdk-nag on the spoke templates too (organization mode). @default false */
  nag?: boolean;
}

export class CoreStack extends Stack {
  public readonly tables: WorkflowTables;
  public readonly topics: NotificationTopics;
  public readonly settingsParameter: StringParameter;
  public readonly workflowFunctions: WorkflowFunctions;
  public readonly starter: HandlerFunction;
  public readonly workflow: OpsAlertStateMachine;
  public readonly events: EventsToStarterFunction;
  public readonly operations: OperationsMonitoring;
  /** The threshold updater: in organization mode it acts in the spokes' accounts and Regions through the spoke role. */
  public readonly thresholds: ThresholdUpdater;
  /** Organization mode: the hub's event bus and the spoke stack sets. */
  public readonly organization?: { bus: EventBus; rule: Rule; spokes: SpokeStackSets };
  public readonly runtimeSettingsJson: string;

  constructor(scope: Construct, id: string, props: CoreStackProps) {
    super(scope, id, props);
    const { deployment } = props;
    const { config } = deployment;
    const logRetention = config.deployment.logRetentionDays as RetentionDays;

    this.runtimeSettingsJson = JSON.stringify(buildRuntimeSettings(deployment));
    const size = Buffer.byteLength(this.runtimeSettingsJson, 'utf8');
    if (size > ADVANCED_PARAMETER_LIMIT) {
      throw new Error(`The runtime settings document is ${size} bytes; Parameter Store holds at most ${ADVANCED_PARAMETER_LIMIT}. Split the models over two deployments.`);
    }
    this.settingsParameter = new StringParameter(this, 'RuntimeSettings', {
      parameterName: deployment.settingsParameterName,
      description: `Bedrock Ops Alert runtime settings of ${deployment.customerName} (JSON, schemas/runtime-settings.schema.json). Editable without a redeploy; the next deploy writes the configuration file's values again.`,
      stringValue: this.runtimeSettingsJson,
      tier: size > STANDARD_PARAMETER_LIMIT ? ParameterTier.ADVANCED : ParameterTier.STANDARD,
    });

    this.tables = new WorkflowTables(this, 'Tables');
    this.topics = new NotificationTopics(this, 'Topics', {
      customerName: deployment.customerName,
      emails: config.notifications.emails,
      operationsEmails: deployment.operationsEmails,
    });

    this.workflowFunctions = new WorkflowFunctions(this, 'Steps', {
      settingsParameter: this.settingsParameter,
      idempotencyTable: this.tables.idempotencyTable,
      caseLedgerTable: this.tables.caseLedgerTable,
      notificationTopic: this.topics.notificationTopic,
      logLevel: config.deployment.logLevel,
      logRetention,
      ...(deployment.organization ? {
        spokeAccessRolePath: hubStepRolePath(deployment.customerName),
        spokeAccess: { roleName: spokeRoleName(deployment.customerName), organizationId: deployment.organization.organizationId },
      } : {}),
    });
    this.workflow = new OpsAlertStateMachine(this, 'Workflow', {
      functions: this.workflowFunctions.functions,
      logRetention,
      ...(props.stateMachineDefinition !== undefined ? { definition: props.stateMachineDefinition } : {}),
    });

    this.events = new EventsToStarterFunction(this, 'EventsToStarterFunction', {
      alarmNamePrefix: deployment.alarmNamePrefix,
      stateMachine: this.workflow.stateMachine,
      logLevel: config.deployment.logLevel,
      logRetention,
    });
    this.starter = this.events.starter;
    new ExecutionFailuresToFunction(this, 'ExecutionFailuresToNotifyFailure', {
      stateMachine: this.workflow.stateMachine,
      notifyFailure: this.workflowFunctions.functions.NotifyFailure,
      deadLetterQueue: this.events.deadLetterQueue,
    });

    const thresholdProps = {
      alarmNamePrefix: deployment.alarmNamePrefix,
      notificationTopic: this.topics.notificationTopic,
      settingsParameter: this.settingsParameter,
      schedule: config.schedules.thresholdUpdate,
      logLevel: config.deployment.logLevel,
      logRetention,
    };
    if (deployment.organization) {
      const { bus, rule } = this.events.addOrganizationBus({
        customerName: deployment.customerName,
        alarmNamePrefix: deployment.alarmNamePrefix,
        organizationId: deployment.organization.organizationId,
      });
      const spokes = new SpokeStackSets(this, 'Spokes', { deployment, organization: deployment.organization, eventBus: bus, nag: props.nag ?? false });
      this.organization = { bus, rule, spokes };
      new CfnOutput(this, 'OrganizationEventBusArn', { value: bus.eventBusArn });
      // One updater in the hub, acting in every configured account and Region through the spoke role.
      // Plus, at each run, every account and Region where the spoke stack set has a current instance (accounts that
      // joined a spoke OU after this configuration was written).
      const [spokeStackSet] = spokes.templates;
      const targets = {
        accounts: (deployment.organization.accounts ?? []).map((account) => account.id), regions: deployment.organization.spokes.regions,
        ...(spokeStackSet ? { spokeStackSet: { name: spokeStackSet.stackName, callAs: deployment.organization.callAs } } : {}),
      };
      this.thresholds = new ThresholdUpdater(this, 'ThresholdUpdater', {
        ...thresholdProps,
        deployment: thresholdDeploymentOf(deployment.customerName, deployment.models, targets),
        spokeAccess: { roleName: spokeRoleName(deployment.customerName), organizationId: deployment.organization.organizationId, rolePath: hubStepRolePath(deployment.customerName) },
      });
      // The deploy-time run resizes the spokes' alarms: the stack instances (and their alarms) must exist by then.
      for (const spoke of spokes.templates) this.thresholds.customResource.node.addDependency(spoke.stackSet);
    } else {
      this.thresholds = new ThresholdUpdater(this, 'ThresholdUpdater', {
        ...thresholdProps,
        deployment: thresholdDeploymentOf(deployment.customerName, deployment.models),
      });
    }

    this.operations = new OperationsMonitoring(this, 'Operations', {
      customerName: deployment.customerName,
      alarmNamePrefix: deployment.alarmNamePrefix,
      models: deployment.models,
      stateMachine: this.workflow.stateMachine,
      deadLetterQueue: this.events.deadLetterQueue,
      undeliverableQueue: this.topics.undeliverable,
      failureNotificationDeadLetters: this.workflowFunctions.failureNotificationDeadLetters,
      functions: { ...this.workflowFunctions.functions, StartExecution: this.starter, ...(this.thresholds ? { UpdateThresholds: this.thresholds.updater } : {}) },
      operationsTopic: this.topics.operationsTopic,
    });

    if (this.thresholds) {
      this.operations.dashboard.addWidgets(thresholdHistoryWidget(this.thresholds));
      thresholdDeadLetterAlarm(this.thresholds, this.thresholds, deployment.customerName, this.topics.operationsTopic);
      new CfnOutput(this, 'ThresholdHistoryTableName', { value: this.thresholds.historyTable.tableName });
      new CfnOutput(this, 'ThresholdUpdaterFunctionName', { value: this.thresholds.updater.function.functionName });
    }

    new CfnOutput(this, 'StateMachineArn', { value: this.workflow.stateMachine.stateMachineArn });
    new CfnOutput(this, 'NotificationTopicArn', { value: this.topics.notificationTopic.topicArn });
    new CfnOutput(this, 'OperationsTopicArn', { value: this.topics.operationsTopic.topicArn });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: this.events.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'SettingsParameterName', { value: this.settingsParameter.parameterName });
    new CfnOutput(this, 'DashboardName', { value: deployment.customerName + '-BedrockOpsAlert' });
    // The functions docs/deployment.md tells an operator to invoke: the updater (run it now) and the starter (replay
    // the dead-letter queue).
    new CfnOutput(this, 'StarterFunctionName', { value: this.starter.function.functionName });
  }

}
