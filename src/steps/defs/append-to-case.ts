/** The AppendToCase step: adds the incident to the open case (once per incident and case). */
import { defineStep } from '../define-step.js';
import * as stateValidators from '#types/generated/validators/workflow-state.js';
import { appendToCaseStep } from '../cases.js';

export const appendToCase = defineStep({
  id: 'AppendToCase',
  ports: ['cases', 'ledger', 'clock'],
  idempotencyKey: '[classification.incidentKey, openCase.ledgerKey]',
  needs: ['execution', 'settings', 'incident', 'classification', 'facts', 'decision', 'openCase'],
  input: stateValidators.validateAppendToCaseInput,
  run: appendToCaseStep,
});
