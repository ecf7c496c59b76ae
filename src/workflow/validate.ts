/**
 * Runtime validation against the JSON Schemas in schemas/ (the same schemas generate the TypeScript types). The
 * validators are compiled ahead of time (`npm run gen:types`, src/types/generated/validators/), so the Lambda
 * bundles carry no schema compiler. Each failure becomes a typed error whose message names the bad field and says
 * what to do.
 */
import type { ErrorObject } from 'ajv';
import { InvalidEventError, InvalidScenarioError, InvalidStepInputError } from '#core/errors.js';
import type { AlarmStateChangeEvent } from '#types/generated/alarm-state-change-event.js';
import type { Scenario } from '#types/generated/scenario.js';
import type { SimulationOutput } from '#types/generated/simulation-output.js';
import { validateAlarmEvent } from '#types/generated/validators/alarm-state-change-event.js';
import { validateFullEvent, validateQuotaChangeEvent, validateScenario, validateShorthandEvent } from '#types/generated/validators/scenario.js';
import { validateSimulationOutput as validateOutput } from '#types/generated/validators/simulation-output.js';
import type { StandaloneValidator } from '#types/generated/validators/standalone-validator.js';

export type { StandaloneValidator } from '#types/generated/validators/standalone-validator.js';

export const formatSchemaErrors = (errors: ErrorObject[] | null | undefined, root = '', max = 8): string =>
  (errors ?? [])
    .slice(0, max)
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
    if (looksLikeEventBridgeEvent(input)) {
      throw new InvalidScenarioError(
        `${source} is an EventBridge event, not a scenario. Events go inside a scenario: put it in the \`events\` list of a ` +
          'scenario file (with customerName and models), as samples/scenarios/*.json do. See schemas/scenario.schema.json.',
      );
    }
    throw new InvalidScenarioError(`Scenario ${source} is invalid: ${formatSchemaErrors(scenarioErrors(input, validateScenario.errors ?? []), 'scenario', 20)}. See schemas/scenario.schema.json.`);
  }
  return input as Scenario;
};

const looksLikeEventBridgeEvent = (input: unknown): boolean =>
  typeof input === 'object' && input !== null && !('events' in input) && 'detail-type' in input && 'source' in input;

type EventShape = 'quotaChangeEvent' | 'fullEvent' | 'shorthandEvent';
const SHAPE_VALIDATORS: Record<EventShape, StandaloneValidator> = {
  quotaChangeEvent: validateQuotaChangeEvent, fullEvent: validateFullEvent, shorthandEvent: validateShorthandEvent,
};

/** The shape an `events` entry was meant to be, by its keys (schemas/scenario.schema.json, `events`). */
export const eventShapeOf = (entry: unknown): EventShape => {
  const e = typeof entry === 'object' && entry !== null ? entry : {};
  if ('quotaChange' in e) return 'quotaChangeEvent';
  if ('detail-type' in e || 'source' in e || 'detail' in e) return 'fullEvent';
  return 'shorthandEvent';
};

/**
 * The scenario's errors with each invalid `events` entry checked against the one shape it was meant to be: the
 * union's other shapes do not add their errors, and each error is reported once, with its JSON path.
 */
const scenarioErrors = (input: unknown, errors: ErrorObject[]): ErrorObject[] => {
  const events = (input as { events?: unknown }).events;
  const entryOf = /^\/events\/(\d+)(?:\/|$)/;
  const checked = new Set<number>();
  const result: ErrorObject[] = [];
  for (const error of errors) {
    const match = Array.isArray(events) ? entryOf.exec(error.instancePath) : null;
    if (!match) {
      result.push(error);
      continue;
    }
    const index = Number(match[1]);
    if (checked.has(index)) continue;
    checked.add(index);
    const validate = SHAPE_VALIDATORS[eventShapeOf((events as unknown[])[index])];
    if (validate(structuredClone((events as unknown[])[index]))) continue;
    for (const own of validate.errors ?? []) result.push({ ...own, instancePath: `/events/${index}${own.instancePath}` });
  }
  const seen = new Set<string>();
  return result.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${e.message ?? ''}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

export const validateSimulationOutput = (input: unknown): SimulationOutput => {
  if (!validateOutput(input)) throw new Error(`Simulation output does not match schemas/simulation-output.schema.json: ${formatSchemaErrors(validateOutput.errors)}`);
  return input as SimulationOutput;
};

/**
 * Checks that the workflow state holds the parts `step` needs (its `needs`, src/steps/defs/), with that step's
 * generated validator (`validate<Step>Input`). The caller passes the validator, so a bundle carries only its own.
 */
export const assertStepInput = <T>(step: string, validate: StandaloneValidator, input: unknown): T => {
  if (!validate(input)) {
    throw new InvalidStepInputError(
      `${step} received an invalid workflow state: ${formatSchemaErrors(validate.errors, 'state')}. ` +
        'The state machine definition and the handlers are out of step; redeploy both together.',
    );
  }
  return input as T;
};
