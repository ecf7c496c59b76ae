/** Classification of the alarms that fired: severity, category, case type and the quotas concerned. */
import { ALARM_CATALOGUE, QUOTA_NAMES, type AlarmKind, type QuotaName } from './catalogue.js';
import type { CaseType, FiredAlarm, Severity } from './model.js';

export interface ClassifiedAlarm extends FiredAlarm {
  severity: 'Critical' | 'Warning';
  category: 'quota' | 'non_quota';
  quotaScope: QuotaName[];
  meaning: string;
}

export interface Classification {
  /** CRITICAL when any critical alarm fired, else WARNING. */
  severity: Severity;
  /** non_quota only when every alarm is non-quota; one quota alarm makes the incident a quota incident. */
  category: 'quota' | 'non_quota';
  caseType: CaseType;
  /** Union of the quota scopes of the quota alarms (RPM-specific → RPM, TPM-specific → TPM, Throttles/ClientErrors → both, HighOutputTPMQuotaUsage → OutputTPM). */
  quotasConcerned: QuotaName[];
  /** Every alarm counts, critical and warning alike (the original dropped the warnings when a critical was present). */
  alarms: ClassifiedAlarm[];
}

export const classifyAlarms = (fired: readonly FiredAlarm[]): Classification => {
  if (fired.length === 0) throw new RangeError('classifyAlarms needs at least one alarm in ALARM');
  const alarms: ClassifiedAlarm[] = [...fired]
    .sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || a.name.localeCompare(b.name))
    .map((alarm) => {
      const spec = ALARM_CATALOGUE[alarm.kind];
      return { ...alarm, severity: spec.severity, category: spec.category, quotaScope: [...spec.quotaScope], meaning: spec.meaning };
    });
  const severity: Severity = alarms.some((a) => a.severity === 'Critical') ? 'CRITICAL' : 'WARNING';
  const category = alarms.some((a) => a.category === 'quota') ? 'quota' : 'non_quota';
  const concerned = new Set(alarms.flatMap((a) => a.quotaScope));
  return {
    severity,
    category,
    caseType: category === 'quota' ? 'Quota Request' : 'Investigation Request',
    quotasConcerned: QUOTA_NAMES.filter((q) => concerned.has(q)),
    alarms,
  };
};

const kindOrder = (kind: AlarmKind): number => Object.keys(ALARM_CATALOGUE).indexOf(kind);
