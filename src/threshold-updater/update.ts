/**
 * One recalculation: for each model, read the quotas, compare with the usage alarms as they are, and apply the plan
 * of the core (src/core/thresholds.ts) through the ports. The same function runs in Lambda (custom resource and
 * schedule) and in the local simulation; only the ports differ.
 *
 * The threshold percents come from the runtime settings (Parameter Store, read once per run through the settings
 * port), the same document the workflow's decision reads: the deployment description only says which models and
 * alarms exist. An edited percent moves the alarms at the next run (a Parameter Store Change event runs it at once).
 *
 * Bad quota data never reaches a threshold: a model whose quotas cannot be read, or read as unusable, is reported
 * (a QuotaDataError and a notification) and its alarms are not touched. One model's failure does not stop the others.
 *
 * Organization mode (the deployment has `targets`): the hub's one updater acts in every configured account and Region,
 * and in every account and Region where the spoke stack set has a current instance (ListStackInstances), in turn,
 * through the account's spoke role (the caller's `portsOf` builds the quotas and alarms ports there, with the
 * credentials of that role, src/adapters/aws/spoke-credentials.ts); the settings, history and notifications stay
 * the hub's. The per-account loop is `updateThresholds`; the per-model work, the same in both modes, `updateModels`.
 */
import { alarmName, compositeAlarmName } from '#core/catalogue.js';
import { DIRECT_SOURCE, declaredAlarmKinds } from '#core/alarm-config.js';
import { discoverModelProfiles, isSystemProfileId } from '#core/inference-profiles.js';
import type { InferenceProfileInfo, ModelProfiles } from '#core/inference-profiles.js';
import type { ApplicationProfile } from '#core/model.js';
import { QUOTA_KEYS, QUOTA_NAMES, type QuotaName } from '#core/catalogue.js';
import { USAGE_ALARM_KINDS } from '#core/alarm-config.js';
import type { UsageAlarmKind } from '#core/alarm-config.js';
import { describeError, InvalidSettingsError, QuotaDataError } from '#core/errors.js';
import type { ModelQuotas } from '#core/model.js';
import { planThresholdUpdate, quotaDataErrorNotification, spokeInstancesUnlistedNotification, SUMMED_ERROR_KINDS } from '#core/thresholds.js';
import type { SummedErrorKind } from '#core/thresholds.js';
import type { ThresholdHistoryEntry, ThresholdPlan } from '#core/thresholds.js';
import { runTargetsOf, thresholdTargetsOf } from '#core/threshold-deployment.js';
import type { DeployedModel, RunTargets, ThresholdDeployment, ThresholdTarget } from '#core/threshold-deployment.js';
import type { NotificationsPort, ThresholdHistoryPort, ThresholdUpdaterPorts } from '#ports/index.js';
import { resolveSettingsDocument, settingsForModel } from '#workflow/settings.js';
import type { ResolvedSettingsDocument } from '#workflow/settings.js';

/** What ran the recalculation; recorded on every history entry it writes. */
export type ThresholdUpdateTrigger = NonNullable<ThresholdHistoryEntry['trigger']>;

/**
 * The application profiles found in one account and Region: per model, the profiles its summed alarms must read
 * (declared + discovered), or why the discovery could not run (the alarms then keep the profiles they read).
 */
export type ProfileDiscovery = { status: 'ok'; models: Map<string, ModelProfiles> } | { status: 'failed'; error: { name: string; message: string } };

/** One run's inputs besides the deployment: the time, the validated runtime settings, and what triggered it. */
export interface ThresholdRun {
  at: Date;
  settings: ResolvedSettingsDocument;
  trigger?: ThresholdUpdateTrigger;
  /** This account and Region's profile discovery (absent: none, the declared profiles only). */
  profiles?: ProfileDiscovery;
}

/**
 * The profile discovery of one account and Region (the port's client acts there): ListInferenceProfiles
 * (APPLICATION, every page) once, GetInferenceProfile once per monitored system-defined profile id, then the pure
 * matching (src/core/inference-profiles.ts). Undefined without the port; a failed call is reported, not thrown.
 */
