/**
 * Every step's run by step id, in one place, for the local runtime and the tests: the local runtime dispatches each
 * Task to the same code a Lambda entry runs. The Lambda entries never import this module (it would put every step
 * in every bundle); each imports its own run from step-runs.ts.
 */
import type { Ports } from '../ports/index.js';
import { lambdaStep, type LambdaStepId, type StepPortName } from '../workflow/steps.js';
import { createStepHandler, type HandlerDeps, type StepHandler, type StepRun } from './step-handlers.js';
import {
  runAppendToCase,
  runClassifyAlarms,
  runCreateSupportCase,
  runDecideScenario,
  runFetchQuotas,
  runFetchUsage,
  runFindOpenCase,
  runNotify,
  runNotifyFailure,
  runPollQuotaCase,
  runRequestQuotaIncrease,
  runResolveChildAlarms,
} from './step-runs.js';

const RUNS = {
  ResolveChildAlarms: runResolveChildAlarms,
  ClassifyAlarms: runClassifyAlarms,
  FetchQuotas: runFetchQuotas,
  FetchUsage: runFetchUsage,
  DecideScenario: runDecideScenario,
  FindOpenCase: runFindOpenCase,
  RequestQuotaIncrease: runRequestQuotaIncrease,
  PollQuotaCase: runPollQuotaCase,
  CreateSupportCase: runCreateSupportCase,
  AppendToCase: runAppendToCase,
  Notify: runNotify,
  NotifyFailure: runNotifyFailure,
};

export const STEP_RUNS: Readonly<Record<LambdaStepId, StepRun>> = RUNS;

/**
 * Compile-time check that each step's run takes exactly the ports its LAMBDA_STEPS entry declares: a port declared
 * but not used would be granted for nothing (aws-deps.ts checks the other direction).
 */
type PortsTaken<R> = R extends (input: never, ports: infer P) => unknown ? keyof P : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const STEP_PORTS_MATCH: { readonly [S in LambdaStepId]: Same<PortsTaken<(typeof RUNS)[S]>, StepPortName<S>> } = {
  ResolveChildAlarms: true, ClassifyAlarms: true, FetchQuotas: true, FetchUsage: true, DecideScenario: true, FindOpenCase: true,
  RequestQuotaIncrease: true, PollQuotaCase: true, CreateSupportCase: true, AppendToCase: true, Notify: true, NotifyFailure: true,
};

/** Only the ports the step declares: the local runtime runs a step with what its Lambda function would have. */
const declaredPorts = (step: LambdaStepId, ports: Ports): Ports =>
  Object.fromEntries(lambdaStep(step).ports.map((name) => [name, ports[name]])) as unknown as Ports;

/**
 * The handler of any step (the local runtime, tests). `deps.ports` is asked for the step's ports (it may build them
 * per step, e.g. to tell the steps' calls apart), and the step gets only the ones it declares. `runs` may replace
 * some steps' runs (the local runtime's FetchUsage remembers its summaries).
 */
export const createRegisteredStepHandler = (
  step: LambdaStepId, deps: Omit<HandlerDeps<Ports>, 'ports'> & { ports: (step: LambdaStepId) => Ports }, runs: Readonly<Record<LambdaStepId, StepRun>> = STEP_RUNS,
): StepHandler =>
  createStepHandler(step, runs[step], { ...deps, ports: () => declaredPorts(step, deps.ports(step)) });
