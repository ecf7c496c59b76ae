/**
 * Organization mode of the deployed-artifact run: the app synthesized from samples/config/organization.config.json
 * (hub core stack + the spoke stack set's template), the bundles assuming the spoke role of the event's account
 * through the simulated STS, whose answer is decided by the spoke template's TRUST policy and the hub role's identity
 * policy; every call made with the returned credentials is checked against the spoke role, in the spoke account.
 *
 * Each denial test has its control: the same request with the one condition loosened is allowed, so the denial is
 * that condition's and the test would fail if the condition went.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { accountStateOf, loadScenarioFile, simulateScenario } from '#local/simulate.js';
import { startLocalDynamoDb, type LocalDynamoDb } from '#local/local-dynamodb.js';
import { PROJECT_ROOT } from '#local/runtime.js';
import { DeployedHost, readOrganization, runScenarioDeployed, type OrganizationRun } from '#local/deployed/deployed-run.js';
import { synthesizeApp, type SynthesizedApp } from '#local/deployed/synth.js';
import type { DeployedFunction, PolicyDocument } from '#local/deployed/assembly.js';
import { IamEnforcer, type AssumeRoleCaller } from '#local/deployed/iam.js';
import { organizationOf, SimulatedSts, type SimulatedRole } from '#local/deployed/sts.js';
import type { Scenario } from '#types/generated/scenario.js';

const CONFIG = join(PROJECT_ROOT, 'samples', 'config', 'organization.config.json');
const SAMPLES = join(PROJECT_ROOT, 'samples', 'scenarios');
const HUB = '111111111111';
const SPOKE = '222222222222';
const ORG = 'o-a1b2c3d4e5';
const SPOKE_ROLE = `arn:aws:iam::${SPOKE}:role/Acme-OpsAlertSpoke`;
const AT = new Date('2026-06-01T10:00:00Z');

let app: SynthesizedApp;
let host: DeployedHost;
let dynamo: LocalDynamoDb;
let world: OrganizationRun;

beforeAll(async () => {
  app = await synthesizeApp({ configPath: CONFIG });
  world = readOrganization(app, { spokeAccounts: [SPOKE] })!;
  dynamo = await startLocalDynamoDb();
  host = await DeployedHost.start();
}, 600_000);

afterAll(async () => {
  await host?.close();
  await dynamo?.close();
  app?.dispose();
});

/** A bundled sample whose account is the spoke's, in the stack set's second Region. */
const spokeScenario = (file: string): { name: string; scenario: Scenario } => {
  const { name, scenario } = loadScenarioFile(join(SAMPLES, file));
  return { name, scenario: { ...scenario, account: SPOKE, region: 'us-west-2' } };
};

const fn = (prefix: string): DeployedFunction => {
  const found = world.hub.functions.find((f) => f.logicalId.startsWith(prefix));
  if (!found) throw new Error(`no function ${prefix}`);
  return found;
};

const callerOf = (role: { roleArn: string; roleName: string; policies: DeployedFunction['policies'] }, account = HUB, organizationId: string | undefined = ORG): AssumeRoleCaller & { id: string } => ({
  id: role.roleName, roleArn: role.roleArn, account, identityPolicies: role.policies,
  sessionArn: `arn:aws:sts::${account}:assumed-role/${role.roleName}/session`, ...(organizationId ? { organizationId } : {}),
});

/** 'Allowed', or the evaluator's denial when STS answered AccessDenied. */
const attempt = async (sts: SimulatedSts, caller: AssumeRoleCaller & { id: string }, roleArn = SPOKE_ROLE): Promise<string> => {
  try {
    await sts.assumeRole(caller, { RoleArn: roleArn, RoleSessionName: 'test-session', DurationSeconds: 3600 }, AT, 'us-east-1');
    return 'Allowed';
  } catch (error) {
    expect((error as Error).name).toBe('AccessDenied');
    return sts.calls.at(-1)!.result;
  }
};

const spokeRole = (roles: SimulatedRole[] = world.roles): SimulatedRole => {
  const role = roles.find((r) => r.arn === SPOKE_ROLE);
  if (!role) throw new Error('the spoke instance in the role Region has no access role');
  return role;
};

/** The spoke role with its trust policy changed (a loosened copy, for the controls). */
const withTrust = (change: (statement: Record<string, unknown>) => void): SimulatedRole => {
  const role = structuredClone(spokeRole());
  for (const statement of statementsOf(role.trustPolicy)) change(statement);
  return role;
};

