/**
 * The organization storm (issue 13): the stress storm's events spread over 3 accounts x 2 Regions x 20 models, each
 * step acting in its incident's account through the simulated STS, against the single-account storm of the same
 * number of events. Duplicates are counted per account and Region from what the members finally hold; STS calls from
 * the sandbox's counter (at most one AssumeRole per account per container lifetime is the target).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alarmName, type AlarmKind } from '#core/catalogue.js';
import { PROJECT_ROOT } from '#local/project-root.js';
import { simulateScenario, type ScenarioRun } from '#local/simulate.js';
import { loadScenarioFile } from '#local/scenario-file.js';
import { inMemoryTables } from '#local/local-tables.js';
import type { Scenario } from '#types/generated/scenario.js';
import { parseScenario } from '#workflow/validate.js';
import type { BenchSection } from './section.js';
import { countStorm, runStorm, stormScenario, STORM_MODELS } from './storm.js';

const EVENTS = Number(process.env.BENCH_ORG_EVENTS ?? 600);
const ACCOUNTS = ['222222222222', '333333333333', '444444444444'];
const REGIONS = ['us-east-1', 'us-west-2'];
const KINDS: AlarmKind[] = ['ClientErrors', 'Throttles', 'HighInvocationRate', 'HighTPMQuotaUsage', 'InvocationAnomaly', 'InputTokenAnomaly', 'OutputTokenAnomaly', 'ServerErrors', 'HighLatency', 'LatencyAnomaly'];

/** N alarm events, every 10th delivered twice, 3 s apart, round-robin over the members, then the models. */
export const organizationStormScenario = (eventCount: number): { scenario: Scenario; deliveries: number } => {
  const template = JSON.parse(readFileSync(join(PROJECT_ROOT, 'samples/events/metric-alarm-state-change.json'), 'utf8'));
  const start = Date.parse('2026-06-01T08:00:00Z');
  const models = Array.from({ length: STORM_MODELS }, (_, m) => ({ name: `Model-${m + 1}`, modelId: `global.anthropic.model-${m + 1}-v1`, quotas: { rpm: 10000, tpm: 6250000 }, usage: { peakRpm: 100, peakTpm: 100000 } }));
  const members = ACCOUNTS.flatMap((account) => REGIONS.map((region) => ({ account, region })));
  const events = Array.from({ length: eventCount }, (_, i) => {
    const { account, region } = members[i % members.length] as { account: string; region: string };
    const model = models[Math.floor(i / members.length) % STORM_MODELS]?.name ?? 'Model-1';
    const kind = KINDS[Math.floor(i / (members.length * STORM_MODELS)) % KINDS.length] as AlarmKind;
    const time = new Date(start + i * 3_000);
    const event = structuredClone(template);
    const name = alarmName('Acme', kind, model);
    event.id = `org-stress-${i}`;
    event.account = account;
    event.region = region;
    event.time = time.toISOString().replace(/\.\d{3}Z$/, 'Z');
    event.resources = [`arn:aws:cloudwatch:${region}:${account}:alarm:${name}`];
    event.detail.alarmName = name;
    event.detail.state.timestamp = time.toISOString().replace('Z', '+0000');
    return event;
  });
  const deliveries = events.flatMap((event, i) => (i % 10 === 0 ? [event, event] : [event]));
  const scenario = parseScenario({
    customerName: 'Acme', account: '111111111111', models, settings: { settleWindowSeconds: 60 }, concurrentWithinSeconds: 60, events: deliveries,
    accounts: ACCOUNTS.map((id, a) => ({ id, name: `Team-${a + 1}`, regions: REGIONS.map((region) => ({ region })) })),
  }, 'org-stress');
  return { scenario, deliveries: deliveries.length };
};

