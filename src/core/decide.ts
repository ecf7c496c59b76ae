/** The usage-validated scenario decision (the seed's decision tree) and the quota increases it leads to. */
import type { QuotaName } from './catalogue.js';
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
  thresholds: { rpm?: number; tpm?: number };
  peaks?: { rpm: number; tpm: number };
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


export const decideScenario = ({ classification, quotas, usage, policy }: DecisionInput): Decision => {
  const thresholds: Decision['thresholds'] = {};
  if (quotas?.rpm) thresholds.rpm = thresholdFor(quotas.rpm.value, policy.rpmThresholdPercent);
  if (quotas?.tpm) thresholds.tpm = thresholdFor(quotas.tpm.value, policy.tpmThresholdPercent);
  const base = { severity: classification.severity, caseType: classification.caseType, thresholds };

  if (classification.category === 'non_quota') {
    return {
      ...base, scenario: 'non_quota', route: 'support_case', quotaIncreases: [], notRequested: [],
      ...(usage ? { peaks: { rpm: usage.peakRpm, tpm: usage.peakTpm } } : {}),
      rationale: 'Every alarm that fired is non-quota (server errors or latency): an Investigation Request, no quota increase.',
    };
  }

  let scenario: Scenario;
  let newModelBasis: NewModelBasis | undefined;
  let rationale: string;
  const peaks = usage ? { rpm: usage.peakRpm, tpm: usage.peakTpm } : undefined;
  if (!quotas || (thresholds.rpm === undefined && thresholds.tpm === undefined)) {
    scenario = 'new_model';
    newModelBasis = 'quotas_unavailable';
    rationale = 'The quotas (and so the thresholds) could not be retrieved, so usage could not be validated.';
  } else if (!usage) {
    scenario = 'new_model';
    newModelBasis = 'usage_unavailable';
    rationale = 'The usage metrics could not be retrieved, so usage could not be validated.';
  } else if (usage.peakRpm === 0 && usage.peakTpm === 0) {
    scenario = 'new_model';
    newModelBasis = 'no_usage_history';
    rationale = `No usage in the last ${usage.windowDays} days (peak RPM 0, peak TPM 0): a newly deployed model.`;
  } else {
    const rpmHigh = thresholds.rpm !== undefined && usage.peakRpm >= thresholds.rpm;
    const tpmHigh = thresholds.tpm !== undefined && usage.peakTpm >= thresholds.tpm;
    const rpmText = thresholds.rpm !== undefined ? `peak RPM ${fmt(usage.peakRpm)} ${rpmHigh ? '>=' : '<'} RPM threshold ${fmt(thresholds.rpm)}` : 'no RPM quota';
    const tpmText = thresholds.tpm !== undefined ? `peak TPM ${fmt(usage.peakTpm)} ${tpmHigh ? '>=' : '<'} TPM threshold ${fmt(thresholds.tpm)}` : 'no TPM quota';
    if (rpmHigh || tpmHigh) {
      scenario = 'high_usage';
      rationale = `${rpmHigh ? rpmText : tpmText}: sustained usage confirms the need.`;
    } else {
      scenario = 'low_usage';
      rationale = `${rpmText} and ${tpmText}: usage suggests a transient event; investigate first.`;
    }
  }

  const asReference = scenario === 'low_usage';
  const quotaIncreases: QuotaIncrease[] = [];
  const notRequested: Decision['notRequested'] = [];
  for (const quota of classification.quotasConcerned) {
    const value = quota === 'RPM' ? quotas?.rpm : quotas?.tpm;
    const percent = quota === 'RPM' ? policy.rpmIncreasePercent : policy.tpmIncreasePercent;
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
