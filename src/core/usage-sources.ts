/**
 * Which sources a model's usage read sums: the sources its summed usage alarm sums. The threshold updater rewrites the
 * usage alarms with the model's declared and discovered application profiles (each per-source query labelled with the
 * source's name); the workflow reads those alarms anyway (ClassifyAlarms, DescribeAlarms), so the usage read
 * (FetchUsage) takes the same sources from them, without an extra AWS call. Pure.
 */
import { BEDROCK_NAMESPACE, DIRECT_SOURCE, MODEL_DIMENSION } from './alarm-config.js';
import { ALARM_CATALOGUE, type AlarmKind } from './catalogue.js';
import { profileDisplayName } from './inference-profiles.js';
import { MAX_APPLICATION_PROFILES, type AlarmMetricQuery, type ModelRef } from './model.js';

/** A profile's ModelId value, as the runtime settings accept a declared one (the value flows into GetMetricData). */
const PROFILE_ID = /^[a-zA-Z0-9:.-]{1,64}$/;
/** A source's name, as the runtime settings accept a declared one (it flows into e-mails and cases). */
const PROFILE_NAME = /^[A-Za-z0-9_.-]{1,64}$/;

/** A profile the usage read sums: its name (for the breakdown) and its ModelId value. */
export interface SummedProfile {
  name: string;
  profileId: string;
}

/** The usage alarms whose metric math names the sources, the first that has them wins. */
export const USAGE_SOURCE_ALARM_KINDS = ['HighTPMQuotaUsage', 'HighInvocationRate'] as const satisfies readonly AlarmKind[];
export type UsageSourceAlarmKind = (typeof USAGE_SOURCE_ALARM_KINDS)[number];

const nameOf = (label: string | undefined, profileId: string): string => {
  const name = label === undefined || label === '' ? profileId : PROFILE_NAME.test(label) ? label : profileDisplayName(label, profileId);
  // "direct" is the model's own calls in the breakdown: a profile labelled so is named by its id.
  return name === DIRECT_SOURCE || !PROFILE_NAME.test(name) ? profileId.replace(/:/g, '-') : name;
};

/**
 * The application profiles one summed usage alarm of the model sums, from its metric math as DescribeAlarms returns
 * it: every `Sum` MetricStat query on AWS/Bedrock, the alarm kind's metric, with only a ModelId dimension, other than
 * the model's own ModelId (its direct calls). Undefined when the alarm does not say: no metric math (a model without
 * profiles), no query on the model itself (not this model's summed alarm), or a bedrock-mantle model (no profiles
 * there). Queries of another shape and ModelId values that are not a profile id are ignored; at most
 * MAX_APPLICATION_PROFILES, in the alarm's order, each once.
 */
export const profilesSummedBy = (
  model: Pick<ModelRef, 'modelId' | 'endpoint'>, kind: UsageSourceAlarmKind, metrics: readonly AlarmMetricQuery[] | undefined,
): SummedProfile[] | undefined => {
  if (model.endpoint === 'bedrock-mantle' || !Array.isArray(metrics) || metrics.length === 0) return undefined;
  const metricName = ALARM_CATALOGUE[kind].metric;
  let readsModel = false;
  const profiles = new Map<string, SummedProfile>();
  for (const query of metrics) {
    const stat = typeof query === 'object' && query !== null ? query.MetricStat : undefined;
    const metric = stat?.Metric;
    if (!metric || metric.Namespace !== BEDROCK_NAMESPACE || metric.MetricName !== metricName || stat.Stat !== 'Sum') continue;
    const dimensions = Array.isArray(metric.Dimensions) ? metric.Dimensions : [];
    const value = dimensions.length === 1 && dimensions[0]?.Name === MODEL_DIMENSION ? dimensions[0].Value : undefined;
    if (typeof value !== 'string') continue;
    if (value === model.modelId) {
      readsModel = true;
      continue;
    }
    if (!PROFILE_ID.test(value) || profiles.has(value)) continue;
    profiles.set(value, { name: nameOf(typeof query.Label === 'string' ? query.Label : undefined, value), profileId: value });
  }
  if (!readsModel) return undefined;
  return [...profiles.values()].slice(0, MAX_APPLICATION_PROFILES);
};

/**
 * The profiles the model's usage read must sum, from its usage alarms (by kind; an absent one is skipped): the first
 * that names its sources (HighTPMQuotaUsage, then HighInvocationRate). Undefined: none does, the declared ones hold.
 */
export const usageProfilesFromAlarms = (
  model: Pick<ModelRef, 'modelId' | 'endpoint'>, alarms: Partial<Record<UsageSourceAlarmKind, readonly AlarmMetricQuery[] | undefined>>,
): SummedProfile[] | undefined => {
  for (const kind of USAGE_SOURCE_ALARM_KINDS) {
    const found = profilesSummedBy(model, kind, alarms[kind]);
    if (found) return found;
  }
  return undefined;
};

/** Whether `profiles` are the model's declared ones (same ids and names, same order). */
export const sameProfiles = (model: Pick<ModelRef, 'applicationProfiles'>, profiles: readonly SummedProfile[]): boolean => {
  const declared = model.applicationProfiles ?? [];
  return declared.length === profiles.length && declared.every((p, i) => p.profileId === profiles[i]?.profileId && p.name === profiles[i]?.name);
};

/**
 * The model the usage read sums: the declared model with `profiles` (what its usage alarm sums) when given, else as
 * declared. Per-profile alarm settings are kept for a declared profile; they play no part in the read.
 */
export const modelWithSummedProfiles = (model: ModelRef, profiles: readonly SummedProfile[] | undefined): ModelRef => {
  if (!profiles || model.endpoint === 'bedrock-mantle') return model;
  const { applicationProfiles: declared, ...rest } = model;
  const byId = new Map((declared ?? []).map((p) => [p.profileId, p]));
  const merged = profiles.map((p) => ({ ...byId.get(p.profileId), name: p.name, profileId: p.profileId }));
  return merged.length > 0 ? { ...rest, applicationProfiles: merged } : rest;
};
