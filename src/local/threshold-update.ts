/**
 * The threshold updater in the local simulation: a scenario event `{ "quotaChange": { "model", "quotas" }, "at" }`
 * changes the simulated Service Quotas (an approved increase, or a quota that disappears), then runs the same
 * updater as the Lambda (src/threshold-updater/update.ts) against in-memory alarms, history and notifications.
 *
 * The simulated deployment is what `cdk synth` would resolve from the scenario (infra/config.ts: the same schema
 * defaults and percents), and its alarms start as CloudFormation would create them from the scenario's first quotas.
 * The updater then takes its threshold percents from the simulated Parameter Store (the scenario's settings, read
 * through the sandbox settings port), as the Lambda takes them from the runtime settings parameter.
 * simulate.ts only calls `quotaChangeDelivery` and `simulateQuotaChange`.
 */
import { parseDeploymentConfig, resolveDeployment } from '../../infra/config.js';
import type { SandboxAccount } from '#adapters/sandbox/account.js';
import type { SandboxOrganization } from '#adapters/sandbox/organization.js';
import { USAGE_ALARM_KINDS, USAGE_ALARM_QUOTAS } from '#core/alarm-config.js';
import { alarmName, type QuotaName } from '#core/catalogue.js';
import { describeError, InvalidScenarioError, SpokeAccessDeniedError } from '#core/errors.js';
import { recipientsOf } from '#core/subscription-filter.js';
import { n } from '#core/text-sections.js';
import { thresholdDeploymentOf } from '#core/threshold-deployment.js';
import type { ThresholdDeployment } from '#core/threshold-deployment.js';
import { InMemoryThresholdAlarms, InMemoryThresholdHistory, RecordingThresholdNotifications } from '#adapters/sandbox/thresholds.js';
import { SandboxInferenceProfiles } from '#adapters/sandbox/inference-profiles.js';
import { discoverApplicationProfiles, loadThresholdSettings, updateModelThresholds, updateThresholds } from '#threshold-updater/update.js';
import type { ModelThresholdResult, TargetPortsOf, ThresholdUpdateSummary, ThresholdUpdateTrigger } from '#threshold-updater/update.js';
import type { SimulationOutput } from '#types/generated/simulation-output.js';
import { spokeStackSetName } from '#workflow/organization.js';
import type { ExecutionRecord } from './runtime.js';

type SimulationResult = SimulationOutput['results'][number];

export interface QuotaChangeEvent {
  quotaChange: { model: string; quotas?: { rpm?: number | null; tpm?: number | null }; quotasUnavailable?: boolean };
  at: string;
  label?: string;
  /** The member account and Region whose quota changes (organization scenarios; default: the first). */
  account?: string;
  region?: string;
}

export const isQuotaChangeEvent = (item: unknown): item is QuotaChangeEvent =>
  typeof item === 'object' && item !== null && 'quotaChange' in item && typeof (item as { at?: unknown }).at === 'string';

/** The scenario's threshold updater: its deployment, alarms, history and sent notifications. */
export interface LocalThresholdUpdater {
  deployment: ThresholdDeployment;
  alarms: InMemoryThresholdAlarms;
  history: InMemoryThresholdHistory;
  notifications: RecordingThresholdNotifications;
}

const updaters = new WeakMap<SandboxAccount, LocalThresholdUpdater>();

/** The deployment `cdk synth` would resolve for the scenario's models (schema defaults, the scenario's percents). */
export const scenarioThresholdDeployment = (account: SandboxAccount): ThresholdDeployment => {
  const { scenario } = account;
  const quotaPolicy = (scenario.settings as { quotaPolicy?: unknown } | undefined)?.quotaPolicy;
  try {
    const config = parseDeploymentConfig({
      customerName: scenario.customerName,
      models: scenario.models.map((model) => ({
        name: model.name, modelId: model.modelId,
        ...(model.quotaCodes ? { quotaCodes: model.quotaCodes } : {}),
        ...(model.quotas ? { currentQuotas: model.quotas } : {}),
        ...(model.endpoint ? { endpoint: model.endpoint } : {}),
        ...(model.applicationProfiles?.length ? { applicationProfiles: model.applicationProfiles.map((p) => ({ name: p.name, profileId: p.profileId })) } : {}),
      })),
      notifications: { emails: [{ address: 'oncall@example.com' }] },
      ...(quotaPolicy ? { quotaPolicy } : {}),
    }, 'the scenario as a deployment');
    const deployment = resolveDeployment(config);
    // As the sandbox declares them: the RPM usage alarm exists when the scenario gives an RPM quota value.
    return thresholdDeploymentOf(deployment.customerName, deployment.models.map((model) => ({ ...model, hasRpmQuota: model.currentQuotas.rpm !== undefined })));
  } catch (error) {
    throw new InvalidScenarioError(`A quotaChange event needs the scenario to be deployable: ${(error as Error).message}`, { cause: error });
  }
};

