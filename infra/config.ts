/**
 * The deployment configuration file (ops-alert.config.json): loading, validation against
 * schemas/deployment-config.schema.json, and resolution into what the stacks build from.
 *
 * Defaults live in the schema only and are applied by ajv (`useDefaults`) in `parseDeploymentConfig`; per-model
 * overrides are merged onto the file-wide values in `resolveModel`. Nothing else in infra/ invents a default.
 */
import { readFileSync } from 'node:fs';
import { deploymentAlarmPrefix } from '#workflow/alarm-rule.js';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject } from 'ajv';
import { validateDeploymentConfig } from '#types/generated/validators/deployment-config.js';
import { validateRuntimeSettingsAsWritten } from '#types/generated/validators/runtime-settings-as-written.js';
import { declaredAlarmKinds } from '#core/alarm-config.js';
import type { AlarmEvaluationSettings, AlarmPeriodSeconds } from '#core/alarm-config.js';
import { ALARM_CATALOGUE } from '#core/catalogue.js';
import type { InferenceEndpoint } from '#core/catalogue.js';
import type { ApplicationProfile } from '#core/model.js';

/** Repository root (infra/ sits directly under it). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEPLOYMENT_CONFIG_SCHEMA_PATH = resolve(REPO_ROOT, 'schemas/deployment-config.schema.json');
export const RUNTIME_SETTINGS_SCHEMA_PATH = resolve(REPO_ROOT, 'schemas/runtime-settings.schema.json');
export const DEFAULT_CONFIG_PATH = resolve(REPO_ROOT, 'ops-alert.config.json');

/**
 * Most models one model-alarm stack holds: measured by test/infra/models-per-stack.suite.ts (15 resources per model
 * with an RPM quota, plus the CDK metadata resource, under CloudFormation's 500-resource limit).
 */
export const MAX_MODELS_PER_STACK = 33;
/**
 * Organization mode: the spoke stack holds the first model group's alarms plus 7 resources of its own (access role and
 * policy, forwarding rule, its role and policy, dead-letter queue and its policy): 7 + 15 x 33 = 502 > 500, so a model
 * group holds at most 32 models there (measured by synthesis: `npm run bench -- org-limits`).
 */
export const MAX_SPOKE_MODELS_PER_STACK = 32;

export type NotificationPreference = 'all' | 'critical' | 'warning';
/** The alarms' evaluation settings: the shape the shared alarm configuration (src/core/alarm-config.ts) takes. */
export type AlarmSettings = AlarmEvaluationSettings;
export type { AlarmPeriodSeconds };

export type AlarmSettingsOverride = { [P in keyof AlarmSettings]?: Partial<AlarmSettings[P]> };

export interface QuotaPercents {
  rpmIncreasePercent: number;
  tpmIncreasePercent: number;
  rpmThresholdPercent: number;
  tpmThresholdPercent: number;
}

export interface ModelConfig {
  name: string;
  modelId: string;
  quotaCodes?: { rpm?: string; tpm?: string; outputTpm?: string };
  currentQuotas?: { rpm?: number; tpm?: number; outputTpm?: number };
  overrides?: Partial<QuotaPercents> & { alarms?: AlarmSettingsOverride };
  alarmStack?: number;
  endpoint?: InferenceEndpoint;
  applicationProfiles?: ApplicationProfile[];
}

export type CaseSeverityCode = 'low' | 'normal' | 'high' | 'urgent' | 'critical';

/** The runtime schema's caseAutomation, after defaults. */
export interface CaseAutomationConfig {
  enabled: boolean;
  lookbackDays: number;
  severity: { CRITICAL: CaseSeverityCode; WARNING: CaseSeverityCode };
  ccEmailAddresses: string[];
  useCaseDescription: string;
  language: 'en' | 'ja' | 'zh' | 'ko';
  fallbackToSupportCase: boolean;
}

export type SupportPlan = 'basic' | 'developer' | 'business' | 'enterprise-on-ramp' | 'enterprise';

/** caseAutomation values one account overrides (no defaults). */
export type CaseAutomationOverride = Partial<Omit<CaseAutomationConfig, 'severity'>> & { severity?: Partial<CaseAutomationConfig['severity']> };

