/** Step 7: one e-mail per incident; and the failure notification of the Catch path. */
import { failureEmail, incidentEmail, markPossibleRepeat } from '#core/email-text.js';
import { createHash, randomUUID } from 'node:crypto';
import { outcomeUnknown, processDied } from '#core/errors.js';
import type { NotificationMessage } from '#core/model.js';
import { originOfInput } from '#core/alarm-event.js';
import { isRegion } from '#core/plain-text.js';
import { projectAlarmIndex } from '#core/catalogue.js';
import { accountNameOf, failureEmailWindowMinutes, resolveSettingsDocument } from '#workflow/settings.js';
import { failureCause, type FoldedFailures } from '#core/failure-cause.js';
import { logger } from '#lambda/logger.js';
import type { Ports } from '#ports/index.js';
import type { NotificationResult, WorkflowState } from './state.js';

export const notifyStep = async (
  state: Pick<WorkflowState, 'execution' | 'settings' | 'incident' | 'classification' | 'facts' | 'decision' | 'caseAction'> & Partial<Pick<WorkflowState, 'openCase'>>,
  ports: Pick<Ports, 'notifications' | 'ledger'>,
): Promise<NotificationResult> => {
  // Every transition was already on the case (or went out with a send of the cool-down): no second e-mail.
  if (state.caseAction.action === 'suppressed') return { sent: false, reason: state.caseAction.reason ?? 'already_communicated' };
  const coolDown = state.openCase?.coolDown;
  const message = incidentEmail({
    customerName: state.settings.customerName,
    model: state.incident.model,
    region: state.incident.region,
    account: state.incident.account,
    ...(state.incident.accountName ? { accountName: state.incident.accountName } : {}),
    classification: state.classification,
    decision: state.decision,
    usage: state.facts.usage.status === 'ok' ? state.facts.usage.summary : undefined,
    usageWindowDays: state.settings.usageWindowDays,
    caseAction: state.caseAction,
    executionArn: state.execution.id,
    ...(coolDown?.action === 'send' && coolDown.carried.length > 0 ? { folded: { carried: coolDown.carried, windowMinutes: coolDown.windowMinutes } } : {}),
  });
  // The account the incident is in: subscribers that follow some accounts only filter on it (SNS filter policy).
  return publishOnce(state.classification.incidentKey, { ...message, attributes: { ...message.attributes, account: state.incident.account } }, ports);
};

/**
 * Publishes once per id. A failure that certainly sent nothing (throttling, a refusal) clears the note and the retry
 * sends. After a failure whose outcome is unknown (a 5xx, a timeout, a dropped connection, a crash after the call)
 * SNS cannot be asked whether the message went out, and standard topics cannot deduplicate: the retry sends it again,
 * marked as a possible repeat in subject and body, because a repeat is better than an e-mail lost in silence.
 */
const publishOnce = async (id: string, message: NotificationMessage, ports: Pick<Ports, 'notifications' | 'ledger'>): Promise<NotificationResult> => {
  const noteId = createHash('sha256').update(id).digest('hex').slice(0, 32);
  const attempt = randomUUID();
  let begun: Awaited<ReturnType<Ports['ledger']['beginNotification']>>;
  try {
    begun = await ports.ledger.beginNotification(noteId, attempt);
  } catch (error) {
    // Publish was not called. The note may have been written all the same (a timeout or a 5xx after the write): take
    // it back, or the retry would flag a repeat of an e-mail that never went out. (A crash here runs no code: that
    // note stays, and the retry cannot tell it from a crash just after Publish, so it flags.)
    if (!processDied(error)) {
      await ports.ledger.withdrawNotification(noteId, attempt).catch((withdrawError: unknown) =>
        logger.warn('The notification note could not be taken back; the retry will flag its e-mail as a possible repeat', { noteId, error: (withdrawError as Error).message }));
    }
    throw error;
  }
  if (begun === 'sent') return { sent: false, reason: 'already_sent', subject: message.subject, body: message.body, attributes: { ...message.attributes } };
  const outgoing = begun === 'unknown' ? markPossibleRepeat(message) : message;
  if (begun === 'unknown') logger.warn('An earlier attempt to publish this notification ended with an unknown outcome; sending it again marked as a possible repeat', { noteId });
  let messageId: string;
  try {
    ({ messageId } = await ports.notifications.publish(outgoing));
  } catch (error) {
    // After an unknown outcome the note stays 'unknown' whatever this attempt's error: the next one is still flagged.
    if (begun === 'first' && !outcomeUnknown(error)) await ports.ledger.endNotification(noteId, 'failed');
    throw error;
  }
  try {
    await ports.ledger.endNotification(noteId, 'sent');
  } catch (error) {
    // The e-mail went out: failing the step now would only make its retry send it again (flagged). The step's own
    // idempotency record keeps this result; the note stays 'sending' and is never read again for this incident.
    logger.warn('Published, but the note could not be recorded as sent', { noteId, error: (error as Error).message });
  }
  return {
    sent: true, messageId, subject: outgoing.subject, body: outgoing.body, attributes: { ...outgoing.attributes },
    ...(begun === 'unknown' ? { reason: 'possible_repeat' } : {}),
  };
};