/** The scenario's updater, deployed (alarms as CloudFormation creates them) before the first quota change. */
export const localThresholdUpdater = (account: SandboxAccount): LocalThresholdUpdater => {
  let updater = updaters.get(account);
  if (!updater) {
    const deployment = scenarioThresholdDeployment(account);
    updater = { deployment, alarms: InMemoryThresholdAlarms.deployed(deployment), history: new InMemoryThresholdHistory(), notifications: new RecordingThresholdNotifications() };
    updaters.set(account, updater);
    // The simulated CloudWatch answers these alarms' configurations (DescribeAlarms): the workflow reads what the updater wrote.
    account.alarmConfigurations = updater.alarms;
  }
  return updater;
};

/**
 * The custom resource's run of the updater in the deploy (trigger `deploy`), before the scenario's first event: with
 * the account's inference profiles (the scenario's `inferenceProfiles`, what Bedrock lists), it discovers the
 * application profiles of each model and rewrites the summed alarms with them, as in AWS. Only a scenario that has
 * inference profiles needs it (without, the updater would find the alarms as deployed). Single-account mode: the
 * organization's updater runs without profile discovery.
 */
export const deployTimeThresholdUpdate = async (account: SandboxAccount, at: Date): Promise<ThresholdUpdateSummary | undefined> => {
  if (!account.scenario.inferenceProfiles?.length) return undefined;
  const updater = localThresholdUpdater(account);
  const { quotas, settings } = account.ports();
  const ports = { quotas, settings, alarms: updater.alarms, history: updater.history, notifications: updater.notifications, profiles: new SandboxInferenceProfiles(account) };
  return updateThresholds(updater.deployment, ports, at, 'deploy');
};

const describeQuotas = (event: QuotaChangeEvent): string => {
  const parts = Object.entries(event.quotaChange.quotas ?? {}).map(([key, value]) => `${key === 'outputTpm' ? 'output TPM' : key.toUpperCase()} ${value === null ? 'removed' : n(value)}`);
  if (event.quotaChange.quotasUnavailable !== undefined) parts.push(event.quotaChange.quotasUnavailable ? 'Service Quotas unreadable' : 'Service Quotas readable again');
  return parts.join(', ');
};

/** The delivery simulate.ts schedules for the event (in time order, like the alarm events). */
export const quotaChangeDelivery = (event: QuotaChangeEvent, index: number) => ({
  index, delivery: 1, at: event.at, event,
  label: `${event.label ? `${event.label}: ` : ''}quota change ${event.quotaChange.model}: ${describeQuotas(event)} -> threshold update`,
});

const summaryOf = (result: ModelThresholdResult): string => {
  if (result.status === 'failed') return `threshold update failed, thresholds unchanged: ${result.error?.name}: ${result.error?.message}`;
  if (result.status === 'unchanged') return 'threshold update: thresholds already match the quotas';
  return `threshold update: ${result.changes.map((c) => `${c.alarmName} ${c.oldThreshold === null ? '-' : n(c.oldThreshold)} -> ${c.newThreshold === null ? 'deleted' : n(c.newThreshold)} (${c.reason})`).join('; ')}`;
};

/** The highest per-minute value the scenario gives the model for a quota's metric (undefined: not known). */
const scenarioPeak = (account: SandboxAccount, modelName: string, quota: QuotaName): number | undefined => {
  const model = account.model(modelName);
  const usage = model.usage;
  if (!usage) return 0;
  if ('unavailable' in usage) return undefined;
  if ('series' in usage) {
    const values = usage.series.map((p) => {
      const point = p as { invocations: number; estimatedTpm?: number; inputTokens?: number; outputTokens?: number };
      if (quota === 'OutputTPM') return point.outputTokens ?? 0;
      return quota === 'RPM' ? point.invocations : (point.estimatedTpm ?? (point.inputTokens ?? 0) + (point.outputTokens ?? 0));
    });
    return Math.max(0, ...values);
  }
  // A generated series' output tokens: their own peak, else the output share of peakTpm (generatedSeries).
  if (quota === 'OutputTPM') return usage.peakOutputTpm;
  return quota === 'RPM' ? usage.peakRpm : usage.peakTpm;
};

