/**
 * Every step's run by step id, in one place, for the local runtime and the tests: the local runtime dispatches each
 * Task to the same code a Lambda entry runs. The Lambda entries never import this module (it would put every step
 * in every bundle); each imports its own run from step-runs.ts.
 */
import type { Ports } from '../ports/index.js';
import type { LambdaStepId } from '../workflow/steps.js';
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

export const STEP_RUNS: Readonly<Record<LambdaStepId, StepRun>> = {
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

/** The handler of any step, with every port available (the local runtime, tests). */
export const createRegisteredStepHandler = (step: LambdaStepId, deps: HandlerDeps<Ports>): StepHandler => createStepHandler(step, STEP_RUNS[step], deps);
