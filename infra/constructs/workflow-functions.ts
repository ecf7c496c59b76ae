/**
 * One function per LAMBDA_STEPS entry, each granted exactly what the ports it takes can call (`ports`, with the
 * calls and resources of src/adapters/port-grants.ts) and the idempotency table if it is idempotent. Nothing is
 * written per step here: the handler entry builds the same ports from the same list.
 */
import { Duration, Stack } from 'aws-cdk-lib';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IStringParameter } from 'aws-cdk-lib/aws-ssm';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { LAMBDA_STEPS } from '#workflow/steps.js';
import type { LambdaStepId } from '#workflow/steps.js';
import { ENV } from '#workflow/environment.js';
import { STEP_FUNCTION_TIMEOUT_SECONDS } from '#workflow/timeouts.js';
import { grantsOfStep, SPOKE_ACCESS_GRANTS, type PortGrant } from '#adapters/port-grants.js';
import { isSpokePort } from '#workflow/organization.js';
import { grantPortCalls } from './port-calls.js';
import { HandlerFunction } from './handler-function.js';
import { acknowledge, acknowledgeAll } from '../nag.js';

export interface WorkflowFunctionsProps {
  settingsParameter: IStringParameter;
  idempotencyTable: ITable;
  caseLedgerTable: ITable;
  notificationTopic: ITopic;
  logLevel: string;
  logRetention: RetentionDays;
  /**
   * Organization mode: the IAM path of the roles of the steps that act in the event's account (their ports include a
   * spoke port): the spoke roles trust only that path (src/workflow/organization.ts).
   * @default no path (single-account mode)
   */
  spokeAccessRolePath?: string;
  /**
   * Organization mode: the spoke role those steps assume (ENV.spokeRoleName) and the organization it must belong to.
   * Those steps are then granted sts:AssumeRole on it instead of the spoke ports' calls in the hub account.
   */
  spokeAccess?: { roleName: string; organizationId: string };
}

/** Lambda's asynchronous retries of NotifyFailure (EventBridge invokes it asynchronously), bounded like its rule target's. */
export const NOTIFY_FAILURE_ASYNC_RETRY = { retryAttempts: 2, maxEventAge: Duration.hours(6) } as const;

export class WorkflowFunctions extends Construct {
  public readonly functions: Record<LambdaStepId, HandlerFunction>;
  /**
   * Where a NotifyFailure invocation goes when it still fails after Lambda's asynchronous retries (on-failure
   * destination): the status-change event and the error, so the failure e-mail that could not be sent is not lost.
   */
  public readonly failureNotificationDeadLetters: Queue;

  constructor(scope: Construct, id: string, props: WorkflowFunctionsProps) {
    super(scope, id);
    this.failureNotificationDeadLetters = new Queue(this, 'FailureNotificationDeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledgeAll(this.failureNotificationDeadLetters, ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy'],
      'This queue is itself the on-failure destination of NotifyFailure; a queue behind it would only move the same records.');
    const environment = {
      [ENV.settingsParameterName]: props.settingsParameter.parameterName,
      [ENV.idempotencyTableName]: props.idempotencyTable.tableName,
      [ENV.caseLedgerTableName]: props.caseLedgerTable.tableName,
      [ENV.notificationTopicArn]: props.notificationTopic.topicArn,
    };
    const entries = LAMBDA_STEPS.map((step) => {
      const handler = new HandlerFunction(this, step.id, {
        entry: step.entry,
        description: `Bedrock Ops Alert workflow step ${step.id}`,
        environment,
        serviceName: `bedrock-ops-alert-${step.id}`,
        timeout: Duration.seconds(STEP_FUNCTION_TIMEOUT_SECONDS),
        logLevel: props.logLevel,
        logRetention: props.logRetention,
        ...(props.spokeAccessRolePath !== undefined && step.ports.some(isSpokePort) ? { rolePath: props.spokeAccessRolePath } : {}),
      });
      // Organization mode: a step acting in an account assumes its spoke role instead of calling there from the hub.
      const viaSpoke = props.spokeAccess !== undefined && step.ports.some(isSpokePort);
      if (viaSpoke && props.spokeAccess) handler.function.addEnvironment(ENV.spokeRoleName, props.spokeAccess.roleName);
      const ports = viaSpoke ? step.ports.filter((port) => !isSpokePort(port)) : step.ports;
      this.grant(handler, [...grantsOfStep({ ...step, ports }), ...(viaSpoke ? SPOKE_ACCESS_GRANTS : [])], props);
      if (step.trigger) {
        // EventBridge invokes NotifyFailure asynchronously: after Lambda's retries the event and the error go to the
        // on-failure destination (an alarmed queue), which carries more than a dead-letter queue would (the error).
        handler.function.configureAsyncInvoke({ ...NOTIFY_FAILURE_ASYNC_RETRY, onFailure: new SqsDestination(this.failureNotificationDeadLetters) });
        acknowledge(handler.function, 'Serverless-LambdaDLQ',
          'Invoked asynchronously by EventBridge: failed invocations go to the on-failure destination (FailureNotificationDeadLetters, alarmed), which records the error as well as the event; a dead-letter queue would duplicate it.');
      } else {
        // The workflow's Tasks invoke the other steps synchronously: an error goes back to the execution (Retry, then
        // a re-drivable Failed execution).
        acknowledge(handler.function, 'Serverless-LambdaDLQ',
          'Invoked synchronously by the state machine: failures go back to the execution (Retry, then a re-drivable Failed execution), never to an asynchronous dead-letter queue.');
      }
      return [step.id, handler] as const;
    });
    this.functions = Object.fromEntries(entries) as Record<LambdaStepId, HandlerFunction>;
  }

  /** The calls of the step's ports on this deployment's resources (src/adapters/port-grants.ts). */
  private grant(handler: HandlerFunction, grants: readonly PortGrant[], props: WorkflowFunctionsProps): void {
    const stack = Stack.of(this);
    grantPortCalls(handler.role, grants, {
      bedrockQuotas: `arn:${stack.partition}:servicequotas:${stack.region}:${stack.account}:bedrock/*`,
      settingsParameter: props.settingsParameter.parameterArn,
      notificationTopic: props.notificationTopic,
      caseLedgerTable: props.caseLedgerTable.tableArn,
      idempotencyTable: props.idempotencyTable.tableArn,
      // The executions of this account and Region: the state machine's generated name cannot be named here (the
      // state machine refers to these functions, so their policies referring to it would make a dependency cycle).
      workflowExecutions: `arn:${stack.partition}:states:${stack.region}:${stack.account}:execution:*`,
      // The spoke role of any account (its trust policy admits only the hub step roles of the organization), and
      // only roles of accounts in the organization, whatever their account id.
      ...(props.spokeAccess ? {
        spokeRoles: `arn:${stack.partition}:iam::*:role/${props.spokeAccess.roleName}`,
        conditions: { spokeRoles: { StringEquals: { 'aws:ResourceOrgID': props.spokeAccess.organizationId } } },
      } : {}),
    });
  }
}
