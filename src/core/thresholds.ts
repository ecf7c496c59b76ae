/**
 * Thresholds that follow the quotas: from the quotas read now and the usage alarms as they are, what to write, what
 * to delete, what to record in the history and what to tell the team. Pure: no AWS, no I/O, time passed in.
 *
 * Rules:
 * - a usage alarm's threshold is quota × threshold percent (thresholdFor), written with the alarm's complete
 *   configuration (alarm-config.ts), never the threshold alone;
 * - a model whose RPM quota no longer exists loses its RPM usage alarm, and the composite stops naming it;
 * - a changed quota value (an approved increase, or a decrease) is announced; other corrections are only recorded;
 * - nothing here is computed from quota data that could not be read: the caller stops before planning.
 */
import { compositeAlarmConfiguration, declaredAlarmKinds, metricAlarmConfiguration, UNSIZED_USAGE_THRESHOLD, USAGE_ALARM_QUOTAS, usageThresholdPercent } from './alarm-config.js';
import type { AlarmModelSpec, CompositeAlarmConfiguration, MetricAlarmConfiguration, UsageAlarmKind } from './alarm-config.js';
import { alarmName, QUOTA_KEYS } from './catalogue.js';
import type { AlarmKind, QuotaName } from './catalogue.js';
import { emailSubject } from './email-text.js';
import type { ModelQuotas, Severity } from './model.js';
import { thresholdFor } from './quota-math.js';
import { n } from './text-sections.js';
import type { ThresholdChange } from '#types/generated/simulation-output.js';

/** Why a usage alarm's threshold changed (the values and their meaning: schemas/simulation-output.schema.json). */
export type ThresholdChangeReason = ThresholdChange['reason'];

/**
 * One recorded change of one usage alarm. `null` = not known / no longer exists. Its one definition is the schema's
 * `thresholdChange` (the history table, the CLI and the simulation output all carry it).
 */
export type ThresholdHistoryEntry = ThresholdChange;

/** A usage alarm as CloudWatch has it now. */
export interface CurrentUsageAlarm {
  threshold: number | undefined;
  /** The ModelId values it reads (the model and the application profiles it sums); undefined: not known. */
  sources?: string[];
}

/** The count alarms that sum the same sources as the usage alarms (errors); only their sources matter here. */
export const SUMMED_ERROR_KINDS = ['ClientErrors', 'ServerErrors', 'Throttles'] as const satisfies readonly AlarmKind[];
export type SummedErrorKind = (typeof SUMMED_ERROR_KINDS)[number];

export interface ThresholdPlanInput {
  customerName: string;
  model: AlarmModelSpec;
  /** ISO-8601: the time of this recalculation */
  at: string;
  /** The quotas just read (a missing key: the quota does not exist). */
  quotas: ModelQuotas;
  /** The usage alarms that exist now, by kind (absent: no such alarm). */
  alarms: Partial<Record<UsageAlarmKind, CurrentUsageAlarm>>;
  /** The error-count alarms that exist now and what they read: rewritten when their sources are not the model's. */
  errorAlarms?: Partial<Record<SummedErrorKind, { sources?: string[] }>>;
  /** The composite alarm's rule as it is now (undefined: no composite found). */
  compositeRule: string | undefined;
  /** The last quota values this deployment knew (the history, else the deploy-time configuration). */
  previousQuotas: Partial<Record<QuotaName, number>>;
}

/** What the notification's message attributes carry (SNS filter policies use `severity`). */
export interface ThresholdNotification {
  subject: string;
  body: string;
  attributes: { severity: Severity; caseType: 'Threshold Update'; scenario: 'thresholds_updated' | 'quota_data_error' | 'spoke_instances_unlisted'; model: string };
}

export interface ThresholdPlan {
  model: string;
  at: string;
  /** PutMetricAlarm calls: complete configurations with the new thresholds. */
  writes: MetricAlarmConfiguration[];
  /** PutCompositeAlarm, before any deletion: the rule without the alarms being removed. */
  composite?: CompositeAlarmConfiguration;
  /** DeleteAlarms, after the composite no longer names them. */
  deletions: string[];
  history: ThresholdHistoryEntry[];
  notification?: ThresholdNotification;
  /** Things an operator should know that change nothing (e.g. an RPM quota without a deployed RPM alarm). */
  notes: string[];
}


const reasonFor = (previous: number | undefined, quota: number, oldThreshold: number | undefined, sourcesChanged = false): ThresholdChangeReason => {
  if (previous !== undefined && quota > previous) return 'quota_increased';
  if (previous !== undefined && quota < previous) return 'quota_decreased';
  if (sourcesChanged) return 'profiles_changed';
  if (previous === undefined || oldThreshold === undefined || oldThreshold === UNSIZED_USAGE_THRESHOLD) return 'initial_sizing';
  return 'threshold_corrected';
};

