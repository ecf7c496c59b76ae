/**
 * cdk-nag (3.x API) on the whole app: the AWS Solutions and Serverless packs. Findings make synth fail; every
 * accepted finding is acknowledged next to the construct it concerns, with its written reason (`acknowledge`).
 */
import { Validations } from 'aws-cdk-lib';
import type { App } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';

/** The CDK's context key that turns off the stack traces in the construct metadata. */
const NO_STACK_TRACE = 'aws:cdk:disable-stack-trace';

export const addNagChecks = (app: App): void => {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
};

/**
 * Accepts one cdk-nag finding on a construct and its children. `id` is the exact (granular) finding id, e.g.
 * `AwsSolutions-IAM5[Resource::*]`; several reasons for the same id are all kept in the audit metadata.
 */
export const acknowledge = (scope: IConstruct, id: string, reason: string): void => {
  // The CDK records each acknowledgement in the construct metadata with a JavaScript stack trace of this call, even
  // when the app turns stack traces off (`aws:cdk:disable-stack-trace`, as the tests and the deployed-artifact
  // synthesis do): ~0.7 s of CPU over the infra tests' apps. That trace only goes to the assembly's manifest, never a
  // template; such an app gets none (the acknowledgement and its reason are recorded as always).
  if (scope.node.tryGetContext(NO_STACK_TRACE) !== true) {
    Validations.of(scope).acknowledge({ id, reason });
    return;
  }
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    Validations.of(scope).acknowledge({ id, reason });
  } finally {
    Error.stackTraceLimit = limit;
  }
};

/** The same reason for several finding ids. */
export const acknowledgeAll = (scope: IConstruct, ids: readonly string[], reason: string): void => {
  for (const id of ids) acknowledge(scope, id, reason);
};