export const discoverApplicationProfiles = async (
  ports: Pick<ThresholdUpdaterPorts, 'profiles'>, models: readonly DeployedModel[],
): Promise<ProfileDiscovery | undefined> => {
  if (!ports.profiles) return undefined;
  const runtime = models.filter((model) => model.endpoint !== 'bedrock-mantle');
  if (runtime.length === 0) return { status: 'ok', models: new Map() };
  try {
    const listed = await ports.profiles.listApplicationProfiles();
    const systemProfiles = new Map<string, InferenceProfileInfo>();
    for (const id of new Set(runtime.map((model) => model.modelId).filter(isSystemProfileId))) {
      const profile = await ports.profiles.getProfile(id);
      if (profile) systemProfiles.set(id, profile);
    }
    return { status: 'ok', models: discoverModelProfiles(runtime, listed, systemProfiles) };
  } catch (error) {
    return { status: 'failed', error: describeError(error) };
  }
};

/** The profiles an alarm reads now, from its sources (the model's own id and labels left out). */
const profilesReadBy = (modelId: string, sources: readonly { id: string; name: string }[]): ApplicationProfile[] =>
  sources.filter((source) => source.id !== modelId).map((source) => ({ name: source.name === DIRECT_SOURCE ? source.id : source.name, profileId: source.id }));

export interface ModelThresholdResult {
  model: string;
  /** Organization mode: where the model's alarms were updated. */
  account?: string;
  region?: string;
  /** updated: something was written or deleted; unchanged: everything was right; failed: see `error`. */
  status: 'updated' | 'unchanged' | 'failed';
  /** The quotas read (null: the model has no such quota). Absent when they could not be read. */
  /** outputTpm: bedrock-mantle models only (their output-tokens quota). */
  quotas?: { rpm: number | null; tpm: number | null; outputTpm?: number | null };
  changes: ThresholdHistoryEntry[];
  deletedAlarms: string[];
  notes: string[];
  /** The notification sent, if any. */
  notification?: { subject: string; body: string; attributes: Record<string, string>; messageId?: string };
  error?: { name: string; message: string };
}

export interface ThresholdUpdateSummary {
  at: string;
  results: ModelThresholdResult[];
  /** Organization mode: what the spoke stack set's listing added to the configured accounts, or why it could not. */
  spokeInstances?: SpokeInstancesReport;
}

/**
 * The spoke stack set's instances in one run: `listed` (the targets it added, the instances it skipped as not
 * current) or `failed` (the run acted in the configured accounts only, and said so: the error, a log line and an
 * e-mail). Absent from a summary: no stack set to list (single-account mode, or an older deployment description).
 */
export type SpokeInstancesReport = { stackSet: string } & (
  | ({ status: 'listed'; instances: number } & Pick<RunTargets, 'added' | 'skipped'>)
  | { status: 'failed'; error: { name: string; message: string }; notification?: ModelThresholdResult['notification']; notes: string[] }
);


/**
 * The quotas of a model, or a QuotaDataError: the read failed (no such quota code, access denied, throttling after
 * the SDK's retries), there is no TPM quota at all (every Bedrock model has one: the name lookup or the code is
 * wrong), or a value is not a positive number.
 */
export const readModelQuotas = async (ports: Pick<ThresholdUpdaterPorts, 'quotas'>, model: DeployedModel): Promise<ModelQuotas> => {
  let quotas: ModelQuotas;
  try {
    // The endpoint decides which quotas exist and how they are named (bedrock-mantle: input and output tokens).
    quotas = await ports.quotas.getModelQuotas({ name: model.name, modelId: model.modelId, quotaCodes: model.quotaCodes, ...(model.endpoint ? { endpoint: model.endpoint } : {}) });
  } catch (error) {
    const { name, message } = describeError(error);
    throw new QuotaDataError(`Could not read the quotas of ${model.name} (${model.modelId}): ${name}: ${message}`, { cause: error });
  }
  if (!quotas.tpm) {
    throw new QuotaDataError(
      `Service Quotas has no tokens-per-minute quota for ${model.name} (${model.modelId})${model.quotaCodes.tpm ? ` under code ${model.quotaCodes.tpm}` : ' under any name that matches the model'}. ` +
        'Set models[].quotaCodes.tpm in the configuration (aws service-quotas list-service-quotas --service-code bedrock).',
    );
  }
  for (const value of [quotas.rpm, quotas.tpm, quotas.outputTpm]) {
    if (value && !(Number.isFinite(value.value) && value.value > 0)) {
      throw new QuotaDataError(`Service Quotas reported ${String(value.value)} for ${value.quota} quota ${value.code} of ${model.name}: not a usable quota value.`);
    }
  }
  return quotas;
};

/** The last quota values this deployment knew: the newest history entry per quota, else the deploy-time values. */
const previousQuotasOf = (model: DeployedModel, history: readonly ThresholdHistoryEntry[]): Partial<Record<QuotaName, number>> => {
  const previous: Partial<Record<QuotaName, number>> = {};
  for (const quota of QUOTA_NAMES) {
    const newest = history.find((entry) => entry.quota === quota);
    const value = newest ? newest.newQuota : model.currentQuotas[QUOTA_KEYS[quota]];
    if (value !== null && value !== undefined) previous[quota] = value;
  }
  return previous;
};