const statementsOf = (document: { Statement: unknown }): Record<string, unknown>[] =>
  ([] as unknown[]).concat(document.Statement) as Record<string, unknown>[];

const ADMIN_POLICY: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] };
const adminRole = (account: string, path: string): { roleArn: string; roleName: string; policies: DeployedFunction['policies'] } =>
  ({ roleArn: `arn:aws:iam::${account}:role${path}Admin`, roleName: 'Admin', policies: [{ name: 'admin', document: ADMIN_POLICY }] });
const STEP_PATH = '/bedrock-ops-alert/Acme/spoke-access/';

describe('organization mode: what the templates deploy', () => {
  it('the access role exists in the spoke role Region only, trusted by the hub step roles of the organization', () => {
    expect(world.spokes.map((s) => `${s.account}/${s.region}`)).toEqual([`${SPOKE}/us-east-1`, `${SPOKE}/us-west-2`]);
    expect(world.spokes.find((s) => s.region === 'us-west-2')!.roles.map((r) => r.name)).not.toContain('Acme-OpsAlertSpoke');
    expect(JSON.stringify(spokeRole().trustPolicy)).toContain(`arn:aws:iam::${HUB}:role${STEP_PATH}*`);
    expect(fn('StepsFetchQuotas').roleArn).toContain(`:role${STEP_PATH}`);
    expect(fn('EventsToStarterFunction').roleArn).not.toContain(STEP_PATH);
  });
});

describe('organization mode: STS AssumeRole of the spoke role', () => {
  it('(a) a hub step role is allowed', async () => {
    const sts = new SimulatedSts(world.organization, world.roles);
    for (const step of ['StepsClassifyAlarms', 'StepsFetchQuotas', 'StepsFetchUsage', 'StepsFindOpenCase', 'StepsRequestQuotaIncrease', 'StepsCreateSupportCase', 'StepsAppendToCase']) {
      expect([step, await attempt(sts, callerOf(fn(step)))]).toEqual([step, 'Allowed']);
    }
  });

  it('(b) a principal of an account outside the organization is denied, even under the step-role path with sts:AssumeRole on *', async () => {
    const outside = callerOf(adminRole('999999999999', STEP_PATH), '999999999999', 'o-zzzzzzzzzz');
    const sts = new SimulatedSts(organizationOf(ORG, [HUB, SPOKE], { '999999999999': 'o-zzzzzzzzzz' }), world.roles);
    expect(await attempt(sts, outside)).toBe('ImplicitlyDenied');
    // Control: a trust policy open to any principal of any organization lets the same caller in.
    const open = new SimulatedSts(sts.organization, [withTrust((s) => {
      s.Principal = { AWS: '*' };
      delete s.Condition;
    })]);
    expect(await attempt(open, outside)).toBe('Allowed');
  });

  it('(b) the hub\'s own step role is denied once the hub account is not in the organization (aws:PrincipalOrgID)', async () => {
    const step = callerOf(fn('StepsFetchQuotas'), HUB, 'o-zzzzzzzzzz');
    const sts = new SimulatedSts(organizationOf(ORG, [SPOKE], { [HUB]: 'o-zzzzzzzzzz' }), world.roles);
    expect(await attempt(sts, step)).toBe('ImplicitlyDenied');
    const withoutOrgCondition = new SimulatedSts(sts.organization, [withTrust((s) => {
      delete (s.Condition as Record<string, unknown>).StringEquals;
    })]);
    expect(await attempt(withoutOrgCondition, step)).toBe('Allowed');
  });

  it('(c) hub roles that are not step roles are denied: the starter, Notify, NotifyFailure, DecideScenario and an administrator role', async () => {
    const sts = new SimulatedSts(world.organization, world.roles);
    for (const other of ['EventsToStarterFunction', 'StepsNotify', 'StepsNotifyFailure', 'StepsDecideScenario']) {
      expect([other, await attempt(sts, callerOf(fn(other)))]).toEqual([other, 'ImplicitlyDenied']);
    }
    const admin = callerOf(adminRole(HUB, '/'));
    expect(await attempt(sts, admin)).toBe('ImplicitlyDenied');
    // Control: without the aws:PrincipalArn condition (the step-role path) the administrator gets in.
    const withoutPath = new SimulatedSts(world.organization, [withTrust((s) => {
      delete (s.Condition as Record<string, unknown>).ArnLike;
    })]);
    expect(await attempt(withoutPath, admin)).toBe('Allowed');
    // ...and the starter still does not: its own policy grants no sts:AssumeRole.
    expect(await attempt(withoutPath, callerOf(fn('EventsToStarterFunction')))).toBe('ImplicitlyDenied');
  });

  it('a step role cannot assume a role of that name in an account outside the organization, however open its trust (aws:ResourceOrgID)', async () => {
    const foreign = `arn:aws:iam::888888888888:role/Acme-OpsAlertSpoke`;
    const openTrust: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }] };
    const role: SimulatedRole = { arn: foreign, account: '888888888888', name: 'Acme-OpsAlertSpoke', trustPolicy: openTrust, policies: [], maxSessionDurationSeconds: 3600 };
    const step = callerOf(fn('StepsFetchQuotas'));
    expect(await attempt(new SimulatedSts(organizationOf(ORG, [HUB, SPOKE], { '888888888888': 'o-zzzzzzzzzz' }), [role]), step, foreign)).toBe('ImplicitlyDenied');
    // Control: the same role in an account of the organization.
    expect(await attempt(new SimulatedSts(organizationOf(ORG, [HUB, SPOKE, '888888888888']), [role]), step, foreign)).toBe('Allowed');
  });

  it('(d) a spoke session may make the spoke ports\' calls only: nothing outside the spoke role\'s policy', async () => {
    const role = spokeRole();
    const iam = new IamEnforcer({ session: { roleName: role.name, functionName: 'bedrock-ops-alert-FetchQuotas', policies: role.policies, roleArn: role.arn, account: SPOKE } }, { account: SPOKE, region: 'us-west-2', partition: 'aws' });
    const call = (service: string, operation: string, input: Record<string, unknown>, region = 'us-west-2') => iam.authorize('session', { functionId: 'session', service, operation, input, region });
    expect(await call('Support', 'CreateCase', {}, 'us-east-1')).toEqual({ allowed: true });
    expect(await call('Service Quotas', 'GetServiceQuota', { ServiceCode: 'bedrock', QuotaCode: 'L-1' })).toEqual({ allowed: true });
    for (const [service, operation, input] of [
      ['Support', 'ResolveCase', {}],
      ['CloudWatch', 'PutMetricAlarm', { AlarmName: 'OtherTeam-Latency-Alarm' }],
      ['CloudWatch', 'DeleteAlarms', { AlarmNames: ['OtherTeam-Latency-Alarm'] }],
      ['SNS', 'Publish', { TopicArn: `arn:aws:sns:us-west-2:${SPOKE}:anything` }],
      ['SSM', 'GetParameter', { Name: '/ops-alert/settings' }],
      ['Service Quotas', 'GetServiceQuota', { ServiceCode: 'ec2', QuotaCode: 'L-1' }],
    ] as const) {
      const outcome = await call(service, operation, input);
      expect([service, operation, outcome.allowed]).toEqual([service, operation, false]);
      if (!outcome.allowed) expect(outcome.denial.principalArn).toBe(`arn:aws:sts::${SPOKE}:assumed-role/Acme-OpsAlertSpoke/bedrock-ops-alert-FetchQuotas`);
    }
  });
});

