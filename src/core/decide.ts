/** The usage-validated scenario decision (the seed's decision tree) and the quota increases it leads to. */
import { QUOTA_KEYS, QUOTA_LABELS, type QuotaName } from './catalogue.js';
import type { Classification } from './classify.js';
import type { CaseType, ModelQuotas, Scenario, Severity } from './model.js';
import { requestedQuotaValue, thresholdFor } from './quota-math.js';
import { n as fmt } from './number-format.js';
import type { UsageSummary } from './usage.js';

export interface QuotaPolicy {
  rpmIncreasePercent: number;
  tpmIncreasePercent: number;
  rpmThresholdPercent: number;
  tpmThresholdPercent: number;
}

export interface QuotaIncrease {
  quota: QuotaName;
  code: string;
  name: string;
  current: number;
  requested: number;
  increasePercent: number;
  /** low_usage: included for the support engineer's reference, not requested now. */
  asReference: boolean;
}

export type NotRequestedReason = 'no_such_quota' | 'zero_increase_percent' | 'not_adjustable';

/** Why a quota incident is treated as a new model. */
export type NewModelBasis = 'no_usage_history' | 'usage_unavailable' | 'quotas_unavailable';

/**
 * What happens next. `quota_increase`: Service Quotas requests (new_model, high_usage). `support_case`: a Support
 * case (non_quota; low_usage with quota details as reference). `none`: a quota incident with nothing requestable.
 */
export type CaseRoute = 'quota_increase' | 'support_case' | 'none';

export interface Decision {
  severity: Severity;
  scenario: Scenario;
  caseType: CaseType;
  route: CaseRoute;
  newModelBasis?: NewModelBasis;
  /** quota × threshold percent per quota; `outputTpm` only for a bedrock-mantle model with an output-tokens quota. */
  thresholds: { rpm?: number; tpm?: number; outputTpm?: number };
  /** `outputTpm`: output tokens per minute, only when the model has an output-tokens quota (bedrock-mantle). */
  peaks?: { rpm: number; tpm: number; outputTpm?: number };
  quotaIncreases: QuotaIncrease[];
  notRequested: { quota: QuotaName; reason: NotRequestedReason }[];
  /** One line saying why, for the console, the case and the e-mail. */
  rationale: string;
}

export interface DecisionInput {
  classification: Classification;
  /** undefined when the quotas could not be read */
  quotas: ModelQuotas | undefined;
  /** undefined when the usage metrics could not be read ("unavailable", distinct from no traffic) */
  usage: UsageSummary | undefined;
  policy: QuotaPolicy;
}


/** The threshold percent and increase percent of a quota (the output-tokens quota is a tokens quota: the TPM ones). */
const percentsOf = (quota: QuotaName, policy: QuotaPolicy): { threshold: number; increase: number } =>
  quota === 'RPM'
    ? { threshold: policy.rpmThresholdPercent, increase: policy.rpmIncreasePercent }
    : { threshold: policy.tpmThresholdPercent, increase: policy.tpmIncreasePercent };

/** The usage peak a quota is compared with: requests, tokens (input tokens on bedrock-mantle) or output tokens. */
const peakOf = (quota: QuotaName, peaks: NonNullable<Decision['peaks']>): number | undefined =>
  quota === 'RPM' ? peaks.rpm : quota === 'TPM' ? peaks.tpm : peaks.outputTpm;

