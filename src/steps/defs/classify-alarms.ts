/** The ClassifyAlarms step: which of the incident's fired alarms are about quotas, which quota, how severe. */
import { defineStep } from '../define-step.js';
import * as stateValidators from '#types/generated/validators/workflow-state.js';
import { classifyStep } from '../analyse.js';

export const classifyAlarms = defineStep({
  id: 'ClassifyAlarms',
  ports: ['alarms'],
  needs: ['execution', 'settings', 'incident'],
  input: stateValidators.validateClassifyAlarmsInput,
  run: classifyStep,
});
