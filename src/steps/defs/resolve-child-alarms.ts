/**
 * The ResolveChildAlarms step, the workflow's first: it takes the EventBridge event and the execution, not the workflow
 * state, and validates the event itself.
 */
import { defineStep } from '../define-step.js';
import { resolveChildAlarms as resolveChildAlarmsOfEvent } from '../resolve.js';

export const resolveChildAlarms = defineStep({
  id: 'ResolveChildAlarms',
  ports: ['alarms', 'settings'],
  run: resolveChildAlarmsOfEvent,
});