/**
 * PutMetricAlarm leaves the state as it is, and CloudWatch re-evaluates the alarm at its next period: a usage alarm
 * in ALARM whose threshold was raised above every value of its metric returns to OK a minute later. The simulated
 * CloudWatch does the same, so a later incident does not list it as in ALARM.
 */
const reevaluateRaisedAlarms = (account: SandboxAccount, modelName: string, outcome: ModelThresholdResult, at: Date): string[] => {
  const notes: string[] = [];
  const next = new Date(at.getTime() + 60_000).toISOString();
  for (const change of outcome.changes) {
    const kind = USAGE_ALARM_KINDS.find((k) => alarmName(account.scenario.customerName, k, modelName) === change.alarmName);
    if (!kind || change.newThreshold === null || (change.oldThreshold !== null && change.newThreshold <= change.oldThreshold)) continue;
    if (account.alarmState(change.alarmName, at)?.state !== 'ALARM') continue;
    const quota = USAGE_ALARM_QUOTAS[kind];
    const peak = scenarioPeak(account, modelName, quota);
    if (peak === undefined || peak >= change.newThreshold) continue;
    account.setAlarmStates(modelName, [kind], 'OK', next);
    notes.push(`${change.alarmName} returned to OK at its next evaluation (${next}): the highest ${quota} of the usage, ${n(peak)}, is below its new threshold ${n(change.newThreshold)}.`);
  }
  return notes;
};

/** Applies the quota change at its time, runs the updater for the model, and reports it like an execution. */
export const simulateQuotaChange = async (
  scenarioName: string, account: SandboxAccount, event: QuotaChangeEvent, index: number,
): Promise<{ result: SimulationResult; record: ExecutionRecord }> => {
  const updater = localThresholdUpdater(account);
  const model = updater.deployment.models.find((m) => m.name === event.quotaChange.model);
  if (!model) throw new InvalidScenarioError(`events[${index}].quotaChange.model '${event.quotaChange.model}' is not in models[]`);
  account.setModelQuotas(model.name, event.quotaChange.quotas ?? {}, event.quotaChange.quotasUnavailable);
  const at = new Date(Date.parse(event.at));
  const { quotas, settings } = account.ports();
  const ports = { quotas, settings, alarms: updater.alarms, history: updater.history, notifications: updater.notifications, profiles: new SandboxInferenceProfiles(account) };
  let outcome: ModelThresholdResult;
  try {
    const profiles = await discoverApplicationProfiles(ports, [model]);
    outcome = await updateModelThresholds(updater.deployment, model, ports, { at, settings: await loadThresholdSettings(ports), ...(profiles ? { profiles } : {}) });
  } catch (error) {
    outcome = { model: model.name, status: 'failed', changes: [], deletedAlarms: [], notes: [], error: describeError(error) };
  }
  for (const note of reevaluateRaisedAlarms(account, model.name, outcome, at)) outcome.notes.push(note);
  const name = `threshold-update-${model.name}-${index}`;
  const delivery = quotaChangeDelivery(event, index);
  const subscribers = account.scenario.subscribers ?? [{ email: 'oncall@example.com', preference: 'all' as const }];
  const notification = outcome.notification;
  const result: SimulationResult = {
    scenario: scenarioName,
    event: { index, delivery: 1, label: delivery.label, alarmName: '', state: 'QUOTA_CHANGE', at: event.at },
    execution: { name, status: 'SUCCEEDED', states: [], reason: [summaryOf(outcome), ...outcome.notes.filter((note) => note.includes('returned to OK'))].join('. ') },
    decision: null,
    caseAction: { action: 'none', reason: 'threshold_update' },
    notification: notification
      ? {
          sent: true, subject: notification.subject, body: notification.body, attributes: { ...notification.attributes },
          recipients: recipientsOf(subscribers, notification.attributes).map((s) => s.email),
        }
      : { sent: false },
    thresholdUpdate: {
      model: outcome.model,
      status: outcome.status,
      ...(outcome.quotas ? { quotas: outcome.quotas } : {}),
      changes: outcome.changes.map((change) => ({ ...change })),
      deletedAlarms: outcome.deletedAlarms,
      notes: outcome.notes,
      ...(outcome.error ? { error: outcome.error } : {}),
    },
  };
  const record: ExecutionRecord = { name, arn: '', status: 'SUCCEEDED', states: [], timeline: [], stateInputs: {} };
  return { result, record };
};

