/**
 * CloudWatch alarm state changes of this deployment → the starter function → the state machine.
 *
 * Why a starter function and not a Step Functions rule target (design decision of the lead): an EventBridge target
 * cannot set the execution name. The starter names the execution after the alarm transition (a business key), so a
 * duplicate delivery of the same event fails harmlessly with ExecutionAlreadyExists instead of starting a second run.
 *
 * Nothing is dropped silently. Two failure paths end in the same encrypted SQS dead-letter queue, both with the
 * original event as the message body, so one alarm watches them and one replay procedure serves both:
 * - the rule target retries, then dead-letters (delivery failures: function missing, permission, Lambda errors);
 * - the function's own asynchronous retries, then its dead-letter queue (the starter threw, e.g. throttled).
 */
import { Duration, Stack } from 'aws-cdk-lib';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { AnyPrincipal, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { alarmRulePattern } from '#workflow/alarm-rule.js';
import { hubEventBusName } from '#workflow/organization.js';
import { ENV } from '#workflow/environment.js';
import { STARTER_ENTRY } from '../handler-bundling.js';
import { HandlerFunction } from './handler-function.js';
import { acknowledgeAll } from '../nag.js';


/**
 * Target retry policy. An alarm state change is worth acting on for about an hour: after that the alarm has either
 * recovered or is still in ALARM and visible on the dashboard, and an incident e-mail that late would mislead.
 * EventBridge backs off exponentially with jitter, so 8 attempts spread over the hour ride out a short Lambda
 * service disruption; whatever is still undelivered lands in the dead-letter queue for an operator to replay.
 */
export const STARTER_TARGET_RETRY = { retryAttempts: 8, maxEventAge: Duration.hours(1) } as const;
/** Lambda's asynchronous retries of the starter itself (the default 2, bounded by the same hour). */
export const STARTER_ASYNC_RETRY = { retryAttempts: 2, maxEventAge: Duration.hours(1) } as const;

export interface EventsToStarterFunctionProps {
  /** `{Customer}-Bedrock-`: the rule only sees this deployment's alarms. */
  alarmNamePrefix: string;
  stateMachine: IStateMachine;
  logLevel: string;
  logRetention: RetentionDays;
}

export class EventsToStarterFunction extends Construct {
  public readonly rule: Rule;
  public readonly deadLetterQueue: Queue;
  public readonly starter: HandlerFunction;

  constructor(scope: Construct, id: string, props: EventsToStarterFunctionProps) {
    super(scope, id);
    // SQS-managed encryption: EventBridge and Lambda can write to it without a key policy, and the messages (alarm
    // events) hold nothing a customer managed key would protect further.
    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledgeAll(this.deadLetterQueue, ['AwsSolutions-SQS3', 'Serverless-SQSRedrivePolicy'],
      'This queue is itself the dead-letter queue of the rule target and of the starter function; a queue behind it would only move the same messages.');

    this.starter = new HandlerFunction(this, 'Starter', {
      entry: STARTER_ENTRY,
      description: 'Starts the Bedrock Ops Alert workflow with an execution name derived from the alarm transition',
      environment: { [ENV.stateMachineArn]: props.stateMachine.stateMachineArn },
      serviceName: 'bedrock-ops-alert-StartExecution',
      logLevel: props.logLevel,
      logRetention: props.logRetention,
      deadLetterQueue: this.deadLetterQueue,
      timeout: Duration.seconds(30),
    });
    this.starter.function.configureAsyncInvoke(STARTER_ASYNC_RETRY);
    acknowledgeAll(this.starter.function, ['Serverless-LambdaAsyncFailureDestination'],
      'Failed asynchronous invocations go to the function dead-letter queue (DeadLetterConfig) rather than an on-failure destination: its messages are the original alarm events, the same shape the rule target dead-letters, so one replay procedure serves both.');
    props.stateMachine.grantStartExecution(this.starter.role);

    // The one pattern the local simulation applies too (src/workflow/alarm-rule.ts): this account's metric alarms of
    // the deployment going into ALARM; not the composite, not OK or INSUFFICIENT_DATA.
    const pattern = alarmRulePattern({ alarmNamePrefix: props.alarmNamePrefix, account: Stack.of(this).account });
    const { source, 'detail-type': detailType, account, ...rest } = pattern;
    this.rule = new Rule(this, 'AlarmStateChanges', {
      description: `ALARM transitions of the ${props.alarmNamePrefix}* metric alarms of this account start the Bedrock Ops Alert workflow`,
      eventPattern: { source: source as string[], detailType: detailType as string[], account: account as string[], ...rest },
    });
    this.rule.addTarget(new LambdaFunction(this.starter.function, { ...STARTER_TARGET_RETRY, deadLetterQueue: this.deadLetterQueue }));
  }

  /**
   * Organization mode: an event bus that the spokes' forwarding rules send to, whose policy accepts only CloudWatch
   * alarm state changes (`events:source`, `events:detail-type`) put by principals of the organization
   * (`aws:PrincipalOrgID`), and a rule on it with the same pattern (any account: the policy decides who may send) and
   * the same target, retries and dead-letter queue as the rule of this account.
   */
  public addOrganizationBus(options: { customerName: string; alarmNamePrefix: string; organizationId: string }): { bus: EventBus; rule: Rule } {
    const bus = new EventBus(this, 'OrganizationBus', {
      eventBusName: hubEventBusName(options.customerName),
      description: `Bedrock Ops Alert (${options.customerName}): alarm events of the organization's spokes`,
    });
    const { source, 'detail-type': detailType, account: _account, ...rest } = alarmRulePattern({ alarmNamePrefix: options.alarmNamePrefix, account: Stack.of(this).account });
    bus.addToResourcePolicy(new PolicyStatement({
      sid: 'OrganizationAlarmEvents',
      principals: [new AnyPrincipal()],
      actions: ['events:PutEvents'],
      resources: [bus.eventBusArn],
      // events:source and events:detail-type are multivalued keys (one value per entry of a PutEvents batch): a plain
      // StringEquals never matches a set, so every event would be refused. ForAllValues: every entry's source and detail
      // type must be the alarm ones (the EventBridge user guide's cross-account bus example). Found by the deployed run.
      conditions: {
        StringEquals: { 'aws:PrincipalOrgID': options.organizationId },
        'ForAllValues:StringEquals': { 'events:source': source as string[], 'events:detail-type': detailType as string[] },
      },
    }));
    const rule = new Rule(this, 'OrganizationAlarmStateChanges', {
      eventBus: bus,
      description: `ALARM transitions of the ${options.alarmNamePrefix}* metric alarms of the organization's spokes start the Bedrock Ops Alert workflow`,
      eventPattern: { source: source as string[], detailType: detailType as string[], ...rest },
    });
    rule.addTarget(new LambdaFunction(this.starter.function, { ...STARTER_TARGET_RETRY, deadLetterQueue: this.deadLetterQueue }));
    return { bus, rule };
  }
}
