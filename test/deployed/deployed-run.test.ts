/**
 * The deployed-artifact tier: the synthesized app (bundles, Environment, roles and policies, definition, rules) runs
 * the seed's six examples and every bundled sample, with IAM enforced, and must give the source-level simulation's
 * results with no denial. Synthesis (bundling included) is cached under node_modules/.cache (synth.ts).
 * The source-level run is `simulate`'s default (its tables in process); the deployed functions' DynamoDB calls go
 * through their bundled SDK to dynalite.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { simulateScenario, type ScenarioRun, type SimulationResult } from '#local/simulate.js';
import { loadScenarioFile } from '#local/scenario-file.js';
import { PROJECT_ROOT } from '#local/project-root.js';
import { DeployedHost, runScenarioDeployed, type DeployedScenarioRun } from '#local/deployed/deployed-run.js';
import { synthesizeApp, type SynthesizedApp } from '#local/deployed/synth.js';
import { readAssembly, type DeployedAssembly } from '#local/deployed/assembly.js';
import { matchesEventPattern } from '#workflow/event-pattern.js';
import type { Scenario } from '#types/generated/scenario.js';

const SAMPLES = join(PROJECT_ROOT, 'samples', 'scenarios');
/**
 * The single-account samples: an organization sample (`accounts`) needs the hub and spoke deployment, which the
 * deployed-artifact organization run covers (its own test), not this single-account synthesis.
 */
const sampleFiles = readdirSync(SAMPLES).filter((f) => f.endsWith('.json') && !('accounts' in (JSON.parse(readFileSync(join(SAMPLES, f), 'utf8')) as object))).sort();

/**
 * What both runs must agree on: per execution that did something (decided, acted on a case, sent an e-mail, or
 * failed), its decision, case action, e-mail and status; and what the simulated account finally holds (e-mails,
 * cases, quota requests).
 *
 * Compared as a multiset, not event by event: an alarm transition delivers the child's and the composite's events
 * at the same instant, and which of the two concurrent executions wins the case claim (the other one is the
 * suppressed duplicate) is a race in AWS too. Executions that did nothing (a suppressed duplicate, an event the
 * rule pattern does not let through) are left out: the source-level run starts every delivered event, the deployed
 * run only what the synthesized rule matches.
 */
/**
 * Execution ARNs (the e-mails' console links) are left out: the state machine's name differs (the template's vs
 * the source-level run's 'ops-alert-local'), and which of an alarm transition's concurrent executions sent the
 * e-mail is the race described above.
 */
const sameMachine = (text: string): string => text.replace(/(execution|stateMachine)(%3A|:)[A-Za-z0-9_-]+((%3A|:)[A-Za-z0-9_.-]+)?/g, '$1$2EXECUTION');
const didSomething = (r: SimulationResult): boolean =>
  r.execution.status !== 'SUCCEEDED' || r.notification.sent || !['none', 'suppressed'].includes(r.caseAction.action);
const comparable = (run: ScenarioRun): Record<string, unknown> => ({
  executions: run.results.filter(didSomething).map((r) => sameMachine(JSON.stringify({
    status: r.execution.status, outcome: r.execution.outcome, decision: r.decision, caseAction: r.caseAction,
    email: r.notification.sent ? { subject: r.notification.subject, body: r.notification.body, recipients: r.notification.recipients } : null,
  }))).sort(),
  account: {
    emails: run.account.emails.map((e) => sameMachine(JSON.stringify({ subject: e.subject, body: e.body, recipients: e.recipients }))).sort(),
    cases: run.account.cases.map((c) => sameMachine(JSON.stringify({ subject: c.subject, status: c.status, communications: c.communications.map((m) => m.body) }))).sort(),
    requests: run.account.requests.map((q) => JSON.stringify({ quotaCode: q.quotaCode, desiredValue: q.desiredValue, status: q.status })).sort(),
  },
});

let app: SynthesizedApp;
let host: DeployedHost;

beforeAll(async () => {
  app = await synthesizeApp();
  host = await DeployedHost.start();
}, 600_000);

afterAll(async () => {
  await host?.close();
  app?.dispose();
});

describe('deployed-artifact run: seed examples and samples', () => {
  const runs = new Map<string, DeployedScenarioRun>();

  it.each(sampleFiles)('%s gives the source-level results', async (file) => {
    const { name, scenario } = loadScenarioFile(join(SAMPLES, file));
    const source = await simulateScenario(name, structuredClone(scenario));
    const deployed = await runScenarioDeployed(name, structuredClone(scenario), { app, host });
    runs.set(file, deployed);
    expect(comparable(deployed)).toEqual(comparable(source));
  }, 120_000);

  it('the discovered profiles (sample 13): the bundles sum what the usage alarm sums, in one GetMetricData', () => {
    const run = runs.get('13-discovered-profiles-summed-peak.json');
    expect(run?.results.find((r) => r.decision)?.decision).toMatchObject({ scenario: 'high_usage' });
    expect(run?.account.calls.get('CloudWatch.GetMetricData')).toBe(1);
    expect(run?.account.emails[0]?.body).toContain('Peak TPM: 2,100,000');
  });

  // Depends on the IAM grants of issue 10 §2 (branch h1): until they are merged the bundles are denied calls.
  it('makes no call its role does not allow (0 denials over every sample)', () => {
    expect(runs.size).toBe(sampleFiles.length);
    const denials = [...runs.entries()].flatMap(([file, run]) => run.denials.map((d) => `${file}: ${d.principalArn} ${d.action} on ${d.resource} (${d.result})`));
    expect(denials).toEqual([]);
  });
});

