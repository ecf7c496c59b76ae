/**
 * The deployed-artifact tier: the synthesized app (bundles, Environment, roles and policies, definition, rules) runs
 * the seed's six examples and every bundled sample, with IAM enforced, and must give the source-level simulation's
 * results with no denial. Synthesis (bundling included) is cached under node_modules/.cache (synth.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadScenarioFile, simulateScenario, type SimulationResult } from '../../src/local/simulate.js';
import { startLocalDynamoDb, type LocalDynamoDb } from '../../src/local/local-dynamodb.js';
import { PROJECT_ROOT } from '../../src/local/runtime.js';
import { runScenarioDeployed, type DeployedScenarioRun } from '../../src/local/deployed/deployed-run.js';
import { synthesizeApp, type SynthesizedApp } from '../../src/local/deployed/synth.js';
import { readAssembly, type DeployedAssembly } from '../../src/local/deployed/assembly.js';
import { matchesEventPattern } from '../../src/local/deployed/event-pattern.js';
import type { Scenario } from '../../src/types/generated/scenario.js';

const SAMPLES = join(PROJECT_ROOT, 'samples', 'scenarios');
const sampleFiles = readdirSync(SAMPLES).filter((f) => f.endsWith('.json')).sort();

/** What both runs must agree on: decision, case action, e-mail, execution status. */
const comparable = (result: SimulationResult): Record<string, unknown> => ({
  event: result.event.label,
  status: result.execution.status,
  outcome: result.execution.outcome,
  decision: result.decision,
  caseAction: result.caseAction,
  email: result.notification.sent
    ? { subject: result.notification.subject, body: result.notification.body, recipients: result.notification.recipients }
    : null,
});

let app: SynthesizedApp;
let dynamo: LocalDynamoDb;

beforeAll(async () => {
  app = synthesizeApp();
  dynamo = await startLocalDynamoDb();
}, 600_000);

afterAll(async () => {
  await dynamo?.close();
  app?.dispose();
});

describe('deployed-artifact run: seed examples and samples', () => {
  const runs = new Map<string, DeployedScenarioRun>();

  it.each(sampleFiles)('%s gives the source-level results', async (file) => {
    const { name, scenario } = loadScenarioFile(join(SAMPLES, file));
    const source = await simulateScenario(name, scenario, { dynamo });
    const deployed = await runScenarioDeployed(name, scenario, { app });
    runs.set(file, deployed);
    expect(deployed.results.map(comparable)).toEqual(source.results.map(comparable));
  }, 120_000);

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
      app, mutate: (assembly) => withoutAction(assembly, 'StepsResolveChildAlarms', 'ssm:GetParameter'),
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
    const run = await runScenarioDeployed(name, { ...scenario, events: [foreign as never] }, { app });
    expect(run.counters.ruleMatches).toBe(0);
    expect(run.counters.executionsStarted).toBe(0);
    expect(run.counters.invocations).toEqual({});
    expect(run.results[0]?.caseAction).toEqual({ action: 'none', reason: 'not_matched' });
  }, 120_000);

  it('the synthesized alarm rule pattern: prefix and actionsSuppressedBy as EventBridge matches them', () => {
    const assembly = readAssembly(app.dir, app.coreTemplate, { account: '123456789012', region: 'us-east-1' });
    const rule = assembly.rules.find((r) => JSON.stringify(r.eventPattern ?? {}).includes('aws.cloudwatch'));
    expect(rule?.eventPattern).toBeDefined();
    const event = JSON.parse(readFileSync(join(PROJECT_ROOT, 'samples/events/metric-alarm-state-change.json'), 'utf8')) as { detail: Record<string, unknown> & { state: Record<string, unknown> } };
    expect(matchesEventPattern(rule!.eventPattern!, event)).toBe(true);
    expect(matchesEventPattern(rule!.eventPattern!, { ...event, source: 'aws.states' })).toBe(false);
    expect(matchesEventPattern(rule!.eventPattern!, { ...event, detail: { ...event.detail, state: { ...event.detail.state, actionsSuppressedBy: 'Alarm' } } })).toBe(false);
  });
});
