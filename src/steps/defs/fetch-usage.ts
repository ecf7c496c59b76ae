/**
 * The FetchUsage step: the model's usage over the window (14 days by default), summarised. The local runtime passes its
 * `run` a third argument, a summariser that remembers each model's window.
 */
import { defineStep } from '../define-step.js';
import * as stateValidators from '#types/generated/validators/workflow-state.js';
import { fetchUsageStep } from '../analyse.js';

export const fetchUsage = defineStep({
  id: 'FetchUsage',
  ports: ['usage', 'clock'],
  needs: ['execution', 'settings', 'incident', 'classification'],
  input: stateValidators.validateFetchUsageInput,
  run: fetchUsageStep,
});