/**
 * Organization mode: one run of the hub's updater as deployed (src/threshold-updater/update.ts with targets), over
 * every listed account x Region of the simulated organization and every other member the spoke stack set's instances
 * show (an account that joined an OU later, `listed: false`), through the spoke role of each account: the organization's
 * simulated STS (one container, "UpdateThresholds": at most one AssumeRole per account while the credentials last),
 * then the member's Service Quotas and its usage alarms. Each member's alarms start as its stack instance created
 * them: from the configuration's quotas, the same in every account (the hub's deployment), whatever the member's own
 * quotas; the run then sizes them from those. The settings, history and notifications are the hub's.
 */
/** The usage alarms of each member as the stack set deployed them, kept between runs of the organization's updater. */
const spokeAlarms = new WeakMap<SandboxAccount, InMemoryThresholdAlarms>();

/** A member's usage alarms as the hub's updater last left them (the deployed ones before its first run). */
export const spokeThresholdAlarms = (member: SandboxAccount): InMemoryThresholdAlarms | undefined => spokeAlarms.get(member);

export const organizationThresholdUpdate = async (
  organization: SandboxOrganization, at: Date, options: { trigger?: ThresholdUpdateTrigger; history?: InMemoryThresholdHistory; notifications?: RecordingThresholdNotifications } = {},
): Promise<ThresholdUpdateSummary & { history: InMemoryThresholdHistory; notifications: RecordingThresholdNotifications }> => {
  const members = organization.memberAccounts();
  // As the CDK app describes it: the accounts the configuration lists, the spoke Regions, and the spoke stack set
  // (named from the default stack name prefix), whose instances the run lists for the accounts not listed.
  const deployment: ThresholdDeployment = {
    ...scenarioThresholdDeployment(organization.hub),
    targets: {
      accounts: organization.listedAccountIds(), regions: [...new Set(members.map((member) => member.region))],
      spokeStackSet: { name: spokeStackSetName(`${organization.scenario.customerName}-BedrockOpsAlert`, 1), callAs: 'DELEGATED_ADMIN' },
    },
  };
  const access = organization.spokeAccess('UpdateThresholds');
  const alarmsOf = (member: SandboxAccount): InMemoryThresholdAlarms => {
    let alarms = spokeAlarms.get(member);
    if (!alarms) {
      alarms = InMemoryThresholdAlarms.deployed(deployment);
      spokeAlarms.set(member, alarms);
      member.alarmConfigurations = alarms;
    }
    return alarms;
  };
  const portsOf: TargetPortsOf = async (target) => {
    await access.credentialsOf(target.account);
    const member = organization.member(target);
    if (!member) throw new SpokeAccessDeniedError(`No spoke of the organization in account ${target.account}, Region ${target.region}: the stack set does not deploy there.`);
    return { quotas: member.ports().quotas, alarms: alarmsOf(member) };
  };
  const history = options.history ?? new InMemoryThresholdHistory();
  const notifications = options.notifications ?? new RecordingThresholdNotifications();
  const unused = (what: string) => () => Promise.reject(new Error(`organization mode: the hub's own ${what} is never used by the updater`));
  const hubPorts = {
    settings: organization.hub.ports().settings,
    quotas: { getModelQuotas: unused('Service Quotas') },
    alarms: { describe: unused('alarms'), putMetricAlarm: unused('alarms'), putCompositeAlarm: unused('alarms'), deleteAlarms: unused('alarms') },
    history,
    notifications,
    stackInstances: organization.stackInstancesPort(),
  };
  const summary = await updateThresholds(deployment, hubPorts, at, options.trigger, portsOf);
  return { ...summary, history, notifications };
};