/** Best effort naming of the model: the failure may have happened before the incident was resolved. */
/** The EventBridge "Step Functions Execution Status Change" event that starts NotifyFailure. */
export interface FailureInput {
  'detail-type'?: string;
  region?: string;
  time?: string;
  detail: {
    executionArn: string;
    stateMachineArn?: string;
    name: string;
    status: string;
    stopDate?: number | null;
    /** The execution's input as a JSON string (the alarm event) */
    input?: string | null;
    error?: string | null;
    cause?: string | null;
  };
}

const FAILED_STATUSES = new Set(['FAILED', 'TIMED_OUT', 'ABORTED']);

/**
 * The failure e-mail: what failed, why, and how to re-drive. The customer and model are read from the settings and
 * the execution's input when possible; a failure caused by bad settings or a bad event still gets its e-mail.
 */
export const notifyFailureStep = async (
  input: FailureInput,
  ports: Pick<Ports, 'notifications' | 'ledger' | 'settings'>,
  fallbackCustomerName = 'Bedrock',
): Promise<NotificationResult> => {
  const { detail } = input;
  if (!FAILED_STATUSES.has(detail.status)) return { sent: false, reason: `status ${detail.status} needs no failure notification` };
  const alarmName = alarmNameOfInput(detail.input);
  // Until the settings say otherwise: the customer prefix of the project's alarm names ("Acme-Bedrock-...").
  let customerName = (alarmName ? /^(.+?)-Bedrock-/.exec(alarmName)?.[1] : undefined) ?? fallbackCustomerName;
  let modelName: string | undefined;
  let document: unknown;
  // Only a valid account id and Region reach the e-mail and the message attribute.
  const raw = originOfInput(detail.input);
  const origin = {
    ...(raw.account !== undefined && /^[0-9]{12}$/.test(raw.account) ? { account: raw.account } : {}),
    ...(isRegion(raw.region) ? { region: raw.region } : {}),
  };
  const incident: { account: string; region: string; accountName?: string } | undefined =
    origin.account && origin.region ? { account: origin.account, region: origin.region } : undefined;
  try {
    document = await ports.settings.loadDocument();
    const settings = resolveSettingsDocument(document);
    customerName = settings.customerName;
    const accountName = incident ? accountNameOf(settings, incident.account) : undefined;
    if (incident && accountName) incident.accountName = accountName;
    if (alarmName) modelName = projectAlarmIndex(settings.customerName, settings.models).get(alarmName)?.modelName;
  } catch {
    // The failure may be the settings themselves: the e-mail goes out with what is known, the document's own
    // customer name included when it has one (an invalid document is usually wrong elsewhere).
    const named = (document as { customerName?: unknown } | undefined)?.customerName;
    if (typeof named === 'string' && named.trim() !== '') customerName = named;
  }
  const error = {
    name: detail.error ?? (detail.status === 'TIMED_OUT' ? 'States.Timeout' : detail.status === 'ABORTED' ? 'ExecutionAborted' : 'UnknownError'),
    message: causeMessage(detail.cause ?? undefined),
  };
  // Storm control: one e-mail per cause within the window; the other failures of that cause are counted into the next.
  const failureId = `failure|${detail.executionArn}|${detail.status}|${detail.stopDate ?? ''}`;
  const at = typeof detail.stopDate === 'number' ? new Date(detail.stopDate).toISOString() : input.time;
  const windowMinutes = failureEmailWindowMinutes(document);
  let folded: FoldedFailures | undefined;
  if (windowMinutes > 0 && at !== undefined && !Number.isNaN(Date.parse(at))) {
    const cause = shortHash(`${detail.stateMachineArn ?? ''}|${failureCause(error.name, error.message)}`);
    const note = await ports.ledger.noteFailure(cause, shortHash(failureId), at, windowMinutes * 60);
    if (!note.send) {
      return { sent: false, reason: `same cause as the failure e-mail of ${note.windowStartedAt}: counted into the next failure e-mail (window ${windowMinutes} min)` };
    }
    if (note.folded > 0 && note.since) folded = { count: note.folded, since: note.since };
  }
  const message = failureEmail({
    ...(folded ? { folded } : {}),
    ...(windowMinutes > 0 ? { windowMinutes } : {}),
    customerName,
    region: input.region ?? regionOfArn(detail.executionArn),
    executionArn: detail.executionArn,
    executionName: detail.name,
    ...(incident ? { incident } : {}),
    ...(modelName ? { modelName } : alarmName ? { modelName: `alarm ${alarmName}` } : {}),
    error,
  });
  // The event's account when the input has one, for the subscribers that follow some accounts only.
  const { account } = origin;
  // One e-mail per failure: a re-driven execution that fails again (a later stopDate) is reported again.
  return publishOnce(failureId, account ? { ...message, attributes: { ...message.attributes, account } } : message, ports);
};

const alarmNameOfInput = (input: string | null | undefined): string | undefined => {
  try {
    const parsed = JSON.parse(input ?? 'null') as { detail?: { alarmName?: unknown } } | null;
    return typeof parsed?.detail?.alarmName === 'string' ? parsed.detail.alarmName : undefined;
  } catch {
    return undefined;
  }
};

const shortHash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 32);

const regionOfArn = (arn: string): string => arn.split(':')[3] || 'us-east-1';

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