export const decideScenario = ({ classification, quotas, usage, policy }: DecisionInput): Decision => {
  const thresholds: Decision['thresholds'] = {};
  // Only the quotas the model has: the output-tokens quota exists on bedrock-mantle only.
  const known = (['RPM', 'TPM', 'OutputTPM'] as const).filter((quota) => quotas?.[QUOTA_KEYS[quota]] !== undefined);
  for (const quota of known) {
    const value = quotas?.[QUOTA_KEYS[quota]];
    if (value) thresholds[QUOTA_KEYS[quota]] = thresholdFor(value.value, percentsOf(quota, policy).threshold);
  }
  const base = { severity: classification.severity, caseType: classification.caseType, thresholds };
  const peaks = usage
    ? { rpm: usage.peakRpm, tpm: usage.peakTpm, ...(thresholds.outputTpm !== undefined ? { outputTpm: usage.peakOutputTpm ?? 0 } : {}) }
    : undefined;

  if (classification.category === 'non_quota') {
    return {
      ...base, scenario: 'non_quota', route: 'support_case', quotaIncreases: [], notRequested: [],
      ...(peaks ? { peaks } : {}),
      rationale: 'Every alarm that fired is non-quota (server errors or latency): an Investigation Request, no quota increase.',
    };
  }

  let scenario: Scenario;
  let newModelBasis: NewModelBasis | undefined;
  let rationale: string;
  if (!quotas || known.length === 0) {
    scenario = 'new_model';
    newModelBasis = 'quotas_unavailable';
    rationale = 'The quotas (and so the thresholds) could not be retrieved, so usage could not be validated.';
  } else if (!usage) {
    scenario = 'new_model';
    newModelBasis = 'usage_unavailable';
    rationale = 'The usage metrics could not be retrieved, so usage could not be validated.';
  } else if (usage.peakRpm === 0 && usage.peakTpm === 0 && !(usage.peakOutputTpm ?? 0)) {
    scenario = 'new_model';
    newModelBasis = 'no_usage_history';
    rationale = `No usage in the last ${usage.windowDays} days (peak RPM 0, peak TPM 0): a newly deployed model.`;
  } else {
    // Every quota the model has is compared with its own peak; the output-tokens one only where it exists, so a
    // bedrock-runtime model reads exactly as before ("no RPM quota" / "no TPM quota" for the two it may lack).
    const compared = (['RPM', 'TPM', 'OutputTPM'] as const)
      .filter((quota) => quota !== 'OutputTPM' || thresholds.outputTpm !== undefined)
      .map((quota) => {
        const threshold = thresholds[QUOTA_KEYS[quota]];
        const peak = peaks ? peakOf(quota, peaks) ?? 0 : 0;
        const high = threshold !== undefined && peak >= threshold;
        const label = QUOTA_LABELS[quota];
        const text = threshold !== undefined ? `peak ${label} ${fmt(peak)} ${high ? '>=' : '<'} ${label} threshold ${fmt(threshold)}` : `no ${label} quota`;
        return { quota, high, text };
      });
    const first = compared.find((c) => c.high);
    if (first) {
      scenario = 'high_usage';
      rationale = `${first.text}: sustained usage confirms the need.`;
    } else {
      scenario = 'low_usage';
      const texts = compared.map((c) => c.text);
      rationale = `${texts.slice(0, -1).join(', ')} and ${texts[texts.length - 1] ?? ''}: usage suggests a transient event; investigate first.`;
    }
  }

  const asReference = scenario === 'low_usage';
  const quotaIncreases: QuotaIncrease[] = [];
  const notRequested: Decision['notRequested'] = [];
  for (const quota of classification.quotasConcerned) {
    const value = quotas?.[QUOTA_KEYS[quota]];
    const percent = percentsOf(quota, policy).increase;
    if (!value) {
      if (quotas) notRequested.push({ quota, reason: 'no_such_quota' });
      continue;
    }
    const requested = requestedQuotaValue(value.value, percent);
    if (requested === undefined) {
      notRequested.push({ quota, reason: 'zero_increase_percent' });
      continue;
    }
    if (!value.adjustable) {
      notRequested.push({ quota, reason: 'not_adjustable' });
      continue;
    }
    quotaIncreases.push({ quota, code: value.code, name: value.name, current: value.value, requested, increasePercent: percent, asReference });
  }

  let route: CaseRoute;
  if (scenario === 'low_usage') route = 'support_case';
  else if (quotaIncreases.length > 0) route = 'quota_increase';
  else if (newModelBasis === 'quotas_unavailable') route = 'support_case';
  else route = 'none';

  return { ...base, scenario, route, ...(newModelBasis ? { newModelBasis } : {}), ...(peaks ? { peaks } : {}), quotaIncreases, notRequested, rationale };
};
