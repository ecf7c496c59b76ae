/**
 * The deployment as the threshold updater needs it: per model, the inputs of the shared alarm configuration
 * (src/core/alarm-config.ts) plus its quota codes and deploy-time quota values. The CDK app builds it from the same
 * resolved configuration it declares the alarms from and hands it to the custom resource as one JSON property.
 */
import type { AlarmModelSpec } from './alarm-config.js';
import { InvalidSettingsError } from './errors.js';

export interface DeployedModel extends AlarmModelSpec {
  quotaCodes: { rpm?: string; tpm?: string; outputTpm?: string };
  /** The quota values the alarms were sized from at deploy (the configuration's currentQuotas). */
  currentQuotas: { rpm?: number; tpm?: number; outputTpm?: number };
}

/** How the hub calls StackSets (the configuration's organization.callAs): the management account, or a delegated administrator. */
export type StackSetCallAs = 'SELF' | 'DELEGATED_ADMIN';

/**
 * Organization mode: where the hub's updater acts, through each account's spoke role (src/workflow/organization.ts):
 * every account × every Region (the configuration's organization.accounts and spokes.regions), and every account ×
 * Region where the spoke stack set has a current stack instance (accounts that joined a spoke OU after the
 * configuration was written: automatic deployment gave them the alarms).
 */
export interface ThresholdTargets {
  accounts: string[];
  regions: string[];
  /** The spoke stack set whose instances are listed at each run (absent: a description written before it was). */
  spokeStackSet?: { name: string; callAs: StackSetCallAs };
}

/** One account and Region the updater acts in. */
export interface ThresholdTarget {
  account: string;
  region: string;
}

export interface ThresholdDeployment {
  schemaVersion: 1;
  customerName: string;
  models: DeployedModel[];
  /** Absent: single-account mode (the updater acts in its own account and Region). */
  targets?: ThresholdTargets;
}

/** Every account × Region of the targets, accounts outside (one AssumeRole per account, then its Regions). */
export const thresholdTargetsOf = (targets: ThresholdTargets): ThresholdTarget[] =>
  targets.accounts.flatMap((account) => targets.regions.map((region) => ({ account, region })));

/** One stack instance of the spoke stack set, as ListStackInstances summarises it. */
export interface StackInstanceSummary {
  account: string;
  region: string;
  /** CURRENT, OUTDATED or INOPERABLE (StackInstanceSummary.Status). */
  status: string;
  /** PENDING, RUNNING, SUCCEEDED, FAILED, CANCELLED, INOPERABLE, SKIPPED_SUSPENDED_ACCOUNT, FAILED_IMPORT. */
  detailedStatus?: string;
  /** Service-managed: the OU the instance was deployed to. */
  organizationalUnitId?: string;
}

/**
 * Whether the instance's stack holds the spoke's alarms as the stack set last deployed them: Status CURRENT ("the
 * stack is currently up to date with the stack set"). OUTDATED covers a stack whose creation failed or has not run
 * yet (no alarms to resize), INOPERABLE a stack a failed deletion left unstable: neither is acted in.
 */
export const stackInstanceHoldsAlarms = (instance: Pick<StackInstanceSummary, 'status'>): boolean => instance.status === 'CURRENT';

/** Where one run acts: the configured targets, plus what the spoke stack set's listing adds, and what it could not say. */
export interface RunTargets {
  targets: ThresholdTarget[];
  /** Account × Region found only in the stack set (current instances of accounts the configuration does not list). */
  added: ThresholdTarget[];
  /** Instances of unlisted accounts not acted in, with their status. */
  skipped: (ThresholdTarget & { status: string; detailedStatus?: string })[];
}

/**
 * The targets of one run: every configured account × Region, then, in the listing's order, each account × Region
 * whose spoke stack instance is current and that is not configured (accounts grouped: one AssumeRole per account).
 */
