/**
 * Every Lambda step of the workflow, each defined once in its own file (src/steps/defs/, `defineStep`), and what is
 * derived from the list: the step ids, the parts of the state each step needs (schemas/generate-types.ts compiles a
 * validator per step from them), and the substitution map that fills the `${...}` placeholders of
 * statemachine/ops-alert.asl.json. The CDK app and the local runtime both build the map with `buildSubstitutions`, so
 * the definition they run is the same; the CDK app makes one function per step, granted what its ports can call.
 *
 * The Lambda entries never import this list (it would put every step in every bundle): each imports its own step.
 * The definitions import no adapter and no SDK, so the CDK app reads this module without them
 * (test/workflow/step-definitions.test.ts checks it).
 */
import type { AnyStepDefinition, StatePart } from '#steps/define-step.js';
import { appendToCase } from '#steps/defs/append-to-case.js';
import { classifyAlarms } from '#steps/defs/classify-alarms.js';
import { createSupportCase } from '#steps/defs/create-support-case.js';
import { decideScenario } from '#steps/defs/decide-scenario.js';
import { fetchQuotas } from '#steps/defs/fetch-quotas.js';
import { fetchUsage } from '#steps/defs/fetch-usage.js';
import { findOpenCase } from '#steps/defs/find-open-case.js';
import { notifyFailure } from '#steps/defs/notify-failure.js';
import { notify } from '#steps/defs/notify.js';
import { pollQuotaCase } from '#steps/defs/poll-quota-case.js';
import { requestQuotaIncrease } from '#steps/defs/request-quota-increase.js';
import { resolveChildAlarms } from '#steps/defs/resolve-child-alarms.js';

/** Every Lambda step, once (a step file missing here fails test/workflow/step-definitions.test.ts). */
export const LAMBDA_STEPS = [
  resolveChildAlarms,
  classifyAlarms,
  fetchQuotas,
  fetchUsage,
  decideScenario,
  findOpenCase,
  requestQuotaIncrease,
  pollQuotaCase,
  createSupportCase,
  appendToCase,
  notify,
  notifyFailure,
] as const;

export type LambdaStep = (typeof LAMBDA_STEPS)[number];
export type LambdaStepId = LambdaStep['id'];

/** A step with the fields every step has (its own file types them precisely). */
export type WorkflowStep = AnyStepDefinition & { readonly id: LambdaStepId };
const asAny = (step: LambdaStep): WorkflowStep => step as unknown as WorkflowStep;

export const lambdaStep = (id: LambdaStepId): WorkflowStep => {
  const step = LAMBDA_STEPS.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`No Lambda step ${id}`);
  return asAny(step);
};

/** The steps that take the workflow state, and the parts of it each needs. */
export const STEP_NEEDS: Readonly<Partial<Record<LambdaStepId, readonly StatePart[]>>> = Object.fromEntries(
  LAMBDA_STEPS.map(asAny).flatMap((step) => (step.needs ? [[step.id, step.needs]] : [])),
);

export const STATE_MACHINE_DEFINITION_PATH = 'statemachine/ops-alert.asl.json';

/** The steps the state machine invokes as Tasks (every step but the ones started by another trigger). */
export const WORKFLOW_TASK_STEPS = LAMBDA_STEPS.map(asAny).filter((step) => !step.trigger);

/** Fills every `${Placeholder}` of the definition: one function ARN per Task step. */
export const buildSubstitutions = (functionArnOf: (step: LambdaStepId) => string): Record<string, string> =>
  Object.fromEntries(WORKFLOW_TASK_STEPS.map((step) => [step.placeholder, functionArnOf(step.id)]));

/** The step a function ARN belongs to, for the local runtime's dispatcher (ARN built by `localFunctionArn`). */
export const LOCAL_FUNCTION_PREFIX = 'arn:aws:lambda:local:000000000000:function:ops-alert-';
export const localFunctionArn = (step: LambdaStepId): string => `${LOCAL_FUNCTION_PREFIX}${step}`;
export const stepOfLocalFunctionArn = (arn: string): LambdaStepId | undefined => {
  if (!arn.startsWith(LOCAL_FUNCTION_PREFIX)) return undefined;
  const id = arn.slice(LOCAL_FUNCTION_PREFIX.length);
  return LAMBDA_STEPS.find((step) => step.id === id)?.id;
};
