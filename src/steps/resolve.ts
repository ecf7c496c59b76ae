/** Step 1, "Resolve child alarms": validate the event, find the model and its project alarms now in ALARM. */
import { alarmNameFromArn, normaliseTimestamp, triggeringAlarmNames } from '#core/alarm-event.js';
import { childAlarmNamesOf, compositeAlarmName, projectAlarmIndex, type ModelAlarmNames, type ProjectAlarmRef } from '#core/catalogue.js';
import type { AlarmStatus, FiredAlarm } from '#core/model.js';
import { accountNameOf, resolveSettingsDocument, settingsForModel, type EffectiveSettings } from '#workflow/settings.js';
import { parseAlarmEvent } from '#workflow/validate.js';
import type { AlarmsPort, Ports } from '#ports/index.js';
import type { Incident, WorkflowInput, WorkflowState } from './state.js';

export type ResolveOutput =
  | { execution: WorkflowState['execution']; status: 'nothing_to_do'; reason: string }
  | { execution: WorkflowState['execution']; status: 'incident'; settings: EffectiveSettings; incident: Incident };

export const resolveChildAlarms = async (input: WorkflowInput, ports: Pick<Ports, 'alarms' | 'settings'>): Promise<ResolveOutput> => {
  const event = parseAlarmEvent(input.event);
  const nothing = (reason: string): ResolveOutput => ({ execution: input.execution, status: 'nothing_to_do', reason });
  if (event['detail-type'] !== 'CloudWatch Alarm State Change') return nothing(`'${event['detail-type']}' events need no action`);

  const document = resolveSettingsDocument(await ports.settings.loadDocument());
  const index = projectAlarmIndex(document.customerName, document.models);
  const ref = index.get(event.detail.alarmName);
  if (!ref) return nothing(`alarm '${event.detail.alarmName}' is not one of this deployment's alarms`);
  const state = event.detail.state;
  if (state.value !== 'ALARM') return nothing(`alarm '${ref.name}' went to ${state.value}: nothing to do`);
  if (state.actionsSuppressedBy) return nothing(`alarm actions are suppressed (${state.actionsSuppressedBy})`);

  // The settings of the event's account (organization mode: its own, then its OU's, then the document-wide ones).
  const settings = settingsForModel(document, ref.modelName, event.account);
  if (!settings) return nothing(`model '${ref.modelName}' is no longer configured`);

  let alarms: FiredAlarm[];
  if (ref.kind) {
    // A child alarm's own ALARM transition: the event is the record of it. The model's alarms are read once, after the
    // settle window (ClassifyAlarms), which is when the alarms that fired together have joined: reading them here too
    // would repeat the same DescribeAlarms.
    alarms = [{
      name: ref.name,
      arn: event.resources.find((arn) => alarmNameFromArn(arn) === ref.name) ?? alarmArnOf(event, ref.name),
      kind: ref.kind,
      since: normaliseTimestamp(state.timestamp),
      ...(state.reason ? { reason: state.reason } : {}),
    }];
  } else {
    // The composite's event names no transition of its own children: its triggeringAlarms is only a hint, what counts
    // is what DescribeAlarms says is in ALARM now.
    alarms = await firedAlarmsOfModel(ports.alarms, settings.customerName, settings.model, index);
    const hinted = new Set(triggeringAlarmNames(state.reasonData));
    alarms.sort((a, b) => Number(hinted.has(b.name)) - Number(hinted.has(a.name)));
    if (alarms.length === 0) return nothing(`no alarm of model '${ref.modelName}' is in ALARM any more`);
  }

  return {
    execution: input.execution,
    status: 'incident',
    settings,
    incident: {
      model: settings.model,
      compositeAlarmName: compositeAlarmName(settings.customerName, ref.modelName),
      alarms,
      at: new Date(Date.parse(event.time)).toISOString(),
      region: event.region,
      account: event.account,
      ...(accountNameOf(document, event.account) ? { accountName: accountNameOf(document, event.account) } : {}),
      triggeredBy: { alarmName: ref.name, state: state.value, stateTimestamp: normaliseTimestamp(state.timestamp) },
    },
  };
};

/** The ARN of an alarm of the event's account and Region, in the partition of the event's Region. */
const alarmArnOf = (event: { region: string; account: string }, name: string): string => {
  const partition = event.region.startsWith('cn-') ? 'aws-cn' : event.region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
  return `arn:${partition}:cloudwatch:${event.region}:${event.account}:alarm:${name}`;
};

/**
 * Every project alarm of a model that is in ALARM now. The catalogue names all of them (its per-profile alarms too),
 * so ONE DescribeAlarms (at most 100 names, full records: 10 kinds and at most 40 profile alarms) reads them: listing the
 * composite's children first would cost a second call for the same records. An alarm the model does not have (no RPM
 * usage alarm without an RPM quota) is simply absent from the answer.
 */
export const firedAlarmsOfModel = async (
  alarmsPort: AlarmsPort,
  customerName: string,
  model: string | ModelAlarmNames,
  index: Map<string, ProjectAlarmRef> = projectAlarmIndex(customerName, [model]),
): Promise<FiredAlarm[]> => (await modelAlarmsNow(alarmsPort, customerName, model, index)).fired;

/** The model's project alarms now (one DescribeAlarms, see firedAlarmsOfModel): those in ALARM, and every record read. */
export const modelAlarmsNow = async (
  alarmsPort: AlarmsPort,
  customerName: string,
  model: string | ModelAlarmNames,
  index: Map<string, ProjectAlarmRef> = projectAlarmIndex(customerName, [model]),
): Promise<{ fired: FiredAlarm[]; statuses: AlarmStatus[] }> => {
  const modelName = typeof model === 'string' ? model : model.name;
  const statuses = await alarmsPort.describeAlarms(childAlarmNamesOf(customerName, typeof model === 'string' ? { name: model } : model));
  const fired: FiredAlarm[] = [];
  for (const status of statuses) {
    const ref = index.get(status.name);
    if (!ref?.kind || ref.modelName !== modelName || status.state !== 'ALARM') continue;
    fired.push({ name: status.name, arn: status.arn, kind: ref.kind, since: normaliseTimestamp(status.stateUpdatedAt), ...(status.stateReason ? { reason: status.stateReason } : {}) });
  }
  return { fired, statuses };
};
