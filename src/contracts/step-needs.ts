/**
 * The parts of the workflow state each step needs, checked against schemas/workflow-state.schema.json before the
 * step runs. `npm run gen:types` compiles one validator per step from this table (schemas/generate-types.ts).
 * ResolveChildAlarms takes the EventBridge event and NotifyFailure the Catch output, not the workflow state.
 */
import type { LambdaStepId } from '../workflow/steps.js';

export type StateStepId = Exclude<LambdaStepId, 'ResolveChildAlarms' | 'NotifyFailure'>;

export const STEP_NEEDS: Readonly<Record<StateStepId, readonly string[]>> = {
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
