/* Generated from schemas/scenario.schema.json by `npm run gen:types`. Do not edit. */

/**
 * A simulated AWS account and the alarm events to replay through the workflow (`ops-alert simulate --scenario FILE`). A user-facing contract: extend it, never break it. The simulated clock is each event's `at`.
 */
export interface Scenario {
  $comment?: string;
  /**
   * Defaults to the file name.
   */
  name?: string;
  description?: string;
  customerName: string;
  /**
   * Optional runtime settings (caseAutomation, quotaPolicy, usageWindowDays, settleWindowSeconds, quotaCasePoll...). Validated by the workflow itself, like the Parameter Store document: bad settings fail the execution.
   */
  settings?: {};
  /**
   * false = the Support API answers SubscriptionRequiredException.
   */
  supportPlan?: boolean;
  /**
   * false = RequestServiceQuotaIncrease fails (e.g. no service-linked role): the workflow falls back to a Support case.
   */
  serviceQuotasAvailable?: boolean;
  /**
   * How many GetRequestedServiceQuotaChange polls before Service Quotas reports the case id of a new request (0 = at once).
   */
  quotaCaseOpensAfterPolls?: number;
  region?: string;
  account?: string;
  /**
   * E-mail subscribers with their preference (the SNS filter policy). Default: one subscriber with preference all.
   */
  subscribers?: {
    email: string;
    preference: 'all' | 'critical' | 'warning';
  }[];
  /**
   * @minItems 1
   */
  models: [Model, ...Model[]];
  openCases?: OpenCase[];
  /**
   * Quota increase requests already pending in Service Quotas (a new request for the same quota answers ResourceAlreadyExistsException).
   */
  pendingQuotaRequests?: {
    model: string;
    quota: 'RPM' | 'TPM';
    desiredValue: number;
    caseDisplayId?: string;
    created?: string;
  }[];
  /**
   * @minItems 1
   */
  events: [ShorthandEvent | FullEvent, ...(ShorthandEvent | FullEvent)[]];
}
export interface Model {
  name: string;
  modelId: string;
  quotaCodes?: {
    rpm?: string;
    tpm?: string;
  };
  /**
   * Current quota values. A missing key = the model has no such quota.
   */
  quotas?: {
    rpm?: number;
    tpm?: number;
  };
  /**
   * true = the Service Quotas read fails (access denied).
   */
  quotasUnavailable?: boolean;
  /**
   * Absent = no usage history. {peakRpm, peakTpm} = a generated 14-day series with those peaks. {series} = explicit per-minute points. {unavailable: true} = the metrics API fails.
   */
  usage?:
    | {
        peakRpm: number;
        peakTpm: number;
        avgInputTokensPerRequest?: number;
        avgOutputTokensPerRequest?: number;
      }
    | {
        series: {
          at: string;
          invocations: number;
          estimatedTpm?: number;
          inputTokens?: number;
          outputTokens?: number;
        }[];
      }
    | {
        unavailable: true;
      };
}
export interface OpenCase {
  subject: string;
  status?: string;
  timeCreated: string;
  caseId?: string;
  displayId?: string;
  communications?: string[];
}
export interface ShorthandEvent {
  label?: string;
  /**
   * A model name of `models`.
   */
  model: string;
  /**
   * Alarm kinds (catalogue names) going into ALARM (or OK with `state`).
   *
   * @minItems 1
   */
  alarms: [string, ...string[]];
  at: string;
  state?: 'ALARM' | 'OK';
  /**
   * How many times EventBridge delivers each event (at-least-once delivery).
   */
  deliveries?: number;
}
/**
 * A complete EventBridge event, used as it is.
 */
export interface FullEvent {
  'detail-type': string;
  source: string;
}