const describeChange = (entry: Omit<ThresholdHistoryEntry, 'detail'>, profilesChange?: string): string => {
  const threshold = `${entry.alarmName} threshold ${entry.oldThreshold === null ? 'unset' : n(entry.oldThreshold)} -> ${entry.newThreshold === null ? 'none' : n(entry.newThreshold)}`;
  switch (entry.reason) {
    case 'quota_increased':
      return `${entry.quota} quota increased from ${n(entry.oldQuota ?? 0)} to ${n(entry.newQuota ?? 0)} (approved increase): ${threshold} (${entry.thresholdPercent}% of the quota).`;
    case 'quota_decreased':
      return `${entry.quota} quota decreased from ${n(entry.oldQuota ?? 0)} to ${n(entry.newQuota ?? 0)}: ${threshold} (${entry.thresholdPercent}% of the quota).`;
    case 'initial_sizing':
      return `Sized from the live ${entry.quota} quota ${n(entry.newQuota ?? 0)}: ${threshold} (${entry.thresholdPercent}% of the quota).`;
    case 'threshold_corrected':
      return `${entry.quota} quota unchanged at ${n(entry.newQuota ?? 0)}, but the alarm did not have quota x ${entry.thresholdPercent}% (reset by a stack update, or the percent changed): ${threshold}.`;
    case 'quota_removed':
      return `Service Quotas lists no ${entry.quota} quota for this model any more (Bedrock no longer enforces RPM on bedrock-runtime): ${entry.alarmName} was deleted and the composite alarm no longer names it.`;
    case 'profiles_changed':
      return `The application inference profiles drawing on this model's quota changed: ${entry.alarmName} now sums ${profilesChange ?? 'another set of sources'} (${threshold}, ${entry.quota} quota ${n(entry.newQuota ?? 0)}).`;
  }
};

/** "the model and 3 application profiles (added: a, b; removed: c)". */
const describeSources = (wanted: readonly string[], current: readonly string[] | undefined): string => {
  const added = wanted.filter((id) => !current?.includes(id));
  const removed = (current ?? []).filter((id) => !wanted.includes(id));
  const changes = [added.length ? `added: ${added.join(', ')}` : '', removed.length ? `removed: ${removed.join(', ')}` : ''].filter(Boolean).join('; ');
  return `the model and ${wanted.length - 1} application profile(s)${changes ? ` (${changes})` : ''}`;
};

const sameSources = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id) => b.includes(id));

/**
 * The changes that make the usage alarms of one model follow its quotas. Empty `writes`, `deletions` and `history`
 * when everything is already right.
 */
export const planThresholdUpdate = (input: ThresholdPlanInput): ThresholdPlan => {
  const { customerName, model, at, quotas } = input;
  const plan: ThresholdPlan = { model: model.name, at, writes: [], deletions: [], history: [], notes: [] };
  const record = (entry: Omit<ThresholdHistoryEntry, 'detail'>, profilesChange?: string) => plan.history.push({ ...entry, detail: describeChange(entry, profilesChange) });
  // What the summed alarms must read: the model and every application profile on its quota (the model alone without).
  const wantedSources = [model.modelId, ...(model.applicationProfiles ?? []).map((p) => p.profileId)];
  const sourcesDiffer = (current: readonly string[] | undefined): boolean => current !== undefined && model.endpoint !== 'bedrock-mantle' && !sameSources(current, wantedSources);

  for (const [kind, quota] of Object.entries(USAGE_ALARM_QUOTAS) as [UsageAlarmKind, QuotaName][]) {
    const name = alarmName(customerName, kind, model.name);
    const current = input.alarms[kind];
    const live = quotas[QUOTA_KEYS[quota]];
    const percent = usageThresholdPercent(model, quota);
    const previous = input.previousQuotas[quota];
    if (!live) {
      if (current && quota === 'RPM') {
        plan.deletions.push(name);
        record({
          model: model.name, at, quota, quotaCode: null, alarmName: name, oldQuota: previous ?? null, newQuota: null,
          oldThreshold: current.threshold ?? null, newThreshold: null, thresholdPercent: percent, reason: 'quota_removed',
        });
      }
      if (current && quota === 'OutputTPM') {
        // The alarm keeps the threshold it has (the deploy-time value, or the placeholder): say how to size it.
        plan.notes.push(`${model.name}: Service Quotas lists no "Bedrock Mantle output tokens per minute" quota for this model, so ${name} keeps its threshold ${current.threshold === undefined ? '(unknown)' : n(current.threshold)}: set models[].quotaCodes.outputTpm (or currentQuotas.outputTpm) in the configuration.`);
      }
      continue;
    }
    if (!current) {
      if (quota === 'RPM') {
        plan.notes.push(`${model.name} has an RPM quota (${live.code}, ${n(live.value)}) but no ${name} alarm: add models[].quotaCodes.rpm for it to the configuration and deploy to get one.`);
      } else {
        plan.notes.push(`${model.name}: ${name} does not exist; deploy the alarm stack to create it.`);
      }
      continue;
    }
    const threshold = thresholdFor(live.value, percent);
    const quotaChanged = previous !== undefined && previous !== live.value;
    const sourcesChanged = sourcesDiffer(current.sources);
    if (current.threshold === threshold && !quotaChanged && !sourcesChanged) continue;
    plan.writes.push(metricAlarmConfiguration(customerName, model, kind, { quota: live.value }));
    record({
      model: model.name, at, quota, quotaCode: live.code, alarmName: name, oldQuota: previous ?? null, newQuota: live.value,
      oldThreshold: current.threshold ?? null, newThreshold: threshold, thresholdPercent: percent,
      reason: reasonFor(previous, live.value, current.threshold, sourcesChanged),
    }, sourcesChanged ? describeSources(wantedSources, current.sources) : undefined);
  }
  // The error-count alarms sum the same sources: rewritten with them (their thresholds do not follow a quota).
  for (const kind of SUMMED_ERROR_KINDS) {
    const current = input.errorAlarms?.[kind];
    if (!current || !sourcesDiffer(current.sources)) continue;
    plan.writes.push(metricAlarmConfiguration(customerName, model, kind));
    plan.notes.push(`${alarmName(customerName, kind, model.name)} now sums ${describeSources(wantedSources, current.sources)}.`);
  }

  // The composite must stop naming an alarm before it is deleted (and after a partial failure that deleted it).
  const rpmName = alarmName(customerName, 'HighInvocationRate', model.name);
  const rpmWillExist = Boolean(input.alarms.HighInvocationRate) && !plan.deletions.includes(rpmName);
  if (input.compositeRule !== undefined && !rpmWillExist && input.compositeRule.includes(`"${rpmName}"`)) {
    plan.composite = compositeAlarmConfiguration(customerName, model, declaredAlarmKinds({ ...model, hasRpmQuota: false }));
  }

  plan.notification = thresholdsUpdatedNotification(customerName, model.name, at, plan.history);
  return plan;
};

