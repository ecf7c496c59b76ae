/** The CreateSupportCase step: claims the case in the ledger, then opens it (once per incident). */
import { defineStep } from '../define-step.js';
import * as stateValidators from '#types/generated/validators/workflow-state.js';
import { createSupportCaseStep } from '../cases.js';

export const createSupportCase = defineStep({
  id: 'CreateSupportCase',
  ports: ['cases', 'ledger', 'clock', 'executions'],
  idempotencyKey: 'classification.incidentKey',
  needs: ['execution', 'settings', 'incident', 'classification', 'facts', 'decision', 'openCase'],
  input: stateValidators.validateCreateSupportCaseInput,
  run: createSupportCaseStep,
});