export interface EmailSubscription {
  address: string;
  preference: NotificationPreference;
  /** Organization mode: only the e-mails about these accounts (SNS filter on the `account` attribute). */
  accounts?: string[];
}

/** One account of the organization that differs from the file-wide settings (or has a friendly name). */
export interface AccountSettings {
  id: string;
  name?: string;
  supportPlan?: SupportPlan;
  caseAutomation?: CaseAutomationOverride;
}

/** Settings shared by the accounts an OU entry lists (an account's own entry wins). */
export interface OrganizationalUnitSettings {
  id: string;
  name?: string;
  accounts: string[];
  supportPlan?: SupportPlan;
  caseAutomation?: CaseAutomationOverride;
}

/** The `organization` section after defaults. */
export interface OrganizationConfig {
  organizationId: string;
  hubAccount: string;
  callAs: 'SELF' | 'DELEGATED_ADMIN';
  spokes: { organizationalUnits: string[]; regions: string[]; maxConcurrentPercentage: number; failureTolerancePercentage: number };
  accounts?: AccountSettings[];
  organizationalUnits?: OrganizationalUnitSettings[];
}

/** The configuration file after schema validation and defaults (every optional section is present). */
export interface DeploymentConfig {
  customerName: string;
  models: ModelConfig[];
  alarms: AlarmSettings;
  quotaPolicy: QuotaPercents;
  caseAutomation: CaseAutomationConfig;
  notifications: {
    emails: EmailSubscription[];
    operationsEmails?: string[];
  };
  schedules: { thresholdUpdate: { enabled: boolean; expression: string } };
  workflow: {
    settleWindowSeconds: number;
    usageWindowDays: number;
    quotaCasePoll: { intervalSeconds: number; maxAttempts: number };
  };
  deployment: {
    stackNamePrefix?: string;
    modelsPerStack: number;
    logRetentionDays: number;
    logLevel: 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
    settingsParameterName?: string;
  };
  /** Absent: single-account mode. */
  organization?: OrganizationConfig;
}

/** One model with every setting decided. */
export interface ResolvedModel {
  name: string;
  modelId: string;
  quotaCodes: { rpm?: string; tpm?: string; outputTpm?: string };
  currentQuotas: { rpm?: number; tpm?: number; outputTpm?: number };
  /** RPM quota known (code or value given): decides whether the HighInvocationRate alarm exists. */
  hasRpmQuota: boolean;
  /** Absent: bedrock-runtime */
  endpoint?: InferenceEndpoint;
  /** Application profiles summed with the model (bedrock-runtime only); absent when none */
  applicationProfiles?: ApplicationProfile[];
  percents: QuotaPercents;
  /** Only the percents the model overrides itself, for the runtime settings document. */
  percentOverrides: Partial<QuotaPercents>;
  alarms: AlarmSettings;
  /** 1-based model-alarm stack the model's alarms live in. */
  alarmStack: number;
}

export interface ResolvedDeployment {
  config: DeploymentConfig;
  customerName: string;
  stackNamePrefix: string;
  settingsParameterName: string;
  /** `{Customer}-Bedrock-`: every project alarm name starts with it (the EventBridge rule matches on it). */
  alarmNamePrefix: string;
  models: ResolvedModel[];
  /** Models grouped by stack: index 0 = stack 1. */
  alarmStacks: ResolvedModel[][];
  operationsEmails: string[];
  /** Organization mode (hub and spokes); undefined in single-account mode. */
  organization?: OrganizationConfig;
}

export class DeploymentConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DeploymentConfigError';
  }
}

const readJson = (path: string, what: string): unknown => {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new DeploymentConfigError(`Cannot read ${what} ${path}: ${(cause as Error).message}`, { cause });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new DeploymentConfigError(`${what} ${path} is not valid JSON: ${(cause as Error).message}`, { cause });
  }
};

/**
 * Both validators compiled ahead of time from the schemas (`npm run gen:types`, schemas/generate-types.ts): the
 * configuration's with its defaults filled in (the schema is the one place they are written), the generated runtime
 * document's as written (no defaults filled in, so the check sees what operators see). Nothing compiles a schema here.
 */
