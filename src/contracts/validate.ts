/**
 * Runtime validation against the JSON Schemas in schemas/ (the same schemas generate the TypeScript types).
 * Each failure becomes a typed error whose message names the bad field and says what to do.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import eventSchema from '../../schemas/alarm-state-change-event.schema.json' with { type: 'json' };
import scenarioSchema from '../../schemas/scenario.schema.json' with { type: 'json' };
import simulationOutputSchema from '../../schemas/simulation-output.schema.json' with { type: 'json' };
import stateSchema from '../../schemas/workflow-state.schema.json' with { type: 'json' };
import { InvalidEventError, InvalidScenarioError, InvalidStepInputError } from '../core/errors.js';
import type { LambdaStepId } from '../workflow/steps.js';
import type { AlarmStateChangeEvent } from '../types/generated/alarm-state-change-event.js';
import type { Scenario } from '../types/generated/scenario.js';
import type { SimulationOutput } from '../types/generated/simulation-output.js';

// ajv-formats is CommonJS; under ESM its default export may arrive wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

/** One Ajv for documents validated as they are, one that fills in schema defaults (settings, scenarios). */
export const createAjv = (useDefaults: boolean): Ajv => addFormats(new Ajv({ allErrors: true, strict: false, useDefaults }));
const plain = createAjv(false);
const withDefaults = createAjv(true);

export const formatSchemaErrors = (errors: ErrorObject[] | null | undefined, root = ''): string =>
  (errors ?? [])
    .slice(0, 8)
    .map((e) => {
      const at = `${root}${e.instancePath || ''}` || '(root)';
      const extra = e.keyword === 'additionalProperties' ? ` '${String(e.params.additionalProperty)}'` : e.keyword === 'enum' ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : '';
      return `${at} ${e.message ?? 'is invalid'}${extra}`;
    })
    .join('; ');

const compiled = new Map<object, ValidateFunction>();
const compile = (ajv: Ajv, schema: object): ValidateFunction => {
  let fn = compiled.get(schema);
  if (!fn) {
    fn = ajv.compile(schema);
    compiled.set(schema, fn);
  }
  return fn;
};

export const parseAlarmEvent = (input: unknown): AlarmStateChangeEvent => {
  const validate = compile(plain, eventSchema);
  if (!validate(input)) {
    throw new InvalidEventError(
      `The input is not a CloudWatch alarm EventBridge event: ${formatSchemaErrors(validate.errors, 'event')}. ` +
        'Send the event as EventBridge delivers it (see samples/events/).',
    );
  }
  return input as AlarmStateChangeEvent;
};

export const parseScenario = (input: unknown, source: string): Scenario => {
  const validate = compile(withDefaults, scenarioSchema);
  if (!validate(input)) {
    throw new InvalidScenarioError(`Scenario ${source} is invalid: ${formatSchemaErrors(validate.errors, 'scenario')}. See schemas/scenario.schema.json.`);
  }
  return input as Scenario;
};

export const validateSimulationOutput = (input: unknown): SimulationOutput => {
  const validate = compile(plain, simulationOutputSchema);
  if (!validate(input)) throw new Error(`Simulation output does not match schemas/simulation-output.schema.json: ${formatSchemaErrors(validate.errors)}`);
  return input as SimulationOutput;
};

/** The parts of the workflow state each step needs. */
const STEP_NEEDS: Record<Exclude<LambdaStepId, 'ResolveChildAlarms' | 'NotifyFailure'>, string[]> = {
  ClassifyAlarms: ['execution', 'settings', 'incident'],
  FetchQuotas: ['execution', 'settings', 'incident', 'classification'],
  FetchUsage: ['execution', 'settings', 'incident', 'classification'],
  DecideScenario: ['execution', 'settings', 'incident', 'classification', 'facts'],
  FindOpenCase: ['execution', 'settings', 'incident', 'classification', 'decision'],
  RequestQuotaIncrease: ['execution', 'settings', 'incident', 'classification', 'facts', 'decision', 'openCase'],
  PollQuotaCase: ['execution', 'settings', 'incident', 'classification', 'facts', 'decision', 'openCase', 'quotaRequest'],
  CreateSupportCase: ['execution', 'settings', 'incident', 'classification', 'facts', 'decision', 'openCase'],
  AppendToCase: ['execution', 'settings', 'incident', 'classification', 'facts', 'decision', 'openCase'],
  Notify: ['execution', 'settings', 'incident', 'classification', 'facts', 'decision', 'caseAction'],
};

const stepValidators = new Map<string, ValidateFunction>();

export const assertStepInput = <T>(step: keyof typeof STEP_NEEDS, input: unknown): T => {
  let validate = stepValidators.get(step);
  if (!validate) {
    const { $id: _id, ...schema } = stateSchema;
    validate = plain.compile({ ...schema, required: STEP_NEEDS[step] });
    stepValidators.set(step, validate);
  }
  if (!validate(input)) {
    throw new InvalidStepInputError(
      `${step} received an invalid workflow state: ${formatSchemaErrors(validate.errors, 'state')}. ` +
        'The state machine definition and the handlers are out of step; redeploy both together.',
    );
  }
  return input as T;
};
