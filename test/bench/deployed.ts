/**
 * The deployed-artifact run (src/local/deployed): every bundled sample through the synthesized app with IAM enforced.
 * - deployedDenials: calls the functions' roles (or a resource policy) refused, over every sample (target 0);
 * - executionsPerTransition: executions started per child-alarm transition (CloudWatch also emits the composite's
 *   event; target 1);
 * - awsCallsPerIncident: AWS calls of all executions of one incident together (the starter's StartExecution
 *   included), counted where the bundles' SDK calls are intercepted; DynamoDB (ledger, idempotency) apart in
 *   dynamoDbCallsPerIncident. steady = 07 (an open case found, appended), createInvestigation = 06 (ServerErrors),
 *   createQuotaIncrease = 03 (HighTPMQuotaUsage at high usage).
 * - orgAwsCallsPerIncident: the same incidents in organization mode (samples/config/organization.config.json, the
 *   scenario's account a spoke account): the hub's calls plus STS AssumeRole and the calls made with the spoke role;
 *   assumeRolePerAccountPerContainer: the most AssumeRole calls one container made for one account (target 1).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { sampleScenarioFiles } from '#cli/simulate-command.js';
import { compositeAlarmName } from '#core/catalogue.js';
import { runDeployedFiles } from '#local/deployed/run-files.js';
import { DeployedHost, runScenarioDeployed, type DeployedScenarioRun } from '#local/deployed/deployed-run.js';
import { loadScenarioFile } from '#local/scenario-file.js';
import { PROJECT_ROOT } from '#local/project-root.js';
import { synthesizeApp } from '#local/deployed/synth.js';
import type { BenchSection } from './section.js';

const INCIDENTS = { steady: '07-', createInvestigation: '06-', createQuotaIncrease: '03-' } as const;

const sum = (tallies: Record<string, number>): number => Object.values(tallies).reduce((a, b) => a + b, 0);

export const deployed: BenchSection = {
  id: 'deployed',
  name: 'Deployed-artifact run (synthesized bundles, roles and rules; IAM enforced)',
  async run() {
    const synthStarted = performance.now();
    const app = await synthesizeApp();
    console.log(`  synthesis: ${app.cached ? 'cached assembly' : `${(app.synthMs / 1000).toFixed(1)} s (bundling included)`} (${((performance.now() - synthStarted) / 1000).toFixed(1)} s)`);
    // The single-account samples: an organization sample (`accounts`) needs the hub and spoke deployment; its events
    // from member accounts would not match the single-account rule and would count as transitions that start nothing.
    const files = sampleScenarioFiles().filter((file) => !('accounts' in (JSON.parse(readFileSync(file, 'utf8')) as object)));
    const started = performance.now();
    const runs = await runDeployedFiles(files);
    const seconds = (performance.now() - started) / 1000;
    const byFile = new Map<string, DeployedScenarioRun>(files.map((f, i) => [basename(f), runs[i]!]));
    const denials = runs.reduce((n, r) => n + r.denials.length, 0);
    for (const run of runs) for (const d of run.denials) console.log(`  DENIED ${run.name}: ${d.principalArn} ${d.action} on ${d.resource}`);
    const started1 = runs.reduce((n, r) => n + r.counters.executionsStarted, 0);
    // Child-alarm ALARM transitions: the delivered events about a model's own alarms entering ALARM (not its composite,
    // not a return to OK, which starts nothing by design).
    const transitions = runs.reduce((n, r) => {
      const composites = new Set(r.scenario.models.map((m) => compositeAlarmName(r.scenario.customerName, m.name)));
      return n + r.results.filter((x) => x.event.alarmName && !composites.has(x.event.alarmName) && x.event.state === 'ALARM' && x.event.delivery === 1).length;
    }, 0);
    const perIncident = (pick: (r: DeployedScenarioRun) => Record<string, number>): Record<string, number | null> =>
      Object.fromEntries(Object.entries(INCIDENTS).map(([key, prefix]) => {
        const run = [...byFile.entries()].find(([file]) => file.startsWith(prefix))?.[1];
        return [key, run ? sum(pick(run)) : null];
      }));
    const awsCallsPerIncident = perIncident((r) => r.counters.awsCalls);
    const dynamoDbCallsPerIncident = perIncident((r) => r.counters.dynamoDbCalls);
    const executions = runs.reduce((n, r) => n + r.results.length, 0);
    const coldStarts = runs.reduce((n, r) => n + r.counters.coldStarts, 0);
    console.log(`  ${files.length} scenarios, ${executions} deliveries, ${started1} executions started, ${coldStarts} cold starts in ${seconds.toFixed(1)} s; ${denials} denied call(s)`);
    console.log(`  executions per alarm transition: ${started1} / ${transitions}`);
    console.log(`  AWS calls per incident: ${JSON.stringify(awsCallsPerIncident)}; DynamoDB apart: ${JSON.stringify(dynamoDbCallsPerIncident)}`);
    for (const [key, prefix] of Object.entries(INCIDENTS)) {
      const run = [...byFile.entries()].find(([file]) => file.startsWith(prefix))?.[1];
      if (!run) continue;
      console.log(`  ${key} (${run.name}), calls by function:`);
      for (const [fn, calls] of Object.entries(run.counters.callsByFunction)) {
        console.log(`    ${fn.padEnd(40)} ${Object.entries(calls).map(([call, n]) => `${call} ${n}`).join(', ')}`);
      }
    }
    // Organization mode: the same incidents, the scenario's account a spoke account of the sample organization.
    const orgApp = await synthesizeApp({ configPath: join(PROJECT_ROOT, 'samples', 'config', 'organization.config.json') });
    const host = await DeployedHost.start();
    const orgRuns = new Map<string, DeployedScenarioRun>();
    try {
      for (const [key, prefix] of Object.entries(INCIDENTS)) {
        const file = files.find((f) => basename(f).startsWith(prefix));
        if (!file) continue;
        const { name, scenario } = loadScenarioFile(file);
        orgRuns.set(key, await runScenarioDeployed(name, { ...scenario, account: '222222222222', region: 'us-west-2' }, { app: orgApp, host }));
      }
    } finally {
      await host.close();
    }
    const orgAwsCallsPerIncident = Object.fromEntries(Object.keys(INCIDENTS).map((key) => [key, orgRuns.has(key) ? sum(orgRuns.get(key)!.counters.awsCalls) : null]));
    const orgDenials = [...orgRuns.values()].reduce((n, r) => n + r.denials.length, 0);
    const perContainer = [...orgRuns.values()].flatMap((r) => Object.values(r.counters.assumeRolesByContainer).flatMap((byAccount) => Object.values(byAccount)));
    const assumeRolePerAccountPerContainer = perContainer.length > 0 ? Math.max(...perContainer) : null;
    console.log(`  organization mode: AWS calls per incident (STS included): ${JSON.stringify(orgAwsCallsPerIncident)}; ${orgDenials} denied call(s)`);
    for (const [key, run] of orgRuns) {
      console.log(`    ${key}: STS.AssumeRole ${run.counters.awsCalls['STS.AssumeRole'] ?? 0}, in ${Object.keys(run.counters.assumeRolesByContainer).length} container(s); by principal:`);
      for (const [principal, calls] of Object.entries(run.counters.callsByPrincipal)) {
        console.log(`      ${principal.padEnd(60)} ${Object.entries(calls).map(([call, n]) => `${call} ${n}`).join(', ')}`);
      }
    }
    console.log(`  AssumeRole per account per container (max): ${assumeRolePerAccountPerContainer}`);
    return {
      orgAwsCallsPerIncident,
      assumeRolePerAccountPerContainer,
      orgDeployedDenials: orgDenials,
      deployedDenials: denials,
      executionsPerTransition: transitions > 0 ? Math.round((started1 / transitions) * 100) / 100 : null,
      awsCallsPerIncident,
      dynamoDbCallsPerIncident,
      deployedSeconds: Math.round(seconds * 10) / 10,
    };
  },
};
