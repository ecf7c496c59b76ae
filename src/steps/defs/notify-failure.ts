/**
 * The NotifyFailure step. Not a state of the workflow: an EventBridge rule on the execution's status change (FAILED,
 * TIMED_OUT, ABORTED) invokes it, so a failed execution stops at the failed step and a redrive re-runs that step. Its
 * input is the event, not checked: the state it carries may be partial.
 */
import { defineStep } from '../define-step.js';
import { notifyFailureStep } from '../notify.js';

export const notifyFailure = defineStep({
  id: 'NotifyFailure',
  ports: ['notifications', 'ledger', 'settings'],
  idempotencyKey: '[detail.executionArn, detail.status, detail.stopDate]',
  trigger: 'execution-status-change',
  run: notifyFailureStep,
});
