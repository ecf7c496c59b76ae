/**
 * Organization mode in the local simulation: the scenario's accounts and Regions are separate simulated members, each
 * step acts in the incident's member through its container's spoke access (simulated STS), and the hub keeps the
 * e-mails. Everything is counted from what the members finally hold.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidScenarioError } from '#core/errors.js';
import { PROJECT_ROOT } from '#local/project-root.js';
import { accountStateOf, simulateScenario, type ScenarioRun } from '#local/simulate.js';
import { loadScenarioFile } from '#local/scenario-file.js';
import { inMemoryTables } from '#local/local-tables.js';
import { parseScenario } from '#workflow/validate.js';

const SAMPLE = join(PROJECT_ROOT, 'samples/scenarios/12-organization-three-accounts.json');
const metricEvent = JSON.parse(readFileSync(join(PROJECT_ROOT, 'samples/events/metric-alarm-state-change.json'), 'utf8')) as Record<string, unknown>;
const sample = (): Record<string, unknown> => JSON.parse(readFileSync(SAMPLE, 'utf8')) as Record<string, unknown>;

const runSample = async (): Promise<ScenarioRun> => {
  const { name, scenario } = loadScenarioFile(SAMPLE);
  return simulateScenario(name, scenario, { tables: inMemoryTables() });
};

const member = (run: ScenarioRun, account: string, region: string) => {
  const found = run.organization.member({ account, region });
  if (!found) throw new Error(`no member ${account} ${region}`);
  return found;
};

describe('organization scenarios: validation', () => {
  const invalid = (change: (s: Record<string, unknown>) => void): (() => unknown) => () => {
    const scenario = sample();
    change(scenario);
    return parseScenario(scenario, 'org.json');
  };
  const events = (s: Record<string, unknown>) => s.events as Record<string, unknown>[];

  it('accepts the bundled sample', () => {
    const accounts = parseScenario(sample(), 'org.json').accounts;
    // Three listed accounts, and one that joined a spoke OU after the configuration was written.
    expect(accounts?.map((a) => [a.id, a.listed])).toEqual([['222222222222', true], ['333333333333', true], ['444444444444', true], ['555555555555', false]]);
  });

  it.each([
    ['an event for an account outside the organization', (s: Record<string, unknown>) => { events(s)[0]!.account = '999999999999'; }, /events\/0: account 999999999999 is not in the organization/],
    ['an event for a Region the account does not have', (s: Record<string, unknown>) => { events(s)[0]!.region = 'eu-west-1'; }, /events\/0: Region eu-west-1 is not a Region of account 222222222222/],
    ['an account listed twice', (s: Record<string, unknown>) => { (s.accounts as { id: string }[])[1]!.id = '222222222222'; }, /accounts\/1\/id: account 222222222222 is listed twice/],
    ['a Region model that is not a deployment model', (s: Record<string, unknown>) => {
      ((s.accounts as { regions: { models: { name: string }[] }[] }[])[0]!.regions[0]!.models[0]!).name = 'Nope';
    }, /accounts\/0\/regions\/0: model 'Nope' is not one of the deployment's models/],
    ['a fault on a member account\'s call (not simulated per member)', (s: Record<string, unknown>) => { s.faults = [{ api: 'Support.CreateCase', error: 'server' }]; }, /faults\/0: in an organization scenario faults apply to the hub's calls/],
  ])('refuses %s with an InvalidScenarioError', (_what, change, message) => {
    expect(invalid(change)).toThrow(InvalidScenarioError);
    expect(invalid(change)).toThrow(message);
  });

  it('refuses, in a single-account scenario, an event naming another account', () => {
    const scenario = { customerName: 'Acme', models: [{ name: 'M', modelId: 'amazon.nova-pro-v1:0' }], events: [{ model: 'M', alarms: ['Throttles'], at: '2026-06-01T10:00:00Z', account: '222222222222' }] };
    expect(() => parseScenario(scenario, 'single.json')).toThrow(/account 222222222222 is not the scenario's account \(123456789012\)/);
  });

  it('defaults an event without account and Region to the first account and its first Region', async () => {
    const scenario = sample();
    const first = events(scenario)[0]!;
    delete first.account;
    delete first.region;
    scenario.events = [first];
    const run = await simulateScenario('org', parseScenario(scenario, 'org.json'), { tables: inMemoryTables() });
    expect(member(run, '222222222222', 'us-east-1').requests).toHaveLength(1);
  });
});

describe('the bundled organization sample (3 accounts x 2 Regions x 3 models)', () => {
  let run: ScenarioRun;
  beforeAll(async () => {
    run = await runSample();
  });

  it('runs every execution to success', () => {
    expect(run.results.filter((r) => r.execution.outcome === 'incident').map((r) => r.execution.status)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
  });

  it('Payments-Prod: the TPM increase is requested in that account and Region only, with the context on the case AWS opened', () => {
    const payments = member(run, '222222222222', 'us-east-1');
    expect(payments.quotaRequestsState()).toEqual([expect.objectContaining({ model: 'G-Opus-4-6', quota: 'TPM', desiredValue: 7_812_500 })]);
    const quotaCase = payments.cases.find((c) => c.openedBy === 'service_quotas');
    expect(quotaCase?.communications).toHaveLength(1);
    for (const other of run.organization.memberAccounts().filter((m) => m !== payments)) expect(other.requests).toHaveLength(0);
  });

  it('Search-Prod: one Quota Request case (low usage, for reference) in us-west-2, nothing in us-east-1', () => {
    const search = member(run, '333333333333', 'us-west-2');
    expect(search.cases.map((c) => [c.subject, c.openedBy])).toEqual([['Acme - Bedrock Ops Alert - Sonnet-4-5 - Quota Request', 'workflow']]);
    expect(search.cases[0]?.communications[0]?.body).toContain('QUOTA INCREASE DETAILS (for reference');
    expect(member(run, '333333333333', 'us-east-1').cases).toHaveLength(0);
  });

  it('Sandbox (no Support plan): no case, the e-mail says why', () => {
    for (const region of ['us-east-1', 'us-west-2']) expect(member(run, '444444444444', region).cases).toHaveLength(0);
    const email = run.account.emails.find((e) => e.subject.includes('Nova-Pro'));
    expect(email?.body).toContain('No case was opened: this account has no Business, Enterprise On-Ramp or Enterprise Support plan');
  });

  it('the hub holds every e-mail and no case; the final state names each case\'s account and Region', () => {
    expect(run.account.emails).toHaveLength(3);
    expect(run.account.cases).toHaveLength(0);
    const state = accountStateOf([run]);
    expect(state.cases.map((c) => `${c.account} ${c.region} ${c.openedBy}`).sort()).toEqual([
      '222222222222 us-east-1 service_quotas', '333333333333 us-west-2 workflow',
    ]);
  });

  it('e-mails and cases name the account (with its friendly name) and the Region of their incident', () => {
    const where = { 'G-Opus-4-6': 'Account: 222222222222 (Payments-Prod), Region: us-east-1', 'Sonnet-4-5': 'Account: 333333333333 (Search-Prod), Region: us-west-2', 'Nova-Pro': 'Account: 444444444444 (Sandbox), Region: us-east-1' };
    for (const [model, line] of Object.entries(where)) expect(run.account.emails.find((e) => e.attributes.model === model)?.body.split('\n')).toContain(line);
    const caseTexts = (account: string, region: string) => member(run, account, region).cases.flatMap((c) => c.communications.map((m) => m.body));
    expect(caseTexts('222222222222', 'us-east-1')[0]).toMatch(/ACCOUNT: 222222222222 \(Payments-Prod\)\nREGION: us-east-1/);
    expect(caseTexts('333333333333', 'us-west-2')[0]).toMatch(/ACCOUNT: 333333333333 \(Search-Prod\)\nREGION: us-west-2/);
    // The execution runs in the hub: its console link is in the hub's Region, whatever the incident's.
    expect(run.account.emails.find((e) => e.attributes.model === 'Sonnet-4-5')?.body).toContain('Execution: https://us-east-1.console.aws.amazon.com/states/');
  });

  it('assumes each account\'s spoke role at most once per container, and only for the organization\'s accounts', () => {
    const counts = run.organization.assumeRoleCountsByContainer();
    expect(counts.size).toBeGreaterThan(0);
    for (const [, perAccount] of counts) for (const [, n] of perAccount) expect(n).toBe(1);
    expect(new Set(run.organization.assumeRoleCalls.map((c) => c.account))).toEqual(new Set(['222222222222', '333333333333', '444444444444']));
    expect(run.organization.assumeRoleCalls.some((c) => c.refused)).toBe(false);
  });
});

describe('the same alarm in several members at the same instant', () => {
  it('is one incident per member account and Region: none is taken for a duplicate of another', async () => {
    const scenario = sample();
    const at = '2026-06-01T10:00:00Z';
    const members = [['222222222222', 'us-east-1'], ['222222222222', 'us-west-2'], ['333333333333', 'us-west-2']] as const;
    scenario.events = members.map(([account, region]) => ({ account, region, model: 'G-Opus-4-6', alarms: ['Throttles'], at }));
    const run = await simulateScenario('same-instant', parseScenario(scenario, 'same-instant.json'), { tables: inMemoryTables() });
    const incidents = run.results.filter((r) => r.execution.outcome === 'incident');
    expect(incidents.map((r) => r.execution.status)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
    expect(new Set(incidents.map((r) => r.execution.name)).size).toBe(3);
    // Counted from what each member finally holds: each acted on its own incident.
    for (const [account, region] of members) {
      const there = member(run, account, region);
      // One action each: an increase request (AWS opens its case) or a case the workflow opened.
      const actions = there.requests.length + there.cases.filter((c) => c.openedBy === 'workflow').length;
      expect([account, region, actions]).toEqual([account, region, 1]);
    }
    expect(run.account.emails.filter((e) => e.attributes.model === 'G-Opus-4-6')).toHaveLength(3);
  });
});

describe('an event from an account outside the organization', () => {
  it('is refused by STS: the execution fails with its failure e-mail, and no member gets a case or a request', async () => {
    const scenario = sample();
    const outside = structuredClone(metricEvent);
    outside.account = '999999999999';
    outside.resources = ['arn:aws:cloudwatch:us-east-1:999999999999:alarm:Acme-Bedrock-Throttles-Critical-G-Opus-4-6'];
    scenario.events = [outside];
    scenario.expectFailedExecutions = true;
    const run = await simulateScenario('outside', parseScenario(scenario, 'outside.json'), { tables: inMemoryTables() });
    const [result] = run.results;
    expect(result?.execution.status).toBe('FAILED');
    expect(result?.execution.error).toBe('SpokeAccessDeniedError');
    expect(run.organization.assumeRoleCalls.filter((c) => c.refused).map((c) => c.account)).toContain('999999999999');
    const failure = run.account.emails.filter((e) => e.subject.includes('Workflow Failed'));
    expect(failure).toHaveLength(1);
    expect(failure[0]?.body).toContain('Account: 999999999999, Region: us-east-1');
    for (const m of run.organization.memberAccounts()) {
      expect(m.cases).toHaveLength(0);
      expect(m.requests).toHaveLength(0);
    }
  });
});

describe('single-account scenarios', () => {
  it('assume no role: the only member is the hub', async () => {
    const { name, scenario } = loadScenarioFile(join(PROJECT_ROOT, 'samples/scenarios/02-throttles-high-usage.json'));
    const run = await simulateScenario(name, scenario, { tables: inMemoryTables() });
    expect(run.organization.isOrganization).toBe(false);
    expect(run.organization.memberAccounts()).toEqual([run.account]);
    expect(run.organization.assumeRoleCalls).toHaveLength(0);
    expect(run.account.requests.length).toBeGreaterThan(0);
  });
});
