/** The PollQuotaCase step: one poll of the Wait/poll loop for the case of a quota request; appends the context to it. */
import { defineStep } from '../define-step.js';
import * as stateValidators from '#types/generated/validators/workflow-state.js';
import { pollQuotaCaseStep } from '../cases.js';

export const pollQuotaCase = defineStep({
  id: 'PollQuotaCase',
  ports: ['quotaRequests', 'cases', 'ledger', 'clock'],
  idempotencyKey: '[classification.incidentKey, quotaRequest.attempts]',
  needs: ['execution', 'settings', 'incident', 'classification', 'facts', 'decision', 'openCase', 'quotaRequest'],
  input: stateValidators.validatePollQuotaCaseInput,
  run: pollQuotaCaseStep,
});
