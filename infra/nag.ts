/**
 * cdk-nag (3.x API) on the whole app: the AWS Solutions and Serverless packs. Findings make synth fail; every
 * accepted finding is acknowledged next to the construct it concerns, with its written reason (`acknowledge`).
 */
import { Validations } from 'aws-cdk-lib';
import type { App } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';

export const addNagChecks = (app: App): void => {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
};

/**
 * Accepts one cdk-nag finding on a construct and its children. `id` is the exact (granular) finding id, e.g.
 * `AwsSolutions-IAM5[Resource::*]`; several reasons for the same id are all kept in the audit metadata.
 */
export const acknowledge = (scope: IConstruct, id: string, reason: string): void => {
  Validations.of(scope).acknowledge({ id, reason });
};

/** The same reason for several finding ids. */
export const acknowledgeAll = (scope: IConstruct, ids: readonly string[], reason: string): void => {
  for (const id of ids) acknowledge(scope, id, reason);
};

