/**
 * Runtime validation against the JSON Schemas in schemas/ (the same schemas generate the TypeScript types). The
 * validators are compiled ahead of time (`npm run gen:types`, src/types/generated/validators/), so the Lambda
 * bundles carry no schema compiler. Each failure becomes a typed error whose message names the bad field and says
 * what to do.
 */
import type { ErrorObject } from 'ajv';
import { InvalidEventError, InvalidScenarioError, InvalidStepInputError } from '../core/errors.js';
import type { AlarmStateChangeEvent } from '../types/generated/alarm-state-change-event.js';
import type { Scenario } from '../types/generated/scenario.js';
import type { SimulationOutput } from '../types/generated/simulation-output.js';
import { validateAlarmEvent } from '../types/generated/validators/alarm-state-change-event.js';
import { validateScenario } from '../types/generated/validators/scenario.js';
import { validateSimulationOutput as validateOutput } from '../types/generated/validators/simulation-output.js';
import type { StandaloneValidator } from '../types/generated/validators/standalone-validator.js';
import type { StateStepId } from './step-needs.js';

export type { StandaloneValidator } from '../types/generated/validators/standalone-validator.js';

export const formatSchemaErrors = (errors: ErrorObject[] | null | undefined, root = ''): string =>
  (errors ?? [])
    .slice(0, 8)
    .map((e) => {
      const at = `${root}${e.instancePath || ''}` || '(root)';
      const extra = e.keyword === 'additionalProperties' ? ` '${String(e.params.additionalProperty)}'` : e.keyword === 'enum' ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : '';
      return `${at} ${e.message ?? 'is invalid'}${extra}`;
    })
    .join('; ');

export const parseAlarmEvent = (input: unknown): AlarmStateChangeEvent => {
  if (!validateAlarmEvent(input)) {
    throw new InvalidEventError(
      `The input is not a CloudWatch alarm EventBridge event: ${formatSchemaErrors(validateAlarmEvent.errors, 'event')}. ` +
        'Send the event as EventBridge delivers it (see samples/events/).',
    );
  }
  return input as AlarmStateChangeEvent;
};

/** Validates a scenario file and fills in the schema's defaults (in place). */
export const parseScenario = (input: unknown, source: string): Scenario => {
  if (!validateScenario(input)) {
    throw new InvalidScenarioError(`Scenario ${source} is invalid: ${formatSchemaErrors(validateScenario.errors, 'scenario')}. See schemas/scenario.schema.json.`);
  }
  return input as Scenario;
};

export const validateSimulationOutput = (input: unknown): SimulationOutput => {
  if (!validateOutput(input)) throw new Error(`Simulation output does not match schemas/simulation-output.schema.json: ${formatSchemaErrors(validateOutput.errors)}`);
  return input as SimulationOutput;
};

/**
 * Checks that the workflow state holds the parts `step` needs (src/contracts/step-needs.ts), with that step's
 * generated validator (`validate<Step>Input`). The caller passes the validator, so a bundle carries only its own.
 */
export const assertStepInput = <T>(step: StateStepId, validate: StandaloneValidator, input: unknown): T => {
  if (!validate(input)) {
    throw new InvalidStepInputError(
      `${step} received an invalid workflow state: ${formatSchemaErrors(validate.errors, 'state')}. ` +
        'The state machine definition and the handlers are out of step; redeploy both together.',
    );
  }
  return input as T;
};
