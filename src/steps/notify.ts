/** Step 7: one e-mail per incident; and the failure notification of the Catch path. */
import { failureEmail, incidentEmail } from '../core/email-text.js';
import type { Ports } from '../ports/index.js';
import type { NotificationResult, WorkflowState } from './state.js';

export const notifyStep = async (
  state: Pick<WorkflowState, 'execution' | 'settings' | 'incident' | 'classification' | 'facts' | 'decision' | 'caseAction'>,
  ports: Pick<Ports, 'notifications'>,
): Promise<NotificationResult> => {
  // Every transition was already on the case: this incident was reported before, so no second e-mail.
  if (state.caseAction.action === 'suppressed') return { sent: false, reason: 'already_communicated' };
  const message = incidentEmail({
    customerName: state.settings.customerName,
    model: state.incident.model,
    region: state.incident.region,
    classification: state.classification,
    decision: state.decision,
    usage: state.facts.usage.status === 'ok' ? state.facts.usage.summary : undefined,
    usageWindowDays: state.settings.usageWindowDays,
    caseAction: state.caseAction,
    executionArn: state.execution.id,
  });
  const { messageId } = await ports.notifications.publish(message);
  return { sent: true, subject: message.subject, body: message.body, messageId, attributes: { ...message.attributes } };
};

/** Best effort naming of the model: the failure may have happened before the incident was resolved. */
export interface FailureInput {
  execution: WorkflowState['execution'];
  error?: { Error?: string; Cause?: string };
  /** the state when the failure was caught: the raw event if the first step failed */
  state?: Partial<WorkflowState>;
}

export const notifyFailureStep = async (input: FailureInput, ports: Pick<Ports, 'notifications'>, fallbackCustomerName = 'Bedrock'): Promise<NotificationResult> => {
  const state = { ...(input.state ?? {}), execution: input.execution, error: input.error };
  const error = { name: state.error?.Error ?? 'UnknownError', message: causeMessage(state.error?.Cause) };
  const message = failureEmail({
    customerName: state.settings?.customerName ?? fallbackCustomerName,
    region: state.incident?.region ?? process.env.AWS_REGION ?? 'us-east-1',
    executionArn: state.execution.id,
    executionName: state.execution.name,
    ...(state.incident?.model.name ? { modelName: state.incident.model.name } : {}),
    error,
  });
  const { messageId } = await ports.notifications.publish(message);
  return { sent: true, subject: message.subject, body: message.body, messageId, attributes: { ...message.attributes } };
};

/** Lambda puts `{"errorType","errorMessage",...}` JSON in Cause; show the message. */
const causeMessage = (cause: string | undefined): string => {
  if (!cause) return 'no cause reported';
  try {
    const parsed = JSON.parse(cause) as { errorMessage?: string };
    return parsed.errorMessage ?? cause;
  } catch {
    return cause;
  }
};
