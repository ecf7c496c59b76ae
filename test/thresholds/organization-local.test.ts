/**
 * Organization mode, locally: the hub's threshold updater over the bundled organization sample (3 accounts x 2
 * Regions), through the simulated STS of the organization sandbox: one AssumeRole per account, and each member's
 * usage alarm sized from that member's own quota (they differ per account and Region in the sample).
 */
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { SandboxOrganization } from '#adapters/sandbox/organization.js';
import { alarmName } from '#core/catalogue.js';
import { PROJECT_ROOT } from '#local/runtime.js';
import { loadScenarioFile } from '#local/simulate.js';
import { organizationThresholdUpdate, spokeThresholdAlarms } from '#local/threshold-update.js';

const SAMPLE = join(PROJECT_ROOT, 'samples/scenarios/12-organization-three-accounts.json');
const AT = new Date('2026-06-02T06:00:00Z');

describe('the hub\'s threshold updater on the organization sandbox', () => {
  it('acts in every account x Region through one AssumeRole per account, from each member\'s own quota', async () => {
    const { scenario } = loadScenarioFile(SAMPLE);
    const organization = new SandboxOrganization(scenario);
    const members = organization.memberAccounts();
    expect(members).toHaveLength(6);

    const summary = await organizationThresholdUpdate(organization, AT);

    // One AssumeRole per account from the updater's container, none refused.
    const counts = organization.assumeRoleCountsByContainer().get('UpdateThresholds');
    expect(Object.fromEntries(counts ?? [])).toEqual({ '222222222222': 1, '333333333333': 1, '444444444444': 1 });
    expect(organization.assumeRoleCalls.filter((call) => call.refused)).toEqual([]);
    // Every member's TPM usage alarm is 80% of its own TPM quota (deployed from the configuration's, the same everywhere).
    for (const member of members) {
      for (const model of member.scenario.models) {
        const tpm = (model.quotas as { tpm?: number } | undefined)?.tpm;
        if (tpm === undefined) continue;
        const alarm = spokeThresholdAlarms(member)?.metricAlarms.get(alarmName(scenario.customerName, 'HighTPMQuotaUsage', model.name));
        expect([member.account, member.region, model.name, alarm?.Threshold]).toEqual([member.account, member.region, model.name, tpm * 0.8]);
      }
    }
    // The members whose quotas differ from the configuration's were resized, and only those.
    expect([...new Set(summary.results.filter((r) => r.status === 'updated').map((r) => `${r.account}/${r.region}/${r.model}`))].sort()).toEqual(
      ['222222222222/us-west-2/G-Opus-4-6', '333333333333/us-east-1/Sonnet-4-5'],
    );
    expect(summary.results.every((r) => r.status !== 'failed')).toBe(true);
    expect(new Set(summary.results.map((r) => `${r.account}/${r.region}`)).size).toBe(6);
    // The changes are recorded where they happened.
    for (const entry of summary.history.entries) expect(members.some((m) => m.account === entry.account && m.region === entry.region)).toBe(true);
  });
});
