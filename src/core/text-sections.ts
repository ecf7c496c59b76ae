/** Text sections shared by the case body (for the support engineer) and the e-mail (for the on-call team). */
import { QUOTA_KEYS, QUOTA_LABELS, type QuotaName } from './catalogue.js';
import type { ClassifiedAlarm } from './classify.js';
import type { Decision } from './decide.js';
import type { UsageSummary } from './usage.js';
import { n } from './number-format.js';
import { oneLine } from './plain-text.js';

export { n };

/**
 * The account an incident happened in, with its friendly name when the settings give one: `222222222222
 * (Payments-Prod)`. Both come from outside (the event, the settings): one line of plain text each.
 */
export const accountLabel = (account: string, name?: string): string =>
  `${oneLine(account, 64)}${name && oneLine(name, 50) ? ` (${oneLine(name, 50)})` : ''}`;

export const alarmLines = (alarms: readonly ClassifiedAlarm[]): string[] =>
  alarms.map((a) => `  - ${oneLine(a.name, 255)} [${oneLine(a.kind, 64)}, ${a.severity.toUpperCase()}, ${a.category === 'quota' ? 'quota' : 'non-quota'}] since ${oneLine(a.since, 64)}: ${oneLine(a.meaning, 300)}`);

export const usageSection = (decision: Decision, usage: UsageSummary | undefined, windowDays: number): string[] => {
  const lines = [`USAGE METRICS (last ${windowDays} days, per minute):`];
  if (!usage) {
    lines.push('  Usage metrics could not be retrieved from CloudWatch (the metrics API failed); usage was not validated.');
    return lines;
  }
  if (usage.activeMinutes === 0) {
    lines.push(`  No invocations in the last ${windowDays} days (no usage history).`);
    return lines;
  }
  const rpmThr = decision.thresholds.rpm;
  const tpmThr = decision.thresholds.tpm;
  lines.push(`  Peak RPM: ${n(usage.peakRpm)}${rpmThr !== undefined ? ` (RPM threshold ${n(rpmThr)})` : ' (the model has no RPM quota)'}`);
  lines.push(`  Peak TPM: ${n(usage.peakTpm)}${tpmThr !== undefined ? ` (TPM threshold ${n(tpmThr)})` : ' (no TPM quota found)'}`);
  const outThr = decision.thresholds.outputTpm;
  if (usage.peakOutputTpm !== undefined) {
    lines.push(`  Peak output TPM: ${n(usage.peakOutputTpm)} output tokens per minute${outThr !== undefined ? ` (output TPM threshold ${n(outThr)})` : ' (no output-tokens quota found)'}`);
  }
  const share = ((usage.activeMinutes / usage.windowMinutes) * 100).toFixed(1);
  lines.push(`  Steady-state RPM: ${n(usage.steadyRpm)}, steady-state TPM: ${n(usage.steadyTpm)} (median per-minute value over the ${n(usage.activeMinutes)} minutes with traffic, ${share}% of the window)`);
  lines.push(`  Average tokens per request: input ${n(usage.avgInputTokensPerRequest)}, output ${n(usage.avgOutputTokensPerRequest)}`);
  lines.push(
    usage.tpmSource === 'estimated'
      ? '  TPM figures are EstimatedTPMQuotaUsage (includes cache writes and output burndown), the unit of the TPM quota.'
      : usage.tpmSource === 'input-tokens'
        ? '  bedrock-mantle endpoint: TPM figures are input tokens per minute (TotalInputTokens), the unit of its "Bedrock Mantle input tokens per minute" quota; output TPM figures are output tokens per minute (TotalOutputTokens), the unit of its "Bedrock Mantle output tokens per minute" quota.'
        : '  TPM figures are input + output tokens of the same minute (EstimatedTPMQuotaUsage had no data): a lower bound.',
  );
  lines.push(...breakdownLines(usage));
  return lines;
};