/** "Thresholds updated": only when a quota value changed or a quota disappeared; other corrections are only recorded. */
export const thresholdsUpdatedNotification = (customerName: string, modelName: string, at: string, history: readonly ThresholdHistoryEntry[]): ThresholdNotification | undefined => {
  const announced = history.filter((entry) => entry.reason === 'quota_increased' || entry.reason === 'quota_decreased' || entry.reason === 'quota_removed');
  if (announced.length === 0) return undefined;
  const lines = [
    `The alarm thresholds of ${modelName} were recalculated at ${at} because its quotas changed.`,
    '',
    ...history.map((entry) => `- ${entry.detail}`),
    '',
    'Nothing to do: the usage alarms already use the new values. The full history: `ops-alert thresholds history --model ' + modelName + '`.',
  ];
  return {
    subject: emailSubject('WARNING', customerName, modelName, 'Thresholds updated'),
    body: lines.join('\n'),
    attributes: { severity: 'WARNING', caseType: 'Threshold Update', scenario: 'thresholds_updated', model: modelName },
  };
};

/** Quota data could not be used: say what failed and that the thresholds were left as they were. */
export const quotaDataErrorNotification = (customerName: string, modelName: string, at: string, error: { name: string; message: string }): ThresholdNotification => ({
  subject: emailSubject('WARNING', customerName, modelName, 'Quota data unavailable'),
  body: [
    `The threshold updater could not use the quota data of ${modelName} at ${at}.`,
    '',
    `${error.name}: ${error.message}`,
    '',
    'The usage alarm thresholds were left exactly as they were: nothing is written from quota data that could not be read.',
    'What to do: for "no such quota", fix models[].quotaCodes in the configuration and deploy; for access denied, check the',
    "threshold updater's IAM role and any SCP; throttling passes on its own (the next scheduled run reads the quotas again).",
  ].join('\n'),
  attributes: { severity: 'WARNING', caseType: 'Threshold Update', scenario: 'quota_data_error', model: modelName },
});

/**
 * Organization mode: the spoke stack set's instances could not be listed (access denied, throttling after the SDK's
 * retries), so the run acted in the configured accounts only. Sent on every run that cannot list them: a run never
 * acts in fewer accounts than the stack set reaches without saying so.
 */
export const spokeInstancesUnlistedNotification = (
  customerName: string, at: string, stackSet: string, error: { name: string; message: string }, configured: { accounts: number; targets: number },
): ThresholdNotification => ({
  subject: emailSubject('WARNING', customerName, 'all models', 'Spoke accounts not listed'),
  body: [
    `The threshold updater could not list the stack instances of the spoke stack set ${stackSet} at ${at}.`,
    '',
    `${error.name}: ${error.message}`,
    '',
    `It resized the usage alarms of the ${configured.accounts} account(s) the configuration lists (organization.accounts), ${configured.targets} account x Region target(s).`,
    'Accounts that joined a spoke OU since and are not listed were not resized in this run: their alarms keep the thresholds they have',
    '(at first, the configuration\'s quota values).',
    'What to do: for access denied, check that the updater\'s role allows cloudformation:ListStackInstances on the spoke stack set',
    '(and that no SCP denies it) and that organization.callAs matches how the hub administers the stack sets; throttling passes on',
    'its own (the next scheduled run lists them again).',
  ].join('\n'),
  attributes: { severity: 'WARNING', caseType: 'Threshold Update', scenario: 'spoke_instances_unlisted', model: 'all models' },
});
