/**
 * IAM enforcement for the deployed-artifact run: every AWS call a bundle makes is evaluated against the calling
 * function's role policies (and, where a service principal acts, the resource policy) by a real policy evaluator,
 * `@cloud-copilot/iam-simulate` (AGPL-3.0: a devDependency, used by the tests and the local `--deployed` run only,
 * never bundled). A denied call fails as AWS fails it.
 */
import type { AccountContext, AwsCall } from './aws-call.js';

export type { AccountContext, AwsCall } from './aws-call.js';

/** What one call needs: an IAM action on a resource, with the request's context keys. */
export interface Authorization {
  /** 'cloudwatch:DescribeAlarms' */
  action: string;
  /** The resource ARN, or '*' for actions that have no resource type (or when the reference asks for '*'). */
  resource: string;
  /** Request context keys (e.g. 'aws:SourceAccount'), besides the ones the enforcer adds (aws:PrincipalArn...). */
  context?: Record<string, string | string[]>;
}

/** An IAM policy document (JSON). */
export interface PolicyDocument {
  Version?: string;
  Statement: unknown[] | Record<string, unknown>;
}

/** One identity policy of a role: an inline AWS::IAM::Policy document or a managed policy's document. */
export interface IdentityPolicy {
  name: string;
  document: PolicyDocument;
}

/** A function's execution role, as extracted from the template. */
export interface FunctionRole {
  /** The role's name, as in the assumed-role ARN (`arn:aws:sts::ACCOUNT:assumed-role/ROLE/FUNCTION`). */
  roleName: string;
  /** The function's name: the session name of the assumed role. */
  functionName: string;
  /** Inline and customer-managed policy documents attached to the role. */
  policies: IdentityPolicy[];
  /**
   * ARNs of AWS-managed policies attached to the role. Their documents come from `AWS_MANAGED_POLICIES` (only
   * logs-only policies, e.g. AWSLambdaBasicExecutionRole, are known); an unknown one throws UnknownManagedPolicyError.
   */
  managedPolicyArns?: string[];
}

/** The evaluator's answer. */
export type IamResult = 'Allowed' | 'ImplicitlyDenied' | 'ExplicitlyDenied';

/** A denied call, recorded for the run's report. */
export interface Denial {
  functionId: string;
  /** e.g. 'cloudwatch:DescribeAlarms' */
  action: string;
  resource: string;
  result: Exclude<IamResult, 'Allowed'>;
  /** The call that needed it. */
  service: string;
  operation: string;
  /** `arn:aws:sts::ACCOUNT:assumed-role/ROLE/FUNCTION` */
  principalArn: string;
}

export type AuthorizeOutcome = { allowed: true } | { allowed: false; denial: Denial };

/** The AWS-managed policies this layer knows the documents of (logs-only ones). */
export declare const AWS_MANAGED_POLICIES: Readonly<Record<string, PolicyDocument>>;

/**
 * The (action, resource, context) authorizations an API call needs, per the Service Authorization Reference.
 * Throws UnknownAwsOperationError for an operation it does not know, so nothing passes unchecked.
 */
export declare const authorizationsFor: (call: AwsCall, context: AccountContext) => Authorization[];

/** Evaluates calls against the functions' roles; records every denial. */
export declare class IamEnforcer {
  /** Every denial so far, in order. */
  readonly denials: Denial[];
  constructor(roles: Readonly<Record<string, FunctionRole>>, context: Omit<AccountContext, 'region'> & { region?: string }, options?: { topicKeys?: Readonly<Record<string, string>> });
  /** Allowed, or the recorded denial of the first authorization the role does not grant. Unknown functionId throws. */
  authorize(functionId: string, call: AwsCall): Promise<AuthorizeOutcome>;
}

/**
 * The error AWS answers a denied call with, shaped as the SDK throws it: `name` (AccessDeniedException; SNS
 * AuthorizationError), the AWS message, `$fault: 'client'`, `$metadata.httpStatusCode` (400 or 403).
 */
export declare const accessDeniedError: (denial: Denial) => Error;

/** The answer of a resource-policy check. */
export interface ResourcePolicyVerdict {
  allowed: boolean;
  /** One line per evaluated permission: "sns:Publish on arn:...: Allowed". */
  reasons: string[];
}

/**
 * CloudWatch alarm actions → SNS: may `cloudwatch.amazonaws.com`, acting for the alarm `sourceArn` in
 * `sourceAccount`, publish to the topic (topic policy: sns:Publish) and use its key (key policy: kms:Decrypt and
 * kms:GenerateDataKey*)? A topic without a policy has the default one (owner account only: a service principal
 * is not allowed). Without a key (keyArn/keyPolicy undefined) only the topic is checked.
 */
export declare const evaluateServicePublish: (input: {
  topicPolicy: PolicyDocument | undefined;
  keyPolicy?: PolicyDocument | undefined;
  sourceArn: string;
  sourceAccount: string;
  topicArn: string;
  keyArn?: string | undefined;
}) => Promise<ResourcePolicyVerdict>;

/**
 * EventBridge rule → target: a Lambda function (its AWS::Lambda::Permission statements as a resource policy,
 * lambda:InvokeFunction by `events.amazonaws.com` with aws:SourceArn = the rule) or a state machine (the rule's
 * target role's identity policies must allow states:StartExecution on it).
 */
export declare const evaluateEventBridgeTarget: (
  input:
    | { kind: 'lambda'; functionArn: string; permissions: PolicyDocument | undefined; ruleArn: string; account: string }
    | { kind: 'stateMachine'; stateMachineArn: string; targetRolePolicies: IdentityPolicy[]; ruleArn: string; account: string; roleArn: string },
) => Promise<ResourcePolicyVerdict>;