const getValidators = () => ({ config: validateDeploymentConfig, runtime: validateRuntimeSettingsAsWritten });

/** `models/2/modelId: must NOT have fewer than 1 characters` — the field named as a path in the file. */
export const formatSchemaErrors = (errors: readonly ErrorObject[] | null | undefined): string =>
  (errors ?? [])
    .map((error) => {
      const field = error.instancePath.replace(/^\//, '') || '(top level)';
      const detail =
        error.keyword === 'additionalProperties'
          ? `unknown field "${String((error.params as { additionalProperty: string }).additionalProperty)}"`
          : error.keyword === 'enum'
            ? `${error.message ?? 'invalid'}: ${JSON.stringify((error.params as { allowedValues: unknown[] }).allowedValues)}`
            : (error.message ?? 'invalid');
      return `  - ${field}: ${detail}`;
    })
    .join('\n');

/** Validates a configuration object, fills in the schema defaults (on a copy) and checks the cross-field rules. */
export const parseDeploymentConfig = (raw: unknown, source = 'configuration'): DeploymentConfig => {
  const copy = structuredClone(raw);
  const { config: validate } = getValidators();
  if (!validate(copy)) {
    throw new DeploymentConfigError(`${source} does not match schemas/deployment-config.schema.json:\n${formatSchemaErrors(validate.errors)}`);
  }
  const config = copy as DeploymentConfig;
  const problems: string[] = [];
  const seenNames = new Map<string, number>();
  const seenIds = new Map<string, number>();
  config.models.forEach((model, index) => {
    const sameName = seenNames.get(model.name.toLowerCase());
    if (sameName !== undefined) problems.push(`models/${index}/name: "${model.name}" is already used by models/${sameName} (alarm names must be unique)`);
    seenNames.set(model.name.toLowerCase(), index);
    // The same model id may be declared once per endpoint: the endpoints have separate quotas and metrics.
    const idKey = `${model.endpoint ?? 'bedrock-runtime'}|${model.modelId}`;
    const sameId = seenIds.get(idKey);
    if (sameId !== undefined) problems.push(`models/${index}/modelId: "${model.modelId}" is already monitored by models/${sameId} on ${model.endpoint ?? 'bedrock-runtime'}`);
    seenIds.set(idKey, index);
    if (model.endpoint === 'bedrock-mantle') {
      if (model.applicationProfiles?.length) problems.push(`models/${index}/applicationProfiles: application inference profiles are a bedrock-runtime feature; a bedrock-mantle model has none`);
      if (model.quotaCodes?.rpm !== undefined || model.currentQuotas?.rpm !== undefined) problems.push(`models/${index}: bedrock-mantle enforces no requests-per-minute quota; remove quotaCodes.rpm / currentQuotas.rpm`);
    } else if (model.quotaCodes?.outputTpm !== undefined || model.currentQuotas?.outputTpm !== undefined) {
      problems.push(`models/${index}: only bedrock-mantle has an output-tokens-per-minute quota (bedrock-runtime counts input and output in one TPM quota); remove quotaCodes.outputTpm / currentQuotas.outputTpm`);
    }
    for (const [p, profile] of (model.applicationProfiles ?? []).entries()) {
      // Counted twice otherwise: once as the profile, once as the model it would also be.
      const key = `bedrock-runtime|${profile.profileId}`;
      const other = seenIds.get(key);
      if (other !== undefined || profile.profileId === model.modelId) problems.push(`models/${index}/applicationProfiles/${p}/profileId: "${profile.profileId}" is already counted (models/${other ?? index})`);
      seenIds.set(key, index);
    }
    const alarms = mergeAlarmSettings(config.alarms, model.overrides?.alarms);
    for (const [profile, periodSeconds, periods] of [
      ['critical', alarms.critical.periodSeconds, alarms.critical.evaluationPeriods],
      ['usage', 60, alarms.usage.evaluationPeriods],
      ['latency', alarms.latency.periodSeconds, alarms.latency.evaluationPeriods],
      ['anomaly', alarms.anomaly.periodSeconds, alarms.anomaly.evaluationPeriods],
    ] as const) {
      // CloudWatch rejects an evaluation window (period x periods) longer than one day.
      if (periodSeconds * periods > 86_400) {
        problems.push(`models/${index} (${model.name}) alarms.${profile}: periodSeconds x evaluationPeriods = ${periodSeconds * periods} s, CloudWatch allows at most 86400 s`);
      }
    }
  });
  const seenAddresses = new Set<string>();
  config.notifications.emails.forEach((email, index) => {
    const key = email.address.toLowerCase();
    if (seenAddresses.has(key)) problems.push(`notifications/emails/${index}/address: "${email.address}" is listed twice (one subscription per address)`);
    seenAddresses.add(key);
  });
  if (config.organization) problems.push(...organizationProblems(config.organization));
  if (config.deployment.modelsPerStack > MAX_MODELS_PER_STACK) {
    problems.push(`deployment/modelsPerStack: ${config.deployment.modelsPerStack} is above the measured maximum ${MAX_MODELS_PER_STACK}`);
  }
  if (problems.length > 0) throw new DeploymentConfigError(`${source} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return config;
};

/** The cross-field rules of the organization section. */
const organizationProblems = (organization: OrganizationConfig): string[] => {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  (organization.accounts ?? []).forEach((account, index) => {
    const same = seen.get(account.id);
    if (same !== undefined) problems.push(`organization/accounts/${index}/id: ${account.id} is already listed at organization/accounts/${same}`);
    seen.set(account.id, index);
  });
  const listedBy = new Map<string, string>();
  (organization.organizationalUnits ?? []).forEach((unit, unitIndex) => {
    unit.accounts.forEach((account, index) => {
      const first = listedBy.get(account);
      if (first !== undefined) problems.push(`organization/organizationalUnits/${unitIndex}/accounts/${index}: account ${account} is already listed at ${first} (an account belongs to one OU)`);
      else listedBy.set(account, `organization/organizationalUnits/${unitIndex}`);
    });
  });
  return problems;
};

export const loadDeploymentConfig = (path: string = DEFAULT_CONFIG_PATH): DeploymentConfig =>
  parseDeploymentConfig(readJson(path, 'configuration file'), path);

const mergeAlarmSettings = (base: AlarmSettings, override: AlarmSettingsOverride | undefined): AlarmSettings => ({
  critical: { ...base.critical, ...override?.critical },
  usage: { ...base.usage, ...override?.usage },
  latency: { ...base.latency, ...override?.latency },
  anomaly: { ...base.anomaly, ...override?.anomaly },
});

const PERCENT_KEYS = ['rpmIncreasePercent', 'tpmIncreasePercent', 'rpmThresholdPercent', 'tpmThresholdPercent'] as const;

const resolveModel = (config: DeploymentConfig, model: ModelConfig): Omit<ResolvedModel, 'alarmStack'> => {
  const percentOverrides: Partial<QuotaPercents> = {};
  for (const key of PERCENT_KEYS) {
    const value = model.overrides?.[key];
    if (value !== undefined) percentOverrides[key] = value;
  }
  return {
    name: model.name,
    modelId: model.modelId,
    quotaCodes: { ...model.quotaCodes },
    currentQuotas: { ...model.currentQuotas },
    hasRpmQuota: model.quotaCodes?.rpm !== undefined || model.currentQuotas?.rpm !== undefined,
    ...(model.endpoint ? { endpoint: model.endpoint } : {}),
    ...(model.applicationProfiles?.length ? { applicationProfiles: model.applicationProfiles.map((p) => ({ name: p.name, profileId: p.profileId, ...(p.alarms?.length ? { alarms: [...p.alarms] } : {}) })) } : {}),
    percents: { ...config.quotaPolicy, ...percentOverrides },
    percentOverrides,
    alarms: mergeAlarmSettings(config.alarms, model.overrides?.alarms),
  };
};

/**
 * Puts each model in a model-alarm stack: pinned models (`alarmStack`) first, then the others in file order into the
 * lowest-numbered stack with room. Pinning keeps a model's alarms in the same stack when others are removed.
 */
export const assignAlarmStacks = <T extends { name: string; alarmStack?: number }>(models: readonly T[], modelsPerStack: number): number[] => {
  const load = new Map<number, number>();
  const assigned: number[] = new Array<number>(models.length).fill(0);
  models.forEach((model, index) => {
    if (model.alarmStack === undefined) return;
    const count = (load.get(model.alarmStack) ?? 0) + 1;
    if (count > modelsPerStack) {
      throw new DeploymentConfigError(`models/${index}/alarmStack: stack ${model.alarmStack} would hold more than ${modelsPerStack} models (deployment.modelsPerStack)`);
    }
    load.set(model.alarmStack, count);
    assigned[index] = model.alarmStack;
  });
  models.forEach((model, index) => {
    if (model.alarmStack !== undefined) return;
    let stack = 1;
    while ((load.get(stack) ?? 0) >= modelsPerStack) stack += 1;
    load.set(stack, (load.get(stack) ?? 0) + 1);
    assigned[index] = stack;
  });
  return assigned;
};

/** CloudFormation's resource limit per stack. */
export const MAX_RESOURCES_PER_STACK = 500;

/** The resources one model adds to its alarm stack: child alarms, an anomaly detector per anomaly alarm, the composite, per-profile alarms. */
export const alarmResourcesOf = (model: ResolvedModel): number => {
  const kinds = declaredAlarmKinds(model);
  const detectors = kinds.filter((kind) => ALARM_CATALOGUE[kind].threshold.type === 'anomalyBand').length;
  const profileAlarms = model.endpoint === 'bedrock-mantle' ? 0 : (model.applicationProfiles ?? []).reduce((sum, profile) => sum + (profile.alarms?.length ?? 0), 0);
  return kinds.length + detectors + 1 + profileAlarms;
};

export const resolveDeployment = (config: DeploymentConfig): ResolvedDeployment => {
  const perStack = config.organization ? Math.min(config.deployment.modelsPerStack, MAX_SPOKE_MODELS_PER_STACK) : config.deployment.modelsPerStack;
  const stacks = assignAlarmStacks(config.models, perStack);
  const models = config.models.map((model, index) => ({ ...resolveModel(config, model), alarmStack: stacks[index] ?? 1 }));
  const stackCount = Math.max(...stacks);
  const alarmStacks = Array.from({ length: stackCount }, (_, i) => models.filter((model) => model.alarmStack === i + 1));
  // Per-profile alarms add resources the model count does not show: the stack must stay under CloudFormation's 500.
  alarmStacks.forEach((stackModels, i) => {
    const resources = 1 + stackModels.reduce((sum, model) => sum + alarmResourcesOf(model), 0);
    if (resources > MAX_RESOURCES_PER_STACK) {
      throw new DeploymentConfigError(
        `Model-alarm stack ${i + 1} would hold ${resources} resources (its models' alarms, anomaly detectors and composites, per-profile alarms included), ` +
          `above CloudFormation's ${MAX_RESOURCES_PER_STACK}: lower deployment.modelsPerStack or pin some models (models[].alarmStack) to another stack.`,
      );
    }
  });
  return {
    config,
    customerName: config.customerName,
    stackNamePrefix: config.deployment.stackNamePrefix ?? `${config.customerName}-BedrockOpsAlert`,
    settingsParameterName: config.deployment.settingsParameterName ?? `/${config.customerName}/bedrock-ops-alert/settings`,
    alarmNamePrefix: deploymentAlarmPrefix(config.customerName),
    models,
    alarmStacks,
    operationsEmails: config.notifications.operationsEmails ?? [...new Set(config.notifications.emails.map((email) => email.address))],
    ...(config.organization ? { organization: config.organization } : {}),
  };
};

/** Validates a generated runtime settings document against schemas/runtime-settings.schema.json. */
export const assertValidRuntimeSettings = (document: unknown): void => {
  const { runtime: validate } = getValidators();
  if (!validate(document)) {
    throw new DeploymentConfigError(`The generated runtime settings document does not match schemas/runtime-settings.schema.json:\n${formatSchemaErrors(validate.errors)}`);
  }
};
