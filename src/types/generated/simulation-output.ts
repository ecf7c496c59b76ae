/* Generated from schemas/simulation-output.schema.json by `npm run gen:types`. Do not edit. */

/**
 * What `ops-alert simulate --json` prints on stdout: one result per workflow execution (per delivered event), and `account`: what the simulated AWS account finally holds (count guarantees from this, never from the executions' own reports).
 */
export interface SimulationOutput {
  results: Result[];
  account?: AccountState;
  /**
   * Scenario events that changed no alarm state (every alarm they name was already in that state): CloudWatch emits no event for them, so no execution ran. One entry per such event, with why.
   */
  unchangedEvents?: {
    scenario: string;
    /**
     * The position of the event in the scenario's `events`.
     */
    index: number;
    label: string;
    at: string;
    /**
     * Which alarms were already in the state, and since when.
     */
    reason: string;
  }[];
}
export interface Result {
  scenario: string;
  event: {
    index: number;
    delivery?: number;
    label: string;
    alarmName: string;
    state: string;
    at: string;
  };
  execution: {
    name: string;
    status: 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';
    /**
     * State names in the order they were entered.
     */
    states: string[];
    error?: string;
    cause?: string;
    failedState?: string;
    outcome?: 'incident' | 'nothing_to_do' | 'failed';
    /**
     * Why there was nothing to do.
     */
    reason?: string;
    /**
     * How many times the execution was re-driven (ops-alert simulate --redrive).
     */
    redriveCount?: number;
  };
  decision: null | {
    severity: 'CRITICAL' | 'WARNING';
    scenario: 'non_quota' | 'new_model' | 'high_usage' | 'low_usage' | null;
    caseType: 'Quota Request' | 'Investigation Request';
    route?: 'quota_increase' | 'support_case' | 'none';
    newModelBasis?: 'no_usage_history' | 'usage_unavailable' | 'quotas_unavailable';
    rationale?: string;
    alarms?: string[];
    thresholds?: {
      rpm?: number;
      tpm?: number;
      /**
       * bedrock-mantle only: the output-tokens-per-minute threshold.
       */
      outputTpm?: number;
    };
    peaks?: {
      rpm?: number;
      tpm?: number;
      /**
       * bedrock-mantle only: output tokens per minute.
       */
      outputTpm?: number;
    };
    quotaIncreases: {
      quota: 'RPM' | 'TPM' | 'OutputTPM';
      code?: string;
      current: number;
      requested: number;
      asReference: boolean;
    }[];
  };
  caseAction: {
    action: 'created' | 'appended' | 'suppressed' | 'disabled' | 'none' | 'failed';
    reason?: string;
    caseId?: string | null;
    displayId?: string | null;
    subject?: string;
    via?: 'support' | 'service_quotas';
    /**
     * The text sent to Support (new case or appended communication).
     */
    body?: string;
    quotaRequests?: {}[];
  };
  notification: {
    sent: boolean;
    subject?: string;
    body?: string;
    attributes?: {};
    /**
     * Subscribers whose filter policy accepts the message.
     */
    recipients?: string[];
  };
  timeline?: {}[];
  /**
   * Present for a quotaChange event: what the threshold updater did (the same result as in AWS).
   */
  thresholdUpdate?: {
    model: string;
    status: 'updated' | 'unchanged' | 'failed';
    quotas?: {
      rpm: number | null;
      tpm: number | null;
      /**
       * bedrock-mantle only: the output-tokens-per-minute quota.
       */
      outputTpm?: number | null;
    };
    changes: ThresholdChange[];
    deletedAlarms: string[];
    notes: string[];
    error?: {
      name: string;
      message: string;
    };
  };
}
/**
 * One recorded change of one usage alarm (the threshold updater's history entry; src/core/thresholds.ts uses this type). null = not known / no longer exists.
 */
export interface ThresholdChange {
  model: string;
  /**
   * Organization mode: the account whose alarm changed (the hub's updater acts through its spoke role). Absent in single-account mode.
   */
  account?: string;
  /**
   * Organization mode: the Region whose alarm changed. Absent in single-account mode.
   */
  region?: string;
  /**
   * ISO-8601 time of the recalculation
   */
  at: string;
  quota: 'RPM' | 'TPM' | 'OutputTPM';
  quotaCode: string | null;
  alarmName: string;
  oldQuota: number | null;
  newQuota: number | null;
  oldThreshold: number | null;
  newThreshold: number | null;
  thresholdPercent: number;
  /**
   * quota_increased: the quota went up (an approved increase); quota_decreased: it went down; initial_sizing: first sizing (no previous quota known, or the alarm was still unsized); threshold_corrected: same quota, but the alarm's threshold was not quota x percent (reset by a stack update, or the percent changed); quota_removed: the quota no longer exists (RPM on bedrock-runtime), the usage alarm was removed; profiles_changed: the application inference profiles drawing on the model's quota changed (discovered with Bedrock ListInferenceProfiles), so the alarm now sums another set of sources
   */
  reason:
    | 'quota_increased'
    | 'quota_decreased'
    | 'initial_sizing'
    | 'threshold_corrected'
    | 'quota_removed'
    | 'profiles_changed';
  /**
   * One sentence for people: what changed and why.
   */
  detail: string;
  /**
   * What ran the recalculation: deploy (the stack's custom resource), schedule (the periodic run, which finds changed quotas), settings_changed (the runtime settings parameter changed: Parameter Store Change event). Absent in the local simulation and in entries written before it was recorded.
   */
  trigger?: 'deploy' | 'schedule' | 'settings_changed';
}
/**
 * The final state of the simulated account(s), every scenario together (each item names its scenario).
 */
export interface AccountState {
  cases: {
    scenario: string;
    /**
     * The account that holds it (organization scenarios: the member account).
     */
    account?: string;
    /**
     * The Region it was made in.
     */
    region?: string;
    caseId: string;
    displayId: string;
    subject: string;
    /**
     * Support's status: opened, pending-customer-action, resolved, ...
     */
    status: string;
    openedBy: 'workflow' | 'service_quotas' | 'scenario';
    timeCreated: string;
    communications: {
      at: string;
      body: string;
    }[];
  }[];
  quotaRequests: {
    scenario: string;
    /**
     * The account that holds it (organization scenarios: the member account).
     */
    account?: string;
    /**
     * The Region it was made in.
     */
    region?: string;
    requestId: string;
    model: string;
    quota: 'RPM' | 'TPM' | 'OutputTPM';
    quotaCode: string;
    desiredValue: number;
    /**
     * PENDING, CASE_OPENED, APPROVED, DENIED, NOT_APPROVED, INVALID_REQUEST or CASE_CLOSED
     */
    status: string;
    /**
     * The Support case id of the case Service Quotas opened for it (null: none yet).
     */
    caseId: string | null;
    caseDisplayId?: string | null;
  }[];
  emails: {
    scenario: string;
    subject: string;
    body: string;
    attributes: {
      [k: string]: string;
    };
    /**
     * Subscribers whose filter policy accepts the message.
     */
    recipients: string[];
    at: string;
    executionName?: string;
  }[];
}
