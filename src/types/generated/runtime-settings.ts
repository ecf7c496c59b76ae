/* Generated from schemas/runtime-settings.schema.json by `npm run gen:types`. Do not edit. */

/**
 * The runtime settings document (one JSON document in Parameter Store per deployment; the `settings` of a scenario file overrides its optional parts). Defaults are declared here and applied in one place (src/contracts/settings.ts).
 */
export interface RuntimeSettingsDocument {
  schemaVersion?: 1;
  /**
   * Used in alarm names, case subjects and e-mails.
   */
  customerName: string;
  /**
   * @minItems 1
   */
  models: [MonitoredModel, ...MonitoredModel[]];
  caseAutomation?: CaseAutomation;
  quotaPolicy?: QuotaPolicy;
  /**
   * Days of per-minute usage examined (CloudWatch keeps 60-second data for 15 days).
   */
  usageWindowDays?: number;
  /**
   * Alarms of one model going into ALARM within this window make one incident. The maximum bounds the execution: the state machine's TimeoutSeconds is derived from this schema's maxima (settle window + poll attempts x (interval + Task timeout) + the steps' allowance, src/workflow/timeouts.ts); raise a maximum only with it.
   */
  settleWindowSeconds?: number;
  /**
   * Organization mode: the accounts whose settings differ from the document-wide ones, or that have a friendly name, by account id. An account not listed takes the document-wide settings.
   */
  accounts?: {
    [k: string]: AccountOverride;
  };
  /**
   * How long to wait for Service Quotas to open the support case of an increase request. The maxima of intervalSeconds and maxAttempts bound the execution: the state machine's TimeoutSeconds is derived from them (src/workflow/timeouts.ts), so every valid setting finishes before the execution times out.
   */
  quotaCasePoll?: {
    intervalSeconds?: number;
    maxAttempts?: number;
  };
}
export interface MonitoredModel {
  /**
   * Display name used in alarm names, e.g. G-Opus-4-6.
   */
  name: string;
  /**
   * Model id or inference profile id (the ModelId metric dimension).
   */
  modelId: string;
  quotaCodes?: {
    rpm?: string;
    tpm?: string;
  };
  overrides?: PercentOverrides;
}
export interface PercentOverrides {
  rpmIncreasePercent?: number;
  tpmIncreasePercent?: number;
  rpmThresholdPercent?: number;
  tpmThresholdPercent?: number;
}
export interface CaseAutomation {
  enabled?: boolean;
  /**
   * An open case younger than this blocks a new one of the same category.
   */
  lookbackDays?: number;
  severity?: {
    CRITICAL?: 'low' | 'normal' | 'high' | 'urgent' | 'critical';
    WARNING?: 'low' | 'normal' | 'high' | 'urgent' | 'critical';
  };
  /**
   * @maxItems 10
   */
  ccEmailAddresses?:
    | []
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  useCaseDescription?: string;
  language?: 'en' | 'ja' | 'zh' | 'ko';
  /**
   * When Service Quotas cannot take an increase request, open a Support case with the same content.
   */
  fallbackToSupportCase?: boolean;
}
export interface QuotaPolicy {
  rpmIncreasePercent?: number;
  tpmIncreasePercent?: number;
  rpmThresholdPercent?: number;
  tpmThresholdPercent?: number;
}
/**
 * This interface was referenced by `undefined`'s JSON-Schema definition
 * via the `patternProperty` "^[0-9]{12}$".
 */
export interface AccountOverride {
  /**
   * Friendly name shown with the account id in e-mails and cases.
   */
  name?: string;
  /**
   * basic and developer plans cannot use the AWS Support API: no Support case is opened for the account.
   */
  supportPlan?: 'basic' | 'developer' | 'business' | 'enterprise-on-ramp' | 'enterprise';
  caseAutomation?: CaseAutomationOverride;
}
/**
 * The caseAutomation settings one account overrides (no defaults: what is not given is the document-wide value).
 */
export interface CaseAutomationOverride {
  enabled?: boolean;
  lookbackDays?: number;
  severity?: {
    CRITICAL?: 'low' | 'normal' | 'high' | 'urgent' | 'critical';
    WARNING?: 'low' | 'normal' | 'high' | 'urgent' | 'critical';
  };
  /**
   * @maxItems 10
   */
  ccEmailAddresses?:
    | []
    | [string]
    | [string, string]
    | [string, string, string]
    | [string, string, string, string]
    | [string, string, string, string, string]
    | [string, string, string, string, string, string]
    | [string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string]
    | [string, string, string, string, string, string, string, string, string, string];
  useCaseDescription?: string;
  language?: 'en' | 'ja' | 'zh' | 'ko';
  fallbackToSupportCase?: boolean;
}