/** Applies a plan in the only safe order: the composite stops naming an alarm before that alarm is deleted. */
const applyPlan = async (ports: ThresholdUpdaterPorts, plan: ThresholdPlan): Promise<void> => {
  if (plan.composite) await ports.alarms.putCompositeAlarm(plan.composite);
  if (plan.deletions.length > 0) await ports.alarms.deleteAlarms(plan.deletions);
  for (const configuration of plan.writes) await ports.alarms.putMetricAlarm(configuration);
};

/** The runtime settings document, validated (an InvalidSettingsError when it is not usable). */
export const loadThresholdSettings = async (ports: Pick<ThresholdUpdaterPorts, 'settings'>): Promise<ResolvedSettingsDocument> =>
  resolveSettingsDocument(await ports.settings.loadDocument());

/**
 * The model with the threshold percents of the runtime settings (its overrides on the document's quotaPolicy). A
 * model the settings do not list keeps its deploy-time percents and the run says so in a note.
 */
export const withSettingsPercents = (model: DeployedModel, settings: ResolvedSettingsDocument): { model: DeployedModel; note?: string } => {
  const effective = settingsForModel(settings, model.name);
  if (!effective) {
    return { model, note: `${model.name} is not in the runtime settings document: its thresholds keep the deploy-time percents (add it to the settings parameter, or redeploy).` };
  }
  const { rpmThresholdPercent, tpmThresholdPercent } = effective.quotaPolicy;
  return { model: { ...model, percents: { rpmThresholdPercent, tpmThresholdPercent } } };
};

/**
 * The model with the application profiles its summed alarms must read: the discovery's (declared + discovered) when
 * it ran; when it failed, what the usage alarm reads now (a failed read never drops a profile); without a discovery,
 * the declared ones.
 */
const withProfiles = (
  model: DeployedModel, discovery: ProfileDiscovery | undefined, tpmAlarmSources: readonly { id: string; name: string }[] | undefined,
): { model: DeployedModel; notes: string[] } => {
  if (model.endpoint === 'bedrock-mantle' || !discovery) return { model, notes: [] };
  const { applicationProfiles: _declared, ...rest } = model;
  const build = (profiles: ApplicationProfile[]): DeployedModel => (profiles.length > 0 ? { ...rest, applicationProfiles: profiles } : rest);
  if (discovery.status === 'failed') {
    const kept = tpmAlarmSources ? profilesReadBy(model.modelId, tpmAlarmSources) : (model.applicationProfiles ?? []);
    return { model: build(kept), notes: [`${model.name}: the application inference profiles could not be listed (${discovery.error.name}: ${discovery.error.message}); the alarms keep the profiles they sum.`] };
  }
  const found = discovery.models.get(model.name);
  if (!found) return { model, notes: [] };
  return { model: build(found.profiles), notes: found.notes };
};

