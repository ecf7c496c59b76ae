/**
 * Organization mode, locally: the hub's threshold updater over the bundled organization sample (3 listed accounts
 * and 1 that joined a spoke OU later, x 2 Regions), through the simulated STS of the organization sandbox: one
 * AssumeRole per account, and each member's usage alarm sized from that member's own quota (they differ per account
 * and Region in the sample). The unlisted account is reached through the spoke stack set's instances, which the
 * simulated organization lists (CloudFormation ListStackInstances).
 */
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { SandboxOrganization } from '#adapters/sandbox/organization.js';
import { alarmName } from '#core/catalogue.js';
import { PROJECT_ROOT } from '#local/project-root.js';
import { loadScenarioFile } from '#local/scenario-file.js';
import { organizationThresholdUpdate, spokeThresholdAlarms } from '#local/threshold-update.js';
import type { Scenario } from '#types/generated/scenario.js';

const SAMPLE = join(PROJECT_ROOT, 'samples/scenarios/12-organization-three-accounts.json');
const AT = new Date('2026-06-02T06:00:00Z');
const JOINED = '555555555555';

const opusTpmAlarm = (organization: SandboxOrganization, account: string, region: string): number | undefined => {
  const member = organization.member({ account, region });
  return member && spokeThresholdAlarms(member)?.metricAlarms.get(alarmName('Acme', 'HighTPMQuotaUsage', 'G-Opus-4-6'))?.Threshold;
};

describe('the hub\'s threshold updater on the organization sandbox', () => {
  it('acts in every account x Region, the unlisted one found among the stack instances, through one AssumeRole per account, from each member\'s own quota', async () => {
    const { scenario } = loadScenarioFile(SAMPLE);
    const organization = new SandboxOrganization(scenario);
    const members = organization.memberAccounts();
    expect(members).toHaveLength(8);
    expect(organization.listedAccountIds()).toEqual(['222222222222', '333333333333', '444444444444']);

    const summary = await organizationThresholdUpdate(organization, AT);

    // The stack set's listing added the account the configuration does not list, in both Regions; one call.
    expect(summary.spokeInstances).toMatchObject({
      stackSet: 'Acme-BedrockOpsAlert-Spoke', status: 'listed', instances: 8,
      added: [{ account: JOINED, region: 'us-east-1' }, { account: JOINED, region: 'us-west-2' }], skipped: [],
    });
    expect(organization.hub.calls.get('CloudFormation.ListStackInstances')).toBe(1);
    // One AssumeRole per account from the updater's container, none refused.
    const counts = organization.assumeRoleCountsByContainer().get('UpdateThresholds');
    expect(Object.fromEntries(counts ?? [])).toEqual({ '222222222222': 1, '333333333333': 1, '444444444444': 1, [JOINED]: 1 });
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
    // The members whose quotas differ from the configuration's were resized, and only those: the joined account too.
    expect([...new Set(summary.results.filter((r) => r.status === 'updated').map((r) => `${r.account}/${r.region}/${r.model}`))].sort()).toEqual(
      ['222222222222/us-west-2/G-Opus-4-6', '333333333333/us-east-1/Sonnet-4-5', `${JOINED}/us-east-1/G-Opus-4-6`],
    );
    expect(opusTpmAlarm(organization, JOINED, 'us-east-1')).toBe(2_400_000);
    expect(summary.results.every((r) => r.status !== 'failed')).toBe(true);
    expect(new Set(summary.results.map((r) => `${r.account}/${r.region}`)).size).toBe(8);
    // The changes are recorded where they happened.
    for (const entry of summary.history.entries) expect(members.some((m) => m.account === entry.account && m.region === entry.region)).toBe(true);
  });

  it('a listing CloudFormation refuses leaves the listed accounts acted in, the joined one untouched, and says so by e-mail', async () => {
    const { scenario } = loadScenarioFile(SAMPLE);
    const organization = new SandboxOrganization({ ...scenario, faults: [{ api: 'CloudFormation.ListStackInstances', error: 'throttling' }] } as Scenario);

    const summary = await organizationThresholdUpdate(organization, AT);

    expect(summary.spokeInstances).toMatchObject({ stackSet: 'Acme-BedrockOpsAlert-Spoke', status: 'failed', error: { message: expect.stringMatching(/CloudFormation\.ListStackInstances/) } });
    expect(new Set(summary.results.map((r) => r.account))).toEqual(new Set(['222222222222', '333333333333', '444444444444']));
    expect(opusTpmAlarm(organization, '222222222222', 'us-west-2')).toBe(3_200_000);
    // The joined account was not reached: no AssumeRole, its alarm as the stack set deployed it.
    expect(organization.assumeRoleCalls.filter((call) => call.account === JOINED)).toEqual([]);
    expect(opusTpmAlarm(organization, JOINED, 'us-east-1')).toBeUndefined();
    const warning = summary.notifications.sent.find((m) => m.attributes.scenario === 'spoke_instances_unlisted');
    expect(warning?.subject).toMatch(/Spoke accounts not listed/);
    expect(warning?.body).toMatch(/Acme-BedrockOpsAlert-Spoke[\s\S]*3 account\(s\) the configuration lists/);
    expect((warning?.attributes as { account?: string } | undefined)?.account).toBeUndefined();
  });
});
