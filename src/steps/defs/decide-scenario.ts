/** The DecideScenario step: the usage-validated decision (scenario, case type, increases). It calls nothing. */
import { defineStep } from '../define-step.js';
import * as stateValidators from '#types/generated/validators/workflow-state.js';
import { decideStep } from '../analyse.js';

export const decideScenario = defineStep({
  id: 'DecideScenario',
  ports: [],
  needs: ['execution', 'settings', 'incident', 'classification', 'facts'],
  input: stateValidators.validateDecideScenarioInput,
  run: decideStep,
});