export const updateModelThresholds = async (
  deployment: ThresholdDeployment, deployedModel: DeployedModel, ports: ThresholdUpdaterPorts, run: ThresholdRun,
): Promise<ModelThresholdResult> => {
  const { at, trigger } = run;
  const time = at.toISOString();
  const { model, note } = withSettingsPercents(deployedModel, run.settings);
  const result: ModelThresholdResult = { model: model.name, status: 'unchanged', changes: [], deletedAlarms: [], notes: [] };
  let quotas: ModelQuotas;
  try {
    quotas = await readModelQuotas(ports, model);
  } catch (error) {
    result.status = 'failed';
    result.error = describeError(error);
    const message = quotaDataErrorNotification(deployment.customerName, model.name, time, result.error);
    result.notification = { subject: message.subject, body: message.body, attributes: { ...message.attributes } };
    try {
      result.notification.messageId = (await ports.notifications.publish(message)).messageId;
    } catch (publishError) {
      result.notes.push(`The notification could not be sent: ${describeError(publishError).message}`);
    }
    return result;
  }
  result.quotas = { rpm: quotas.rpm?.value ?? null, tpm: quotas.tpm?.value ?? null, ...(model.endpoint === 'bedrock-mantle' ? { outputTpm: quotas.outputTpm?.value ?? null } : {}) };

  const names = Object.fromEntries(USAGE_ALARM_KINDS.map((kind) => [kind, alarmName(deployment.customerName, kind, model.name)])) as Record<UsageAlarmKind, string>;
  const errorKinds = SUMMED_ERROR_KINDS.filter((kind) => declaredAlarmKinds(model).includes(kind));
  const errorNames = Object.fromEntries(errorKinds.map((kind) => [kind, alarmName(deployment.customerName, kind, model.name)])) as Record<SummedErrorKind, string>;
  const current = await ports.alarms.describe([...Object.values(names), ...Object.values(errorNames)], compositeAlarmName(deployment.customerName, model.name));
  // An alarm whose metric names no model (a shape this project does not write) reads unknown sources: left alone.
  const sourcesOf = (name: string): string[] | undefined => {
    const sources = current.sources?.get(name);
    return sources && sources.length > 0 ? sources.map((source) => source.id) : undefined;
  };
  const alarms: Partial<Record<UsageAlarmKind, { threshold: number | undefined; sources?: string[] }>> = {};
  for (const kind of USAGE_ALARM_KINDS) {
    if (current.thresholds.has(names[kind])) alarms[kind] = { threshold: current.thresholds.get(names[kind]), ...(sourcesOf(names[kind]) ? { sources: sourcesOf(names[kind]) } : {}) };
  }
  const errorAlarms: Partial<Record<SummedErrorKind, { sources?: string[] }>> = {};
  for (const kind of errorKinds) {
    if (current.thresholds.has(errorNames[kind])) errorAlarms[kind] = { ...(sourcesOf(errorNames[kind]) ? { sources: sourcesOf(errorNames[kind]) } : {}) };
  }
  const tpmSources = current.sources?.get(names.HighTPMQuotaUsage);
  const summed = withProfiles(model, run.profiles, tpmSources?.length ? tpmSources : undefined);
  const history = await ports.history.list({ model: model.name, limit: 20 });
  const plan = planThresholdUpdate({
    customerName: deployment.customerName, model: summed.model, at: time, quotas, alarms, errorAlarms, compositeRule: current.compositeRule,
    previousQuotas: previousQuotasOf(model, history),
  });
  if (note) result.notes.push(note);
  result.notes.push(...summed.notes);
  result.notes.push(...plan.notes);
  if (trigger) plan.history = plan.history.map((entry) => ({ ...entry, trigger }));
  if (plan.writes.length === 0 && plan.deletions.length === 0 && !plan.composite) return result;

  await applyPlan(ports, plan);
  // Recorded once the alarms say so: a failed write leaves no history, and the next run plans the same change again.
  await ports.history.record(plan.history);
  result.status = 'updated';
  result.changes = plan.history;
  result.deletedAlarms = plan.deletions;
  if (plan.notification) {
    result.notification = { subject: plan.notification.subject, body: plan.notification.body, attributes: { ...plan.notification.attributes } };
    try {
      result.notification.messageId = (await ports.notifications.publish(plan.notification)).messageId;
    } catch (publishError) {
      // The alarms and the history are already right; the e-mail is what is missing, and the result says so.
      result.notes.push(`The "thresholds updated" notification could not be sent: ${describeError(publishError).message}`);
    }
  }
  return result;
};

/**
 * The ports the updater uses in one account and Region (organization mode): Service Quotas and CloudWatch there,
 * through the account's spoke role. A rejection (the role cannot be assumed) fails that target's models only.
 */
export type TargetPortsOf = (target: ThresholdTarget) => Promise<Pick<ThresholdUpdaterPorts, 'quotas' | 'alarms' | 'profiles'>>;

/** The history of one account and Region: its entries carry them, and a model's previous quotas are read there. */
export const targetHistory = (history: ThresholdHistoryPort, target: ThresholdTarget): ThresholdHistoryPort => ({
  record: (entries) => history.record(entries.map((entry) => ({ ...entry, account: target.account, region: target.region }))),
  list: (options = {}) => history.list({ ...options, account: target.account, region: target.region }),
});

/**
 * The notifications of one account and Region: the body says where, and the `account` message attribute lets a
 * subscriber that follows some accounts only (its SNS filter policy) receive just theirs.
 */
export const targetNotifications = (notifications: NotificationsPort, target: ThresholdTarget): NotificationsPort => ({
  publish: (message) => notifications.publish({
    ...message,
    body: `Account ${target.account}, Region ${target.region}.\n\n${message.body}`,
    attributes: { ...message.attributes, account: target.account },
  }),
});

