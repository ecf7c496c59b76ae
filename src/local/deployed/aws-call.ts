/**
 * One AWS call made by a deployed bundle, as the container that runs the bundle forwards it to the main thread
 * (deployed-artifact run). Shared by the IAM enforcer (iam.ts) and the simulated account (aws-api.ts).
 */
import { createHash } from 'node:crypto';
import { OpsAlertError } from '#core/errors.js';

export interface AwsCall {
  /** Which function made the call: the key of its role in IamEnforcer (e.g. the template's logical id). */
  functionId: string;
  /** The SDK client's serviceId: 'CloudWatch', 'Service Quotas', 'Support', 'SNS', 'SSM', 'DynamoDB', 'SFN'. */
  service: string;
  /**
   * The command name without 'Command': 'DescribeAlarms', 'GetServiceQuota'... For the DynamoDB document client
   * ('@aws-sdk/lib-dynamodb') the short names are accepted too: 'Get', 'Put', 'Update', 'Delete', 'Query', 'Scan'.
   */
  operation: string;
  /**
   * The command input as plain JSON: Date objects as ISO strings (Date objects are accepted too), no undefined
   * values needed. For DynamoDB, the document client's input (plain values) or the low-level one: only TableName and
   * IndexName are read here.
   */
  input: Record<string, unknown>;
  /** The Region of the client (the function's AWS_REGION, or the client's own, e.g. us-east-1 for Support). */
  region: string;
}

/** The account and partition a call is made in. */
export interface AccountContext {
  account: string;
  region: string;
  /** 'aws', 'aws-cn', 'aws-us-gov'. */
  partition: string;
  /**
   * Organization mode: the organization's management account, which holds the service-managed stack sets a delegated
   * administrator administers (their ARNs name it). Absent: a CallAs DELEGATED_ADMIN call cannot be authorized.
   */
  managementAccount?: string;
}

/**
 * The id CloudFormation gives a simulated stack set (`NAME:UUID`, the end of its ARN): a UUID-shaped hash of the name,
 * the same in the simulated answers (aws-api.ts) and in the ARN the IAM check is made on (iam.ts).
 */
export const simulatedStackSetId = (name: string): string => {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${name}:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
};

/** A call to an operation this layer does not know: nothing may pass unchecked or unanswered. */
export class UnknownAwsOperationError extends OpsAlertError {
  override name = 'UnknownAwsOperationError';
}

/** 'DescribeAlarms' from 'DescribeAlarmsCommand' or 'DescribeAlarms'. */
export const operationName = (operation: string): string => operation.replace(/Command$/, '');
