/** The Notify step: e-mails the on-call team once per incident. */
import { defineStep } from '../define-step.js';
import * as stateValidators from '#types/generated/validators/workflow-state.js';
import { notifyStep } from '../notify.js';

export const notify = defineStep({
  id: 'Notify',
  ports: ['notifications', 'ledger'],
  idempotencyKey: 'classification.incidentKey',
  needs: ['execution', 'settings', 'incident', 'classification', 'facts', 'decision', 'caseAction'],
  input: stateValidators.validateNotifyInput,
  run: notifyStep,
});
