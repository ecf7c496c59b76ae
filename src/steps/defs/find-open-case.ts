/** The FindOpenCase step: the open case of the incident's (account, Region, model, category), from the ledger and Support. */
import { defineStep } from '../define-step.js';
import * as stateValidators from '#types/generated/validators/workflow-state.js';
import { findOpenCaseStep } from '../cases.js';

export const findOpenCase = defineStep({
  id: 'FindOpenCase',
  ports: ['cases', 'ledger', 'clock', 'executions'],
  needs: ['execution', 'settings', 'incident', 'classification', 'decision'],
  input: stateValidators.validateFindOpenCaseInput,
  run: findOpenCaseStep,
});
