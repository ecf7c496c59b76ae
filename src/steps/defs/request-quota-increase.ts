/** The RequestQuotaIncrease step: asks Service Quotas for the increases the decision names, once per incident. */
import { defineStep } from '../define-step.js';
import * as stateValidators from '#types/generated/validators/workflow-state.js';
import { requestQuotaIncreaseStep } from '../cases.js';

export const requestQuotaIncrease = defineStep({
  id: 'RequestQuotaIncrease',
  ports: ['quotaRequests'],
  idempotencyKey: 'classification.incidentKey',
  needs: ['execution', 'settings', 'incident', 'classification', 'facts', 'decision', 'openCase'],
  input: stateValidators.validateRequestQuotaIncreaseInput,
  run: requestQuotaIncreaseStep,
});