describe('organization mode: the deployed run across accounts', () => {
  it('(a) an incident of a spoke account runs with 0 denials, its spoke calls signed by the spoke role, one AssumeRole per account per container', async () => {
    const { name, scenario } = spokeScenario('07-append-to-open-case.json');
    const source = await simulateScenario(name, structuredClone(scenario), { dynamo });
    const run = await runScenarioDeployed(name, structuredClone(scenario), { app, host });
    expect(run.denials).toEqual([]);
    // What the spoke account finally holds is what the source-level run leaves.
    const held = (r: typeof run | typeof source): unknown => ({
      cases: r.account.cases.map((c) => [c.subject, c.communications.length]),
      emails: r.account.emails.map((e) => e.subject),
    });
    expect(held(run)).toEqual(held(source));
    expect(run.results.map((r) => r.caseAction.action)).toContain('appended');
    // Every CloudWatch, Service Quotas and Support call was made by a spoke role session, none by a hub role.
    const spokeServices = /^(CloudWatch|Service Quotas|Support)\./;
    const byPrincipal = Object.entries(run.counters.callsByPrincipal);
    const spokeCalls = byPrincipal.filter(([principal]) => principal.endsWith(`→Acme-OpsAlertSpoke@${SPOKE}`)).flatMap(([, calls]) => Object.keys(calls));
    const hubCalls = byPrincipal.filter(([principal]) => !principal.includes('→')).flatMap(([, calls]) => Object.keys(calls));
    expect(spokeCalls.length).toBeGreaterThan(0);
    expect(spokeCalls.every((call) => spokeServices.test(call))).toBe(true);
    expect(hubCalls.filter((call) => spokeServices.test(call))).toEqual([]);
    expect(run.counters.assumeRoles.length).toBeGreaterThan(0);
    expect(run.counters.assumeRoles.every((c) => c.result === 'Allowed' && c.roleArn === SPOKE_ROLE)).toBe(true);
    const perContainer = Object.values(run.counters.assumeRolesByContainer).flatMap((byAccount) => Object.values(byAccount));
    expect(Math.max(...perContainer)).toBe(1);
  }, 300_000);

  it('the organization sample (3 accounts x 2 Regions) runs with 0 denials and leaves every member as the source-level run does', async () => {
    const { name, scenario } = loadScenarioFile(join(SAMPLES, '12-organization-three-accounts.json'));
    const source = await simulateScenario(name, structuredClone(scenario), { dynamo });
    const run = await runScenarioDeployed(name, structuredClone(scenario), { app, host });
    expect(run.denials).toEqual([]);
    const held = (state: ReturnType<typeof accountStateOf>): unknown => ({
      cases: state.cases.map((c) => `${c.caseId} ${c.subject} ${c.communications.length}`).sort(),
      requests: state.quotaRequests.map((q) => `${q.quotaCode} ${q.desiredValue} ${q.status}`).sort(),
      emails: state.emails.map((e) => e.subject).sort(),
    });
    expect(held(accountStateOf([run]))).toEqual(held(accountStateOf([source])));
    expect(accountStateOf([run]).cases.length).toBeGreaterThan(0);
    // Each member account was reached through its own spoke role, once per container.
    const accounts = new Set(run.counters.assumeRoles.map((c) => c.account));
    expect([...accounts].sort()).toEqual(['222222222222', '333333333333', '444444444444']);
    expect(Math.max(...Object.values(run.counters.assumeRolesByContainer).flatMap((byAccount) => Object.values(byAccount)))).toBe(1);
  }, 300_000);

  it('(c) a step whose role is not under the step-role path is refused the spoke role: the execution fails there', async () => {
    const { name, scenario } = spokeScenario('07-append-to-open-case.json');
    const run = await runScenarioDeployed(name, scenario, {
      app, host,
      mutate: (assembly) => {
        const append = assembly.functions.find((f) => f.logicalId.startsWith('StepsAppendToCase'))!;
        append.roleArn = append.roleArn.replace(STEP_PATH, '/');
      },
    });
    expect(run.denials).toEqual([expect.objectContaining({ functionId: expect.stringMatching(/^StepsAppendToCase/), action: 'sts:AssumeRole', resource: SPOKE_ROLE })]);
    expect(run.results[0]!.execution.status).toBe('FAILED');
    expect(run.results[0]!.execution.failedState).toBe('AppendToCase');
  }, 300_000);

  it('(d) a call the spoke role does not allow is denied to the spoke session (the hub role\'s grants do not count)', async () => {
    const { name, scenario } = spokeScenario('07-append-to-open-case.json');
    const run = await runScenarioDeployed(name, scenario, {
      app, host,
      organization: {
        mutateSpokeRoles: (roles) => {
          for (const policy of spokeRole(roles).policies) {
            for (const statement of statementsOf(policy.document)) {
              statement.Action = ([] as unknown[]).concat(statement.Action).filter((a) => a !== 'support:AddCommunicationToCase');
            }
          }
        },
      },
    });
    expect(run.denials).toContainEqual(expect.objectContaining({
      action: 'support:AddCommunicationToCase', principalArn: `arn:aws:sts::${SPOKE}:assumed-role/Acme-OpsAlertSpoke/bedrock-ops-alert-AppendToCase`,
    }));
    expect(run.results[0]!.execution.status).toBe('FAILED');
  }, 300_000);

  it('(b) an alarm of an account outside the organization never reaches the hub: the bus policy refuses its forwarding role', async () => {
    const { name, scenario } = spokeScenario('07-append-to-open-case.json');
    const run = await runScenarioDeployed(name, scenario, { app, host, organization: { otherOrganizations: { [SPOKE]: 'o-zzzzzzzzzz' } } });
    expect(run.counters.executionsStarted).toBe(0);
    expect(run.denials).toContainEqual(expect.objectContaining({ action: 'events:PutEvents', resource: expect.stringContaining(':event-bus/Acme-BedrockOpsAlert-Organization') }));
  }, 300_000);
});