/** Duplicates per member (a second case of one subject in one account and Region, an append twice) and e-mails per incident. */
export const countOrganizationStorm = (run: ScenarioRun): { failed: number; casesCreated: number; duplicates: number; incidents: number; assumeRoleCalls: number; maxPerContainerAndAccount: number } => {
  const failed = run.results.filter((r) => r.execution.status !== 'SUCCEEDED').length;
  let duplicates = 0;
  let casesCreated = 0;
  for (const member of run.organization.memberAccounts()) {
    const created = member.cases.filter((c) => c.openedBy === 'workflow');
    casesCreated += created.length;
    duplicates += created.length - new Set(created.map((c) => c.subject)).size;
    const refs = member.cases.flatMap((c) => c.communications.map((m) => /Reference: (\S+)/.exec(m.body)?.[1]).filter(Boolean));
    duplicates += refs.length - new Set(refs).size;
  }
  // E-mails go out from the hub: one per incident (countStorm's rule).
  duplicates += countStorm(run).duplicateEmails;
  const incidents = new Set(run.states.map((s) => (s?.status === 'incident' ? s.classification?.incidentKey : undefined)).filter(Boolean)).size;
  const perContainer = [...run.organization.assumeRoleCountsByContainer().values()].flatMap((m) => [...m.values()]);
  return { failed, casesCreated, duplicates, incidents, assumeRoleCalls: run.organization.assumeRoleCalls.length, maxPerContainerAndAccount: Math.max(0, ...perContainer) };
};

export const organization: BenchSection = {
  id: 'organization',
  name: `Organization storm: ${EVENTS} events over ${ACCOUNTS.length} accounts x ${REGIONS.length} Regions x ${STORM_MODELS} models, against the single-account storm`,
  async run() {
    const single = stormScenario(EVENTS);
    const singleRun = await runStorm(single.scenario);
    const org = organizationStormScenario(EVENTS);
    const orgRun = await runStorm(org.scenario);
    const counts = countOrganizationStorm(orgRun.run);
    const singleCounts = countStorm(singleRun.run);
    const { name, scenario } = loadScenarioFile(join(PROJECT_ROOT, 'samples/scenarios/12-organization-three-accounts.json'));
    const sample = countOrganizationStorm(await simulateScenario(name, scenario, { tables: inMemoryTables() }));
    const orgRate = org.deliveries / orgRun.seconds;
    const singleRate = single.deliveries / singleRun.seconds;
    const stsPerIncident = counts.incidents > 0 ? counts.assumeRoleCalls / counts.incidents : 0;
    console.log(`  single account: ${single.deliveries} deliveries in ${singleRun.seconds.toFixed(2)} s (CPU ${singleRun.cpuSeconds.toFixed(2)} s): ${singleRate.toFixed(1)} events/s, failed ${singleCounts.failed}, duplicates ${singleCounts.duplicates}`);
    console.log(`  organization:   ${org.deliveries} deliveries in ${orgRun.seconds.toFixed(2)} s (CPU ${orgRun.cpuSeconds.toFixed(2)} s): ${orgRate.toFixed(1)} events/s (${(orgRate / singleRate).toFixed(2)} x single), failed ${counts.failed}`);
    console.log(`  cases created ${counts.casesCreated} (${ACCOUNTS.length * REGIONS.length} members x ${STORM_MODELS} models x 2 categories at most); duplicates ${counts.duplicates} (target 0)`);
    console.log(`  STS AssumeRole: ${counts.assumeRoleCalls} calls for ${counts.incidents} incidents = ${stsPerIncident.toFixed(3)} per incident; at most ${counts.maxPerContainerAndAccount} per container and account (target 1)`);
    console.log(`  sample 12 (one incident per account): ${sample.assumeRoleCalls} AssumeRole calls for ${sample.incidents} incidents, at most ${sample.maxPerContainerAndAccount} per container and account`);
    return {
      orgStormEvents: org.deliveries, orgStormSeconds: Math.round(orgRun.seconds * 100) / 100, singleStormSeconds: Math.round(singleRun.seconds * 100) / 100,
      orgStormEventsPerSecond: Math.round(orgRate * 10) / 10, singleStormEventsPerSecond: Math.round(singleRate * 10) / 10,
      orgStormFailed: counts.failed, orgStormDuplicates: counts.duplicates, orgStormCasesCreated: counts.casesCreated,
      stsCallsPerIncident: Math.round(stsPerIncident * 1000) / 1000, stsMaxPerContainerAndAccount: counts.maxPerContainerAndAccount,
      sampleStsCallsPerIncident: sample.incidents > 0 ? Math.round((sample.assumeRoleCalls / sample.incidents) * 1000) / 1000 : 0,
    };
  },
};
