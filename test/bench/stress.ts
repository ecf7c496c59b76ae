import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alarmName, type AlarmKind } from '../../src/core/catalogue.js';
import { parseScenario } from '../../src/contracts/validate.js';
import { startLocalDynamoDb } from '../../src/local/local-dynamodb.js';
import { PROJECT_ROOT } from '../../src/local/runtime.js';
import { simulateScenario } from '../../src/local/simulate.js';
import type { BenchSection } from './section.js';

const EVENTS = 1000;
const MODELS = 20;
const KINDS: AlarmKind[] = ['ClientErrors', 'Throttles', 'HighInvocationRate', 'HighTPMQuotaUsage', 'InvocationAnomaly', 'InputTokenAnomaly', 'OutputTokenAnomaly', 'ServerErrors', 'HighLatency', 'LatencyAnomaly'];

/**
 * 1,000 alarm events over 20 models through the local engine: bursts of concurrent executions (events within a
 * minute run together, each on its own simulated clock), every 10th event delivered twice. Counts what reached the
 * simulated account and every duplicate: a second case of a (model, category), an append sent twice, a second
 * e-mail for the same incident.
 */
export const stress: BenchSection = {
  name: `Stress: ${EVENTS} events over ${MODELS} models (local engine + dynalite)`,
  async run() {
    const template = JSON.parse(readFileSync(join(PROJECT_ROOT, 'samples/events/metric-alarm-state-change.json'), 'utf8'));
    const start = Date.parse('2026-06-01T08:00:00Z');
    const models = Array.from({ length: MODELS }, (_, m) => ({ name: `Model-${m + 1}`, modelId: `global.anthropic.model-${m + 1}-v1`, quotas: { rpm: 10000, tpm: 6250000 }, usage: { peakRpm: 100, peakTpm: 100000 } }));
    const events = Array.from({ length: EVENTS }, (_, i) => {
      const model = models[i % MODELS]?.name ?? 'Model-1';
      const kind = KINDS[Math.floor(i / MODELS) % KINDS.length] as AlarmKind;
      const time = new Date(start + i * 3_000);
      const event = structuredClone(template);
      const name = alarmName('Acme', kind, model);
      event.id = `stress-${i}`;
      event.time = time.toISOString().replace(/\.\d{3}Z$/, 'Z');
      event.resources = [`arn:aws:cloudwatch:us-east-1:123456789012:alarm:${name}`];
      event.detail.alarmName = name;
      event.detail.state.timestamp = time.toISOString().replace('Z', '+0000');
      return event;
    });
    const deliveries = events.flatMap((event, i) => (i % 10 === 0 ? [event, event] : [event]));
    const scenario = parseScenario({ customerName: 'Acme', models, settings: { settleWindowSeconds: 60 }, concurrentWithinSeconds: 60, events: deliveries }, 'stress');

    const dynamo = await startLocalDynamoDb();
    const started = performance.now();
    const run = await simulateScenario('stress', scenario, { dynamo });
    const seconds = (performance.now() - started) / 1000;
    await dynamo.close();

    const failed = run.results.filter((r) => r.execution.status !== 'SUCCEEDED').length;
    const created = run.account.cases.filter((c) => c.openedBy === 'workflow');
    const casesPerCategory = new Map<string, number>();
    for (const c of created) casesPerCategory.set(c.subject, (casesPerCategory.get(c.subject) ?? 0) + 1);
    const duplicateCases = [...casesPerCategory.values()].reduce((n, count) => n + count - 1, 0);
    const refs = run.account.cases.flatMap((c) => c.communications.map((m) => /Reference: (\S+)/.exec(m.body)?.[1]).filter(Boolean));
    const duplicateAppends = refs.length - new Set(refs).size;
    const incidentOf = new Map(run.records.map((r, i) => [r.name, (run.states[i]?.classification?.incidentKey ?? r.name)]));
    const emails = run.account.emails.filter((e) => !e.subject.includes('Workflow Failed'));
    const emailsPerIncident = new Map<string, number>();
    for (const e of emails) {
      const key = incidentOf.get(e.executionName ?? '') ?? e.executionName ?? '';
      emailsPerIncident.set(key, (emailsPerIncident.get(key) ?? 0) + 1);
    }
    const duplicateEmails = [...emailsPerIncident.values()].reduce((n, count) => n + count - 1, 0);
    const duplicates = duplicateCases + duplicateAppends + duplicateEmails;
    const appends = run.results.filter((r) => r.caseAction.action === 'appended').length;

    console.log(`  ${deliveries.length} deliveries (${EVENTS} events, every 10th twice) -> ${run.results.length} results in ${seconds.toFixed(2)} s`);
    console.log(`  ${(deliveries.length / seconds).toFixed(1)} events/s; failed executions ${failed}`);
    console.log(`  cases created ${created.length} (${MODELS} models x 2 categories at most), appends ${appends}, e-mails ${emails.length}`);
    console.log(`  duplicates: ${duplicates} (cases ${duplicateCases}, appends ${duplicateAppends}, e-mails ${duplicateEmails}); target 0, and 1,000 events in under 30 s`);
    return {
      stressEvents: deliveries.length, stressSeconds: Math.round(seconds * 100) / 100, eventsPerSecond: Math.round((deliveries.length / seconds) * 10) / 10,
      stressFailed: failed, casesCreated: created.length, appends, emails: emails.length, duplicates,
    };
  },
};
