/**
 * Builds the whole deployment into a CDK app. Single-account mode: one core stack and as many model-alarm stacks as
 * the models need (at most `deployment.modelsPerStack` models each). Organization mode (`organization` in the
 * configuration): the hub core stack only, which holds the spoke stack sets (the alarms live in the spokes). Used by
 * infra/app.ts and by the tests, so both synthesize exactly the same stacks.
 */
import { Tags } from 'aws-cdk-lib';
import type { App, Environment } from 'aws-cdk-lib';
import type { ResolvedDeployment } from './config.js';
import { CoreStack } from './stacks/core-stack.js';
import { ModelAlarmsStack } from './stacks/model-alarms-stack.js';

export interface OpsAlertStacksOptions {
  /** @default environment-agnostic stacks (synth needs no credentials) */
  env?: Environment;
  /** @default statemachine/ops-alert.asl.json */
  stateMachineDefinition?: string;
  /** Organization mode: run cdk-nag on the spoke templates (the hub's are checked by addNagChecks on the app). @default false */
  nag?: boolean;
}

export interface OpsAlertStacks {
  core: CoreStack;
  /** Model-alarm stacks in stack-number order (empty groups are not created). */
  alarms: ModelAlarmsStack[];
}

export const alarmStackName = (deployment: ResolvedDeployment, number: number): string => `${deployment.stackNamePrefix}-Alarms-${number}`;
export const coreStackName = (deployment: ResolvedDeployment): string => `${deployment.stackNamePrefix}-Core`;

export const addOpsAlertStacks = (app: App, deployment: ResolvedDeployment, options: OpsAlertStacksOptions = {}): OpsAlertStacks => {
  const env = options.env ? { env: options.env } : {};
  const core = new CoreStack(app, coreStackName(deployment), {
    ...env,
    description: `Bedrock Ops Alert (${deployment.customerName}): workflow, tables, topics, settings, operational alarms and dashboard`,
    deployment,
    ...(options.stateMachineDefinition !== undefined ? { stateMachineDefinition: options.stateMachineDefinition } : {}),
    nag: options.nag ?? false,
  });
  const alarms: ModelAlarmsStack[] = [];
  deployment.alarmStacks.forEach((models, index) => {
    // Organization mode: the model alarms are in the spoke stack sets (core stack), not in the hub account.
    if (models.length === 0 || deployment.organization) return;
    alarms.push(new ModelAlarmsStack(app, alarmStackName(deployment, index + 1), {
      ...env,
      // Names can be long: the description (at most 1024 bytes) names the first and the last model only.
      description: `Bedrock Ops Alert (${deployment.customerName}): alarms of ${models.length} model(s), ${models[0]!.name}${models.length > 1 ? ` to ${models[models.length - 1]!.name}` : ''}`,
      customerName: deployment.customerName,
      models,
    }));
  });
  // The threshold updater's custom resource (core stack) must run after the alarms it resizes exist and after any
  // alarm-stack update that reset their thresholds: the core stack deploys last. Nothing in it references them.
  for (const stack of alarms) core.addStackDependency(stack, 'the threshold updater resizes the usage alarms after they are deployed');
  for (const stack of [core, ...alarms]) Tags.of(stack).add('bedrock-ops-alert:deployment', deployment.customerName);
  return { core, alarms };
};
