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
  checkScenarioOrganization(input as Scenario, source);
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

/** The account and Region a scenario event names, or their defaults (schemas/scenario.schema.json, `events`). */
export interface ScenarioTarget {
  account: string;
  region: string;
}

/** The members (account, Region) a scenario's workflow acts in: the `accounts` of an organization, else the one account. */
export const scenarioMembers = (scenario: Scenario): ScenarioTarget[] =>
  scenario.accounts
    ? scenario.accounts.flatMap((a) => a.regions.map((r) => ({ account: a.id, region: r.region })))
    : [{ account: scenario.account ?? '123456789012', region: scenario.region ?? 'us-east-1' }];

/**
 * Where a scenario event happens: its own `account`/`region`, else the first account (organization) or the scenario's
 * account, and that account's first Region. InvalidScenarioError for a member the scenario does not have.
 */
export const scenarioEventTarget = (scenario: Scenario, event: { account?: string; region?: string }, where: string): ScenarioTarget => {
  const members = scenarioMembers(scenario);
  const account = event.account ?? members[0]?.account ?? '123456789012';
  const ofAccount = members.filter((m) => m.account === account);
  if (ofAccount.length === 0) {
    throw new InvalidScenarioError(
      scenario.accounts
        ? `${where}: account ${account} is not in the organization (accounts: ${[...new Set(members.map((m) => m.account))].join(', ')}). Add it to \`accounts\` or fix the event's account.`
        : `${where}: account ${account} is not the scenario's account (${members[0]?.account}). A scenario with several accounts lists them in \`accounts\`.`,
    );
  }
  const region = event.region ?? ofAccount[0]?.region ?? 'us-east-1';
  if (!ofAccount.some((m) => m.region === region)) {
    throw new InvalidScenarioError(
      `${where}: Region ${region} is not a Region of account ${account} in the scenario (its Regions: ${ofAccount.map((m) => m.region).join(', ')}).`,
    );
  }
  return { account, region };
};

/**
 * The organization rules the schema cannot say: account ids and each account's Regions unique, Region models among
 * the deployment's models, and every event's account and Region a member. InvalidScenarioError naming the entry.
 */
export const checkScenarioOrganization = (scenario: Scenario, source: string): void => {
  const models = new Set(scenario.models.map((m) => m.name));
  const seen = new Set<string>();
  (scenario.accounts ?? []).forEach((account, a) => {
    if (seen.has(account.id)) throw new InvalidScenarioError(`Scenario ${source} is invalid: scenario/accounts/${a}/id: account ${account.id} is listed twice.`);
    seen.add(account.id);
    const regions = new Set<string>();
    account.regions.forEach((region, r) => {
      const at = `scenario/accounts/${a}/regions/${r}`;
      if (regions.has(region.region)) throw new InvalidScenarioError(`Scenario ${source} is invalid: ${at}/region: ${region.region} is listed twice for account ${account.id}.`);
      regions.add(region.region);
      const unknown = [...(region.models ?? []), ...(region.pendingQuotaRequests ?? []).map((p) => ({ name: p.model }))].find((m) => !models.has(m.name));
      if (unknown) {
        throw new InvalidScenarioError(`Scenario ${source} is invalid: ${at}: model '${unknown.name}' is not one of the deployment's models (${[...models].join(', ')}).`);
      }
    });
  });
  // The members' calls have no fault injection of their own yet: a fault on one would silently never fire.
  const memberFault = scenario.accounts ? (scenario.faults ?? []).findIndex((f) => /^(CloudWatch|ServiceQuotas|Support)\./.test(f.api)) : -1;
  if (memberFault >= 0) {
    throw new InvalidScenarioError(
      `Scenario ${source} is invalid: scenario/faults/${memberFault}: in an organization scenario faults apply to the hub's calls (SNS, SSM, Step Functions, the case ledger) only; ` +
        `'${scenario.faults?.[memberFault]?.api}' is a call in a member account.`,
    );
  }
  scenario.events.forEach((event, index) => {
    const e = event as { account?: unknown; region?: unknown; quotaChange?: unknown; caseResolved?: unknown; model?: unknown };
    // A full EventBridge event carries its own account: one from outside the organization is a case the workflow handles.
    if (eventShapeOf(event) === 'fullEvent') return;
    scenarioEventTarget(scenario, { ...(typeof e.account === 'string' ? { account: e.account } : {}), ...(typeof e.region === 'string' ? { region: e.region } : {}) }, `Scenario ${source} is invalid: scenario/events/${index}`);
  });
};
