/**
 * The failure e-mail's trigger: the workflow's own "Step Functions Execution Status Change" events (FAILED,
 * TIMED_OUT, ABORTED) invoke NotifyFailure. Sending it from outside the workflow keeps failures uncaught inside it,
 * so a failed execution stops at the failed step and `ops-alert redrive` re-runs exactly that step (with a Catch
 * into a Fail state, a redrive would only re-run the Fail state).
 */
import { Duration } from 'aws-cdk-lib';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { HandlerFunction } from './handler-function.js';

export const FAILED_EXECUTION_STATUSES = ['FAILED', 'TIMED_OUT', 'ABORTED'] as const;

export interface ExecutionFailuresToFunctionProps {
  stateMachine: IStateMachine;
  notifyFailure: HandlerFunction;
  /** Where an undeliverable failure event goes (the same encrypted queue as undeliverable alarm events). */
  deadLetterQueue: IQueue;
}

export class ExecutionFailuresToFunction extends Construct {
  public readonly rule: Rule;

  constructor(scope: Construct, id: string, props: ExecutionFailuresToFunctionProps) {
    super(scope, id);
    this.rule = new Rule(this, 'ExecutionFailures', {
      description: 'Unsuccessful Bedrock Ops Alert executions send the failure e-mail',
      eventPattern: {
        source: ['aws.states'],
        detailType: ['Step Functions Execution Status Change'],
        detail: { stateMachineArn: [props.stateMachine.stateMachineArn], status: [...FAILED_EXECUTION_STATUSES] },
      },
    });
    this.rule.addTarget(new LambdaFunction(props.notifyFailure.function, { retryAttempts: 8, maxEventAge: Duration.hours(6), deadLetterQueue: props.deadLetterQueue }));
  }
}
