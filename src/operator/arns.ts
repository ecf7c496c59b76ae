/**
 * Step Functions ARNs: `arn:PARTITION:states:REGION:ACCOUNT:stateMachine:NAME[:VERSION|ALIAS]` and
 * `arn:PARTITION:states:REGION:ACCOUNT:execution:STATE_MACHINE_NAME:EXECUTION_NAME`.
 */
import { OperatorError } from './errors.js';

export interface StateMachineArnParts {
  partition: string;
  region: string;
  account: string;
  stateMachineName: string;
}

const STATE_MACHINE_ARN = /^arn:([a-z-]+):states:([a-z0-9-]+):(\d{12}):stateMachine:([^:]+)(?::[^:]+)?$/;
const EXECUTION_ARN = /^arn:([a-z-]+):states:([a-z0-9-]+):(\d{12}):execution:([^:]+):([^:]+)$/;

/** @throws OperatorError (InvalidArgument) when `arn` is not a state machine ARN */
export const parseStateMachineArn = (arn: string): StateMachineArnParts => {
  const match = STATE_MACHINE_ARN.exec(arn.trim());
  if (!match) {
    throw new OperatorError('InvalidArgument', `Not a state machine ARN: "${arn}".`,
      'Pass --state-machine arn:aws:states:REGION:ACCOUNT:stateMachine:NAME (the stack output of the CDK app).');
  }
  const [, partition = '', region = '', account = '', stateMachineName = ''] = match;
  return { partition, region, account, stateMachineName };
};

export const isExecutionArn = (value: string): boolean => EXECUTION_ARN.test(value);

/** The ARN Step Functions gives an execution of `stateMachineArn` named `executionName` (versions and aliases share it). */
export const executionArnFor = (stateMachineArn: string, executionName: string): string => {
  const { partition, region, account, stateMachineName } = parseStateMachineArn(stateMachineArn);
  return `arn:${partition}:states:${region}:${account}:execution:${stateMachineName}:${executionName}`;
};

/** The execution name, the last part of an execution ARN; anything else is returned as it is. */
export const executionNameOf = (executionArnOrName: string): string => EXECUTION_ARN.exec(executionArnOrName)?.[5] ?? executionArnOrName;

/** The region of a Step Functions ARN, so the client talks to the region the state machine lives in. */
export const regionOfArn = (arn: string): string | undefined => /^arn:[a-z-]+:states:([a-z0-9-]+):/.exec(arn)?.[1];

/**
 * An execution given as an ARN or as a name. A name needs the state machine ARN to be resolved.
 * @throws OperatorError when a name is given without a state machine, or an ARN is not an execution ARN
 */
export const resolveExecutionArn = (executionArnOrName: string, stateMachineArn?: string): string => {
  const value = executionArnOrName.trim();
  if (value.startsWith('arn:')) {
    if (!isExecutionArn(value)) {
      throw new OperatorError('InvalidArgument', `Not an execution ARN: "${value}".`,
        'Pass an execution name, or an ARN of the form arn:aws:states:REGION:ACCOUNT:execution:STATE_MACHINE:NAME.');
    }
    return value;
  }
  if (!stateMachineArn) {
    throw new OperatorError('MissingStateMachine', `Cannot resolve the execution name "${value}" without the state machine.`,
      'Pass --state-machine ARN or set OPS_ALERT_STATE_MACHINE_ARN, or give the full execution ARN.');
  }
  return executionArnFor(stateMachineArn, value);
};