/** Removes one action from every statement of a function's policies. */
const withoutAction = (assembly: DeployedAssembly, logicalIdPrefix: string, action: string): void => {
  const fn = assembly.functions.find((f) => f.logicalId.startsWith(logicalIdPrefix));
  if (!fn) throw new Error(`no function ${logicalIdPrefix}`);
  let removed = 0;
  for (const policy of fn.policies) {
    policy.document.Statement = policy.document.Statement.flatMap((statement) => {
      const actions = ([] as unknown[]).concat(statement.Action ?? []);
      const kept = actions.filter((a) => a !== action);
      removed += actions.length - kept.length;
      if (kept.length === actions.length) return [statement];
      return kept.length > 0 ? [{ ...statement, Action: kept }] : [];
    });
  }
  if (removed === 0) throw new Error(`${logicalIdPrefix} has no ${action} to remove`);
};

describe('deployed-artifact run: IAM and EventBridge as AWS enforces them', () => {
  const seed = (): { name: string; scenario: Scenario } => loadScenarioFile(join(SAMPLES, '02-throttles-high-usage.json'));

  it('a call the role does not allow fails with AccessDeniedException, through the project error mapping', async () => {
    const { name, scenario } = seed();
    const run = await runScenarioDeployed(name, scenario, {
      app, host, mutate: (assembly) => withoutAction(assembly, 'StepsResolveChildAlarms', 'ssm:GetParameter'),
    });
    expect(run.denials).toContainEqual(expect.objectContaining({ functionId: expect.stringMatching(/^StepsResolveChildAlarms/), action: 'ssm:GetParameter' }));
    const first = run.results[0]!;
    expect(first.execution.status).toBe('FAILED');
    expect(first.execution.failedState).toBe('ResolveChildAlarms');
    // The bundle's AWS error mapping wrapped the SDK error: its message names the AWS error and the IAM hint.
    expect(first.execution.cause).toMatch(/SSM\.GetParameter failed with AccessDeniedException/);
    expect(first.execution.cause).toMatch(/IAM role allows this action/);
  }, 120_000);

  it('an event the rule pattern does not match starts nothing', async () => {
    const event = JSON.parse(readFileSync(join(PROJECT_ROOT, 'samples/events/metric-alarm-state-change.json'), 'utf8')) as Record<string, unknown> & { detail: Record<string, unknown> };
    const foreign = { ...event, detail: { ...event.detail, alarmName: 'SomeoneElse-Bedrock-Throttles-Critical-G-Opus-4-6' } };
    const { name, scenario } = seed();
    const run = await runScenarioDeployed(name, { ...scenario, events: [foreign as never] }, { app, host });
    expect(run.counters.ruleMatches).toBe(0);
    expect(run.counters.executionsStarted).toBe(0);
    expect(run.counters.invocations).toEqual({});
    expect(run.results[0]?.caseAction).toEqual({ action: 'none', reason: 'not_matched' });
  }, 120_000);

  it('the synthesized alarm rule pattern: source, ALARM only, not the composite, as EventBridge matches them', () => {
    const assembly = readAssembly(app.dir, app.coreTemplate, { account: '123456789012', region: 'us-east-1' });
    const rule = assembly.rules.find((r) => JSON.stringify(r.eventPattern ?? {}).includes('aws.cloudwatch'));
    expect(rule?.eventPattern).toBeDefined();
    const event = JSON.parse(readFileSync(join(PROJECT_ROOT, 'samples/events/metric-alarm-state-change.json'), 'utf8')) as { detail: Record<string, unknown> & { state: Record<string, unknown> } };
    expect(matchesEventPattern(rule!.eventPattern!, event)).toBe(true);
    expect(matchesEventPattern(rule!.eventPattern!, { ...event, source: 'aws.states' })).toBe(false);
    expect(matchesEventPattern(rule!.eventPattern!, { ...event, detail: { ...event.detail, state: { ...event.detail.state, value: 'OK' } } })).toBe(false);
    const configuration = { ...(event.detail.configuration as Record<string, unknown>), alarmRule: 'ALARM(a) OR ALARM(b)' };
    expect(matchesEventPattern(rule!.eventPattern!, { ...event, detail: { ...event.detail, configuration } })).toBe(false);
  });
});