/** A model with application profiles: the figures above are sums; say which source drove the peak hour. */
const breakdownLines = (usage: UsageSummary): string[] => {
  const breakdown = usage.breakdown;
  if (!breakdown) return [];
  const profiles = breakdown.sources.filter((s) => s.name !== 'direct').length;
  const hour = new Date(breakdown.hour).toISOString().slice(0, 13).replace('T', ' ');
  const top = breakdown.sources[0];
  return [
    `  The figures above are per-minute sums over the model and its ${profiles} application inference profiles (they share its quota).`,
    `  Peak hour ${hour}:00 UTC by source (share of ${breakdown.basis === 'tokens' ? 'estimated tokens' : 'requests'}):`,
    ...breakdown.sources.map((s) => `    - ${s.name}${s.name === 'direct' ? ' (calls to the model itself)' : ` (profile ${s.id})`}: ${s.share}% (${n(s.tokens)} tokens, ${n(s.invocations)} requests)`),
    ...(top && top.share > 0 ? [`  ${top.name} drove the largest share of the peak hour.`] : []),
  ];
};

const QUOTA_LABEL = { RPM: 'Requests per minute (RPM)', TPM: 'Tokens per minute (TPM)', OutputTPM: 'Output tokens per minute (output TPM)' } as const satisfies Record<QuotaName, string>;
const NOT_REQUESTED_TEXT = {
  no_such_quota: 'not requested: the model has no such quota (Bedrock no longer enforces RPM quotas on bedrock-runtime; throttling follows the token quotas)',
  zero_increase_percent: 'not requested: the configured increase percent is 0',
  not_adjustable: 'not requested: the quota is not adjustable',
} as const;

export const quotaSection = (decision: Decision): string[] => {
  if (decision.scenario === 'non_quota') return [];
  const title = decision.scenario === 'low_usage'
    ? 'QUOTA INCREASE DETAILS (for reference, pending investigation; not requested now):'
    : 'QUOTA INCREASE REQUESTS:';
  const lines = [title];
  for (const q of decision.quotaIncreases) {
    lines.push(`  - ${QUOTA_LABEL[q.quota]}: ${oneLine(q.name, 200)} (${oneLine(q.code, 40)})`);
    lines.push(`    current ${n(q.current)} -> requested ${n(q.requested)} (+${q.increasePercent}%)`);
    lines.push(`    Justification: ${justification(decision, q.quota)}`);
  }
  for (const nr of decision.notRequested) lines.push(`  - ${QUOTA_LABEL[nr.quota]}: ${NOT_REQUESTED_TEXT[nr.reason]}`);
  if (decision.quotaIncreases.length === 0 && decision.notRequested.length === 0) lines.push('  None: the quotas could not be retrieved.');
  return lines;
};

const justification = (decision: Decision, quotaName: QuotaName): string => {
  const key = QUOTA_KEYS[quotaName];
  const peak = decision.peaks?.[key];
  const threshold = decision.thresholds[key];
  const quota = QUOTA_LABELS[quotaName];
  switch (decision.scenario) {
    case 'high_usage': {
      if (peak !== undefined && threshold !== undefined && peak >= threshold) {
        return `14-day peak ${quota} ${n(peak)} meets or exceeds the ${quota} threshold ${n(threshold)}: sustained usage confirms the need.`;
      }
      // The rule: sustained load when EITHER peak reaches its threshold; every quota the alarms concern is raised.
      const own = peak !== undefined && threshold !== undefined
        ? `14-day peak ${quota} ${n(peak)} is below the ${quota} threshold ${n(threshold)}`
        : `the ${quota} peak could not be compared with a ${quota} threshold`;
      return `${own}, but the rule counts either peak: ${decision.rationale.replace(/: sustained usage confirms the need\.$/, '')}, so every quota the alarms concern is raised.`;
    }
    case 'new_model':
      return decision.newModelBasis === 'no_usage_history'
        ? 'newly deployed model with no usage history; headroom is needed for the production ramp-up.'
        : `${decision.rationale} Requested so that a real shortage is not left waiting.`;
    default:
      return 'included for reference in case the investigation confirms the need.';
  }
};
