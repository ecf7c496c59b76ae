/**
 * What each Lambda step runs: its input checked against its contract (the step's generated validator), then the
 * step. One export per step, each importing only its own step and validator, so a handler entry that imports one
 * gets a bundle without the others (esbuild drops unused exports). All of them together: steps-registry.ts.
 */
import { assertStepInput } from '../contracts/validate.js';
import {
  validateAppendToCaseInput,
  validateClassifyAlarmsInput,
  validateCreateSupportCaseInput,
  validateDecideScenarioInput,
  validateFetchQuotasInput,
  validateFetchUsageInput,
  validateFindOpenCaseInput,
  validateNotifyInput,
  validatePollQuotaCaseInput,
  validateRequestQuotaIncreaseInput,
} from '../types/generated/validators/workflow-state.js';
import type { Ports } from '../ports/index.js';
import { classifyStep, decideStep, fetchQuotasStep, fetchUsageStep, type UsageSummariser } from '../steps/analyse.js';
import { appendToCaseStep, createSupportCaseStep, findOpenCaseStep, pollQuotaCaseStep, requestQuotaIncreaseStep } from '../steps/cases.js';
import { notifyFailureStep, notifyStep, type FailureInput } from '../steps/notify.js';
import { resolveChildAlarms } from '../steps/resolve.js';
import type { WorkflowInput } from '../steps/state.js';

/** The ports a step takes, as the step itself declares them (so the entries' port lists follow the steps). */
type PortsOf<Step extends (input: never, ports: never) => unknown> = Parameters<Step>[1];

/** The first step takes the execution and the EventBridge event; the step validates the event itself. */
export const runResolveChildAlarms = (input: unknown, ports: PortsOf<typeof resolveChildAlarms>) => resolveChildAlarms(input as WorkflowInput, ports);

export const runClassifyAlarms = (state: unknown, ports: PortsOf<typeof classifyStep>) =>
  classifyStep(assertStepInput('ClassifyAlarms', validateClassifyAlarmsInput, state), ports);

export const runFetchQuotas = (state: unknown, ports: PortsOf<typeof fetchQuotasStep>) =>
  fetchQuotasStep(assertStepInput('FetchQuotas', validateFetchQuotasInput, state), ports);

/** `summarise`: the local runtime passes one that remembers each model's summary per window. */
export const runFetchUsage = (state: unknown, ports: PortsOf<typeof fetchUsageStep>, summarise?: UsageSummariser) =>
  fetchUsageStep(assertStepInput('FetchUsage', validateFetchUsageInput, state), ports, summarise);

export const runDecideScenario = (state: unknown, _ports: Pick<Ports, never>) =>
  decideStep(assertStepInput('DecideScenario', validateDecideScenarioInput, state));

export const runFindOpenCase = (state: unknown, ports: PortsOf<typeof findOpenCaseStep>) =>
  findOpenCaseStep(assertStepInput('FindOpenCase', validateFindOpenCaseInput, state), ports);

export const runRequestQuotaIncrease = (state: unknown, ports: PortsOf<typeof requestQuotaIncreaseStep>) =>
  requestQuotaIncreaseStep(assertStepInput('RequestQuotaIncrease', validateRequestQuotaIncreaseInput, state), ports);

export const runPollQuotaCase = (state: unknown, ports: PortsOf<typeof pollQuotaCaseStep>) =>
  pollQuotaCaseStep(assertStepInput('PollQuotaCase', validatePollQuotaCaseInput, state), ports);

export const runCreateSupportCase = (state: unknown, ports: PortsOf<typeof createSupportCaseStep>) =>
  createSupportCaseStep(assertStepInput('CreateSupportCase', validateCreateSupportCaseInput, state), ports);

export const runAppendToCase = (state: unknown, ports: PortsOf<typeof appendToCaseStep>) =>
  appendToCaseStep(assertStepInput('AppendToCase', validateAppendToCaseInput, state), ports);

export const runNotify = (state: unknown, ports: PortsOf<typeof notifyStep>) =>
  notifyStep(assertStepInput('Notify', validateNotifyInput, state), ports);

/** The Catch path's input: the execution, the error and whatever state there was (not checked: it may be partial). */
export const runNotifyFailure = (input: unknown, ports: PortsOf<typeof notifyFailureStep>) => notifyFailureStep(input as FailureInput, ports);
