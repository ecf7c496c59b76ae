/** The FetchQuotas step: the model's RPM and TPM quotas, from Service Quotas. */
import { defineStep } from '../define-step.js';
import * as stateValidators from '#types/generated/validators/workflow-state.js';
import { fetchQuotasStep } from '../analyse.js';

export const fetchQuotas = defineStep({
  id: 'FetchQuotas',
  ports: ['quotas'],
  needs: ['execution', 'settings', 'incident', 'classification'],
  input: stateValidators.validateFetchQuotasInput,
  run: fetchQuotasStep,
});
