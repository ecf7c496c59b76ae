/** The seed's six worked examples are acceptance tests: exact numbers, through `ops-alert simulate --json`. */
import { validateSimulationOutput } from '#workflow/validate.js';
import type { SimulationOutput } from '#types/generated/simulation-output.js';
import { cli } from '../cli/run-cli.js';

type Result = SimulationOutput['results'][number];
let results: Result[];

beforeAll(async () => {
  const { status, stdout, stderr } = await cli('simulate', '--samples', '--json');
  expect([status, stderr]).toEqual([0, '']);
  results = validateSimulationOutput(JSON.parse(stdout)).results;
});

/** The execution of the scenario that acted (the composite's event for the same incident ends as a duplicate). */
const acting = (scenario: string): Result => {
  const found = results.find((r) => r.scenario === scenario && r.caseAction.action !== 'suppressed');
  if (!found) throw new Error(`no acting result for ${scenario}`);
  return found;
};

describe('seed worked examples through ops-alert simulate --json', () => {
  it('prints only JSON that matches schemas/simulation-output.schema.json', () => {
    expect(results.length).toBeGreaterThanOrEqual(16);
    expect(results.every((r) => r.execution.status === 'SUCCEEDED')).toBe(true);
  });

  it('InputTokenAnomaly on a new model: new_model, TPM only 500,000 -> 625,000', () => {
    const r = acting('01-input-token-anomaly-new-model');
    expect(r.decision).toMatchObject({ severity: 'WARNING', scenario: 'new_model', caseType: 'Quota Request', newModelBasis: 'no_usage_history' });
    expect(r.decision?.quotaIncreases).toEqual([{ quota: 'TPM', code: 'L-3DCCFAA4', current: 500000, requested: 625000, asReference: false }]);
    expect(r.caseAction).toMatchObject({ action: 'created', via: 'service_quotas' });
    expect(r.notification.subject).toBe('🟡 [WARNING] Acme - Bedrock Ops Alert - G-Opus-4-6 - Quota Request');
  });

  it('Throttles with peak RPM 9,500 >= 8,000: high_usage, RPM 10,000 -> 12,500 and TPM 6,250,000 -> 7,812,500', () => {
    const r = acting('02-throttles-high-usage');
    expect(r.decision).toMatchObject({ severity: 'CRITICAL', scenario: 'high_usage', caseType: 'Quota Request', thresholds: { rpm: 8000, tpm: 5000000 }, peaks: { rpm: 9500, tpm: 3000000 } });
    expect(r.decision?.quotaIncreases.map((q) => [q.quota, q.current, q.requested, q.asReference])).toEqual([['RPM', 10000, 12500, false], ['TPM', 6250000, 7812500, false]]);
    expect(r.caseAction.body).toContain('expedited processing is appreciated');
    expect(r.notification.subject).toBe('🔴 [CRITICAL] Acme - Bedrock Ops Alert - G-Opus-4-6 - Quota Request');
  });

  it('HighTPMQuotaUsage with peak TPM 210,000 >= 160,000: high_usage, TPM only 200,000 -> 250,000', () => {
    const r = acting('03-high-tpm-quota-usage-high-usage');
    expect(r.decision).toMatchObject({ severity: 'WARNING', scenario: 'high_usage', thresholds: { rpm: 160, tpm: 160000 }, peaks: { rpm: 150, tpm: 210000 } });
    expect(r.decision?.quotaIncreases.map((q) => [q.quota, q.current, q.requested])).toEqual([['TPM', 200000, 250000]]);
  });

  it('InvocationAnomaly with peaks 5,578 / 3,404,691 below 8,000 / 5,000,000: low_usage, RPM as reference (10,001 rounded up to 12,502)', () => {
    const r = acting('04-invocation-anomaly-low-usage');
    expect(r.decision).toMatchObject({ scenario: 'low_usage', caseType: 'Quota Request', thresholds: { rpm: 8000, tpm: 5000000 }, peaks: { rpm: 5578, tpm: 3404691 } });
    expect(r.decision?.quotaIncreases).toEqual([{ quota: 'RPM', code: 'L-3DD46812', current: 10001, requested: 12502, asReference: true }]);
    expect(r.caseAction).toMatchObject({ action: 'created', via: 'support' });
    expect(r.caseAction.body).toContain('for reference, pending investigation');
  });

  it('ClientErrors with peaks 50 / 80,000 below 160 / 160,000: CRITICAL low_usage, RPM and TPM as reference', () => {
    const r = acting('05-client-errors-low-usage');
    expect(r.decision).toMatchObject({ severity: 'CRITICAL', scenario: 'low_usage', thresholds: { rpm: 160, tpm: 160000 }, peaks: { rpm: 50, tpm: 80000 } });
    expect(r.decision?.quotaIncreases.map((q) => [q.quota, q.current, q.requested, q.asReference])).toEqual([['RPM', 200, 250, true], ['TPM', 200000, 250000, true]]);
  });

  it('ServerErrors: non_quota, an Investigation Request case with no quota increase', () => {
    const r = acting('06-server-errors-non-quota');
    expect(r.decision).toMatchObject({ severity: 'CRITICAL', scenario: 'non_quota', caseType: 'Investigation Request', quotaIncreases: [] });
    expect(r.caseAction).toMatchObject({ action: 'created', via: 'support', subject: 'Acme - Bedrock Ops Alert - G-Opus-4-6 - Investigation Request' });
    expect(r.notification.subject).toBe('🔴 [CRITICAL] Acme - Bedrock Ops Alert - G-Opus-4-6 - Investigation Request');
  });

  it('an open Quota Request case is appended to, never duplicated', () => {
    const r = acting('07-append-to-open-case');
    expect(r.caseAction).toMatchObject({ action: 'appended', subject: 'Acme - Bedrock Ops Alert - G-Opus-4-6 - Quota Request' });
    expect(r.caseAction.body).toMatch(/^Amazon Bedrock Ops Alert - Automated Update/);
    expect(r.caseAction.body).toContain('An additional issue has been detected');
    expect(results.filter((x) => x.scenario === '07-append-to-open-case' && x.caseAction.action === 'created')).toHaveLength(0);
  });

  it('an open Quota Request case does not block an Investigation Request; a later latency alarm appends to it', () => {
    const runs = results.filter((x) => x.scenario === '08-investigation-case-then-latency' && x.caseAction.action !== 'suppressed' && x.caseAction.reason !== 'not_matched');
    expect(runs.map((x) => x.caseAction.action)).toEqual(['created', 'appended']);
    expect(runs[0]?.caseAction.caseId).toBe(runs[1]?.caseAction.caseId);
    expect(runs[0]?.notification.recipients).toEqual(['oncall@example.com']);
  });

  it('one execution per alarm transition: the composite\'s event and OK transitions start none (the rule\'s pattern)', () => {
    const composite = results.filter((r) => r.event.alarmName.includes('QuotaHealth-Composite'));
    expect(composite.length).toBeGreaterThanOrEqual(8);
    expect(composite.filter((r) => r.caseAction.reason !== 'not_matched' || r.execution.states.length > 0)).toEqual([]);
    const executions = results.filter((r) => r.execution.states.length > 0).map((r) => `${r.scenario}/${r.execution.name}`);
    expect(new Set(executions).size).toBe(executions.length);
  });
});