/** Every model of the deployment in one account and Region, one after the other (a few calls each; Service Quotas is rate-limited). */
export const updateModels = async (deployment: ThresholdDeployment, ports: ThresholdUpdaterPorts, at: Omit<ThresholdRun, 'profiles'>): Promise<ModelThresholdResult[]> => {
  // The application profiles of this account and Region, discovered once for all its models.
  const profiles = await discoverApplicationProfiles(ports, deployment.models);
  const run: ThresholdRun = { ...at, ...(profiles ? { profiles } : {}) };
  const results: ModelThresholdResult[] = [];
  for (const model of deployment.models) {
    try {
      results.push(await updateModelThresholds(deployment, model, ports, run));
    } catch (error) {
      // Reading or writing the alarms or the history failed: nothing was recorded for this model; the next run retries.
      results.push({ model: model.name, status: 'failed', changes: [], deletedAlarms: [], notes: [], error: describeError(error) });
    }
  }
  return results;
};

/**
 * Every model of the deployment; in organization mode, in every account × Region of its targets (accounts outside:
 * one AssumeRole per account serves all its Regions). Settings that cannot be read or are invalid stop the run before
 * any alarm is touched (the error propagates: the function's error alarm fires, and the next run retries). One
 * account that cannot be reached does not stop the others.
 */
export const updateThresholds = async (
  deployment: ThresholdDeployment, ports: ThresholdUpdaterPorts, at: Date, trigger?: ThresholdUpdateTrigger, portsOf?: TargetPortsOf,
): Promise<ThresholdUpdateSummary> => {
  const settings = await loadThresholdSettings(ports);
  const run: ThresholdRun = { at, settings, ...(trigger ? { trigger } : {}) };
  if (!deployment.targets) return { at: at.toISOString(), results: await updateModels(deployment, ports, run) };
  if (!portsOf) throw new InvalidSettingsError('The deployment names accounts and Regions (organization mode) but the updater was given no way to act in them (the spoke role name is missing from its environment).');
  const { targets, report } = await targetsOfRun(deployment.customerName, deployment.targets, ports, at);
  const results: ModelThresholdResult[] = [];
  for (const target of targets) {
    let there: Awaited<ReturnType<TargetPortsOf>>;
    try {
      there = await portsOf(target);
    } catch (error) {
      const failure = describeError(error);
      results.push(...deployment.models.map((model): ModelThresholdResult => ({ model: model.name, ...target, status: 'failed', changes: [], deletedAlarms: [], notes: [], error: failure })));
      continue;
    }
    const targetPorts: ThresholdUpdaterPorts = {
      ...ports, ...there, history: targetHistory(ports.history, target), notifications: targetNotifications(ports.notifications, target),
    };
    results.push(...(await updateModels(deployment, targetPorts, run)).map((result) => ({ ...result, ...target })));
  }
  return { at: at.toISOString(), results, ...(report ? { spokeInstances: report } : {}) };
};

/**
 * Where an organization run acts: the configured accounts × Regions, plus every account × Region the spoke stack set
 * has a current instance in (ListStackInstances, every page). A listing that fails leaves the configured targets, and
 * the report says what could not be listed; its e-mail goes to the hub's topic (no account attribute: every subscriber).
 */
const targetsOfRun = async (
  customerName: string, targets: NonNullable<ThresholdDeployment['targets']>, ports: ThresholdUpdaterPorts, at: Date,
): Promise<{ targets: ThresholdTarget[]; report?: SpokeInstancesReport }> => {
  const stackSet = targets.spokeStackSet;
  if (!stackSet || !ports.stackInstances) return { targets: thresholdTargetsOf(targets) };
  try {
    const instances = await ports.stackInstances.listStackInstances({ stackSetName: stackSet.name, callAs: stackSet.callAs });
    const run = runTargetsOf(targets, instances);
    return { targets: run.targets, report: { stackSet: stackSet.name, status: 'listed', instances: instances.length, added: run.added, skipped: run.skipped } };
  } catch (error) {
    const failure = describeError(error);
    const configured = thresholdTargetsOf(targets);
    const message = spokeInstancesUnlistedNotification(customerName, at.toISOString(), stackSet.name, failure, { accounts: targets.accounts.length, targets: configured.length });
    const report: SpokeInstancesReport = { stackSet: stackSet.name, status: 'failed', error: failure, notes: [], notification: { subject: message.subject, body: message.body, attributes: { ...message.attributes } } };
    try {
      if (report.notification) report.notification.messageId = (await ports.notifications.publish(message)).messageId;
    } catch (publishError) {
      report.notes.push(`The "spoke accounts not listed" notification could not be sent: ${describeError(publishError).message}`);
    }
    return { targets: configured, report };
  }
};