export const runTargetsOf = (targets: ThresholdTargets, instances: readonly StackInstanceSummary[] = []): RunTargets => {
  const configured = thresholdTargetsOf(targets);
  const key = (t: ThresholdTarget): string => `${t.account}|${t.region}`;
  const seen = new Set(configured.map(key));
  const added: ThresholdTarget[] = [];
  const skipped: RunTargets['skipped'] = [];
  for (const instance of instances) {
    const target = { account: instance.account, region: instance.region };
    if (seen.has(key(target))) continue;
    seen.add(key(target));
    if (stackInstanceHoldsAlarms(instance)) added.push(target);
    else skipped.push({ ...target, status: instance.status, ...(instance.detailedStatus ? { detailedStatus: instance.detailedStatus } : {}) });
  }
  const accounts = [...new Set(added.map((t) => t.account))];
  const grouped = accounts.flatMap((account) => added.filter((t) => t.account === account));
  return { targets: [...configured, ...grouped], added: grouped, skipped };
};

/** Only the fields the updater uses, so the custom resource property changes exactly when they do. */
export const thresholdDeploymentOf = (customerName: string, models: readonly DeployedModel[], targets?: ThresholdTargets): ThresholdDeployment => ({
  schemaVersion: 1,
  customerName,
  ...(targets ? { targets: { accounts: [...targets.accounts], regions: [...targets.regions], ...(targets.spokeStackSet ? { spokeStackSet: { ...targets.spokeStackSet } } : {}) } } : {}),
  models: models.map((model) => ({
    name: model.name,
    modelId: model.modelId,
    hasRpmQuota: model.hasRpmQuota,
    percents: { rpmThresholdPercent: model.percents.rpmThresholdPercent, tpmThresholdPercent: model.percents.tpmThresholdPercent },
    alarms: model.alarms,
    ...(model.endpoint ? { endpoint: model.endpoint } : {}),
    ...(model.applicationProfiles?.length ? { applicationProfiles: model.applicationProfiles.map((p) => ({ name: p.name, profileId: p.profileId, ...(p.alarms?.length ? { alarms: [...p.alarms] } : {}) })) } : {}),
    quotaCodes: { ...model.quotaCodes },
    currentQuotas: { ...model.currentQuotas },
  })),
});

/** Reads the JSON the custom resource carries (CloudFormation passes every property as a string). */
export const parseThresholdDeployment = (text: unknown): ThresholdDeployment => {
  let value: unknown;
  try {
    value = typeof text === 'string' ? JSON.parse(text) : text;
  } catch (error) {
    throw new InvalidSettingsError(`The threshold updater's Deployment property is not JSON: ${(error as Error).message}`, { cause: error });
  }
  const doc = value as Partial<ThresholdDeployment> | undefined;
  if (!doc || doc.schemaVersion !== 1 || typeof doc.customerName !== 'string' || !Array.isArray(doc.models)) {
    throw new InvalidSettingsError('The threshold updater\'s Deployment property must be {"schemaVersion":1,"customerName":...,"models":[...]}, as the CDK app writes it.');
  }
  if (doc.targets !== undefined && !validTargets(doc.targets)) {
    throw new InvalidSettingsError('The threshold updater\'s Deployment property has invalid targets: {"accounts":[12-digit ids],"regions":[Region names],"spokeStackSet":{"name","callAs":"SELF"|"DELEGATED_ADMIN"}} expected, as the CDK app writes them.');
  }
  return doc as ThresholdDeployment;
};

const validTargets = (targets: unknown): boolean => {
  const { accounts, regions, spokeStackSet } = (targets ?? {}) as Partial<Record<keyof ThresholdTargets, unknown>>;
  const stackSet = spokeStackSet as { name?: unknown; callAs?: unknown } | undefined;
  if (stackSet !== undefined && !(typeof stackSet === 'object' && stackSet !== null && typeof stackSet.name === 'string' && /^[A-Za-z][A-Za-z0-9-]{0,127}$/.test(stackSet.name) &&
    (stackSet.callAs === 'SELF' || stackSet.callAs === 'DELEGATED_ADMIN'))) return false;
  return Array.isArray(accounts) && accounts.every((a) => typeof a === 'string' && /^[0-9]{12}$/.test(a)) &&
    Array.isArray(regions) && regions.length > 0 && regions.every((r) => typeof r === 'string' && /^[a-z]{2}(-[a-z]+)+-[0-9]$/.test(r));
};
