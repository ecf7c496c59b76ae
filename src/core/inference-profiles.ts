/**
 * Which application inference profiles draw on a monitored model's quota, from what Bedrock lists (pure: the
 * discovery's calls are in the InferenceProfilesPort; the threshold updater calls `discoverModelProfiles` once per
 * account and Region of a run).
 *
 * An application profile is made from one source (Bedrock CreateInferenceProfile `modelSource.copyFrom`): a foundation
 * model in one Region, or a system-defined (cross-Region / global) profile. Bedrock reports the source only as the
 * profile's `models[].modelArn`: the foundation model's ARN, or the foundation-model ARNs of every Region the system
 * profile routes to. So a profile draws on
 * - a monitored foundation model `M` when its models are exactly one foundation model whose id is `M` (its on-demand
 *   quota in that Region);
 * - a monitored system-defined profile `S` when its models are exactly the models of `S` (GetInferenceProfile of `S`),
 *   or when a model ARN names `S` itself: the cross-Region quota `S` draws on.
 * A profile made from the same foundation model through another system profile (say `global.` rather than `us.`)
 * draws on another quota and is not counted.
 */
import type { ApplicationProfile } from './model.js';
import { MAX_APPLICATION_PROFILES } from './model.js';

/** An inference profile as ListInferenceProfiles / GetInferenceProfile describe it. */
export interface InferenceProfileInfo {
  profileId: string;
  profileArn: string;
  name: string;
  type: 'APPLICATION' | 'SYSTEM_DEFINED';
  status: string;
  /** `models[].modelArn` */
  modelArns: string[];
}

/** A model the discovery looks for: bedrock-runtime models only (bedrock-mantle has no inference profiles). */
export interface ProfileDiscoveryModel {
  name: string;
  modelId: string;
  endpoint?: string;
  applicationProfiles?: ApplicationProfile[];
}

/**
 * A system-defined profile id is `{geography}.{provider}.{model}` (us.anthropic.claude-…, global.amazon.nova-…); a
 * foundation model id is `{provider}.{model}`. Only the former is looked up with GetInferenceProfile.
 */
export const isSystemProfileId = (modelId: string): boolean => (modelId.split(':')[0] ?? '').split('.').length >= 3;

/** `arn:…:foundation-model/anthropic.claude…` → `anthropic.claude…`; undefined for any other ARN. */
export const foundationModelIdOf = (arn: string): string | undefined => {
  const match = /^arn:[^:]+:bedrock:[^:]*:[^:]*:foundation-model\/(.+)$/.exec(arn);
  return match?.[1];
};

/** `arn:…:inference-profile/us.anthropic…` → `us.anthropic…`; undefined for any other ARN. */
const systemProfileIdOf = (arn: string): string | undefined => /^arn:[^:]+:bedrock:[^:]*:[^:]*:inference-profile\/(.+)$/.exec(arn)?.[1];

const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((value) => right.has(value));
};

/**
 * Whether `profile` draws on the quota of the monitored `modelId`. `systemProfile` is the monitored id's own
 * system-defined profile (GetInferenceProfile), when it is one.
 */
export const drawsOn = (profile: InferenceProfileInfo, modelId: string, systemProfile: InferenceProfileInfo | undefined): boolean => {
  if (profile.modelArns.length === 0) return false;
  if (profile.modelArns.some((arn) => systemProfileIdOf(arn) === modelId)) return true;
  if (systemProfile) return systemProfile.modelArns.length > 0 && sameSet(profile.modelArns, systemProfile.modelArns);
  if (isSystemProfileId(modelId)) return false;
  return profile.modelArns.length === 1 && foundationModelIdOf(profile.modelArns[0] ?? '') === modelId;
};

/** The profile name as the texts and alarm labels carry it (`^[A-Za-z0-9_.-]{1,64}$`, as in the configuration). */
export const profileDisplayName = (name: string, profileId: string): string => {
  const cleaned = name.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64);
  return cleaned.length > 0 ? cleaned : profileId.slice(0, 64);
};

/** What the discovery found for one model, merged with its declared profiles. */
export interface ModelProfiles {
  model: string;
  /** Declared first (their names win), then discovered ones not declared, at most MAX_APPLICATION_PROFILES. */
  profiles: ApplicationProfile[];
  /** Discovered and not declared. */
  discovered: ApplicationProfile[];
  /** Found but not counted (beyond the limit); each is named in `notes`. */
  leftOut: ApplicationProfile[];
  notes: string[];
}

/**
 * Declared profiles win and are always kept (a declared profile Bedrock does not list is kept as well: it may be
 * another Region's or not yet visible); discovered profiles of the model that are not declared are added, ordered by
 * id, up to the limit of one GetMetricData call (MAX_APPLICATION_PROFILES).
 */
export const mergeProfiles = (model: ProfileDiscoveryModel, found: readonly InferenceProfileInfo[]): ModelProfiles => {
  const declared = model.applicationProfiles ?? [];
  const declaredIds = new Set(declared.map((p) => p.profileId));
  const extra = found
    .filter((p) => !declaredIds.has(p.profileId) && p.profileId !== model.modelId)
    .sort((a, b) => (a.profileId < b.profileId ? -1 : a.profileId > b.profileId ? 1 : 0))
    .map((p) => ({ name: profileDisplayName(p.name, p.profileId), profileId: p.profileId }));
  const room = Math.max(0, MAX_APPLICATION_PROFILES - declared.length);
  const discovered = extra.slice(0, room);
  const leftOut = extra.slice(room);
  const notes = leftOut.length > 0
    ? [`${model.name}: ${leftOut.length} application profile(s) on this model are not counted (at most ${MAX_APPLICATION_PROFILES} per model, one GetMetricData call): ${leftOut.map((p) => `${p.name} (${p.profileId})`).join(', ')}.`]
    : [];
  return { model: model.name, profiles: [...declared, ...discovered], discovered, leftOut, notes };
};

/** The ACTIVE application profiles of `listed` that draw on each bedrock-runtime model, merged with the declared ones. */
export const discoverModelProfiles = (
  models: readonly ProfileDiscoveryModel[], listed: readonly InferenceProfileInfo[], systemProfiles: ReadonlyMap<string, InferenceProfileInfo>,
): Map<string, ModelProfiles> => {
  const applications = listed.filter((p) => p.type === 'APPLICATION' && p.status === 'ACTIVE');
  const result = new Map<string, ModelProfiles>();
  for (const model of models) {
    if (model.endpoint === 'bedrock-mantle') continue;
    const system = systemProfiles.get(model.modelId);
    result.set(model.name, mergeProfiles(model, applications.filter((p) => drawsOn(p, model.modelId, system))));
  }
  return result;
};
