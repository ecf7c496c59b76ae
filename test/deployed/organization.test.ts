/**
 * Organization mode of the deployed-artifact run: the app synthesized from samples/config/organization.config.json
 * (hub core stack + the spoke stack set's template), the bundles assuming the spoke role of the event's account
 * through the simulated STS, whose answer is decided by the spoke template's TRUST policy and the hub role's identity
 * policy; every call made with the returned credentials is checked against the spoke role, in the spoke account.
 *
 * Each denial test has its control: the same request with the one condition loosened is allowed, so the denial is
 * that condition's and the test would fail if the condition went.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import { awsThresholdAlarmsPort } from '#adapters/aws/cloudwatch-ports.js';
import { awsQuotasPort } from '#adapters/aws/service-quotas-ports.js';
import { SpokeCredentials } from '#adapters/aws/spoke-credentials.js';
import { awsStackInstancesPort } from '#adapters/aws/stack-instances.js';
import { SandboxOrganization } from '#adapters/sandbox/organization.js';
import { InMemoryThresholdAlarms, InMemoryThresholdHistory, RecordingThresholdNotifications } from '#adapters/sandbox/thresholds.js';
import { alarmName } from '#core/catalogue.js';
import { parseThresholdDeployment } from '#core/threshold-deployment.js';
import { SandboxAwsApi } from '#local/deployed/aws-api.js';
import type { AwsCall } from '#local/deployed/aws-call.js';
import { THRESHOLD_UPDATER_SESSION } from '#threshold-updater/spoke-ports.js';
import { updateThresholds, type TargetPortsOf } from '#threshold-updater/update.js';
import { accountStateOf, simulateScenario } from '#local/simulate.js';
import { loadScenarioFile } from '#local/scenario-file.js';
import { PROJECT_ROOT } from '#local/project-root.js';
import { DeployedHost, readOrganization, runScenarioDeployed, SIMULATED_MANAGEMENT_ACCOUNT, type OrganizationRun } from '#local/deployed/deployed-run.js';
import { synthesizeApp, type SynthesizedApp } from '#local/deployed/synth.js';
import type { DeployedFunction, PolicyDocument } from '#local/deployed/assembly.js';
import { IamEnforcer, type AssumeRoleCaller, type Denial } from '#local/deployed/iam.js';
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
let world: OrganizationRun;

beforeAll(async () => {
  app = await synthesizeApp({ configPath: CONFIG });
  world = readOrganization(app, { spokeAccounts: [SPOKE] })!;
  host = await DeployedHost.start();
}, 600_000);

afterAll(async () => {
  await host?.close();
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
    const source = await simulateScenario(name, structuredClone(scenario));
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
    const source = await simulateScenario(name, structuredClone(scenario));
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

/**
 * The hub's threshold updater on the synthesized roles, over the organization sample (its fourth account joined a
 * spoke OU and is not in the configuration): its AWS adapters' SDK calls go through the IAM evaluator, as the
 * updater function's role (CloudFormation ListStackInstances in the hub) or as the spoke role session it assumed
 * (the simulated STS decides the AssumeRole), then to the simulated accounts: the hub's CloudFormation answers the
 * spoke stack set's instances, each member's CloudWatch and Service Quotas its alarms and quotas. The settings,
 * history and e-mails are the hub's, in process (their calls are not the subject here).
 */
describe('organization mode: the hub\'s threshold updater lists the spoke stack set and acts in the joined account', () => {
  const JOINED = '555555555555';
  const RUN_AT = new Date('2026-06-02T06:00:00Z');
  const opusTpm = alarmName('Acme', 'HighTPMQuotaUsage', 'G-Opus-4-6');

  const updaterRun = async (mutate?: (updater: DeployedFunction) => void) => {
    const { scenario } = loadScenarioFile(join(SAMPLES, '12-organization-three-accounts.json'));
    const organization = new SandboxOrganization(scenario);
    const deployedWorld = readOrganization(app, { spokeAccounts: organization.accountIds() })!;
    const updater = structuredClone(deployedWorld.hub.functions.find((f) => f.environment.OPS_ALERT_THRESHOLD_HISTORY_TABLE !== undefined)!);
    mutate?.(updater);
    const iam = new IamEnforcer(
      { [updater.logicalId]: { roleName: updater.roleName, functionName: updater.name, policies: updater.policies, managedPolicyArns: updater.managedPolicyArns, roleArn: updater.roleArn } },
      { account: HUB, region: 'us-east-1', partition: 'aws', managementAccount: deployedWorld.managementAccount },
    );
    const sts = new SimulatedSts(deployedWorld.organization, deployedWorld.roles);
    const template = JSON.parse(readFileSync(join(app.dir, app.coreTemplate), 'utf8')) as { Resources: Record<string, { Type: string; Properties: { Deployment?: string } }> };
    const deployment = parseThresholdDeployment(Object.values(template.Resources).find((r) => r.Type === 'Custom::BedrockOpsAlertThresholds')?.Properties.Deployment);
    const { targets: _targets, ...inOneAccount } = deployment;
    const alarms = new Map<string, InMemoryThresholdAlarms>();
    const apis = new Map<string, SandboxAwsApi>();
    const hubApi = new SandboxAwsApi(organization.hub, { spokeStackSet: { ...deployedWorld.spokeStackSet, instances: () => organization.currentStackInstances() } });
    const calls: AwsCall[] = [];
    const denials: Denial[] = [];

    /** Who signs: the updater's role, or the spoke session whose access key the client holds (registered on first use). */
    const principalOf = (accessKeyId: string): string => {
      const session = sts.session(accessKeyId);
      if (!session) return updater.logicalId;
      const id = `${updater.logicalId}→${session.role.name}@${session.role.account}`;
      if (!iam.hasRole(id)) iam.addRole(id, { roleName: session.role.name, functionName: session.sessionName, policies: session.role.policies, roleArn: session.role.arn, account: session.role.account });
      return id;
    };
    /** The simulated account a call reaches: the hub, or the member of the spoke session's account in the client's Region (its alarms as the stack instance created them). */
    const apiOf = (principal: string, region: string): SandboxAwsApi => {
      if (principal === updater.logicalId) return hubApi;
      const key = `${iam.accountOf(principal)}|${region}`;
      let api = apis.get(key);
      if (!api) {
        const member = organization.member({ account: iam.accountOf(principal), region })!;
        const store = InMemoryThresholdAlarms.deployed(inOneAccount);
        member.alarmConfigurations = store;
        alarms.set(key, store);
        api = new SandboxAwsApi(member, { thresholdAlarms: store });
        apis.set(key, api);
      }
      return api;
    };
    const routed = <C extends CloudFormationClient | CloudWatchClient | ServiceQuotasClient>(client: C, service: string, region: string): C => {
      client.middlewareStack.add(
        (_next, context) => async (args) => {
          const credentials = await client.config.credentials();
          const functionId = principalOf(credentials.accessKeyId);
          const call: AwsCall = { functionId, service, operation: context.commandName ?? '', input: JSON.parse(JSON.stringify(args.input)) as Record<string, unknown>, region };
          calls.push(call);
          await iam.assertAllowed(call);
          const output = await apiOf(functionId, region).handle(call);
          return { output: { ...output, $metadata: { httpStatusCode: 200 } }, response: {} };
        },
        { step: 'initialize', name: 'deployedArtifact' },
      );
      return client;
    };
    const caller = { id: updater.logicalId, sessionArn: iam.principalArn(updater.logicalId), roleArn: iam.roleArn(updater.logicalId), account: HUB, identityPolicies: iam.identityPolicies(updater.logicalId), organizationId: ORG };
    const credentials = new SpokeCredentials({
      roleName: 'Acme-OpsAlertSpoke', sessionName: THRESHOLD_UPDATER_SESSION, now: () => RUN_AT.getTime(),
      assume: async (request) => {
        try {
          const output = await sts.assumeRole(caller, { RoleArn: request.roleArn, RoleSessionName: request.sessionName, DurationSeconds: 3600 }, RUN_AT, 'us-east-1') as { Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string; Expiration: Date } };
          return { accessKeyId: output.Credentials.AccessKeyId, secretAccessKey: output.Credentials.SecretAccessKey, sessionToken: output.Credentials.SessionToken, expiration: output.Credentials.Expiration };
        } catch (error) {
          denials.push({ functionId: caller.id, action: 'sts:AssumeRole', resource: request.roleArn, result: 'ImplicitlyDenied', service: 'STS', operation: 'AssumeRole', principalArn: caller.sessionArn });
          throw error;
        }
      },
    });
    const portsOf: TargetPortsOf = async (target) => {
      await credentials.credentialsOf(target.account);
      const where = { region: target.region, credentials: credentials.providerFor(target.account) };
      return {
        quotas: awsQuotasPort({}, routed(new ServiceQuotasClient(where), 'Service Quotas', target.region)),
        alarms: awsThresholdAlarmsPort({}, routed(new CloudWatchClient(where), 'CloudWatch', target.region)),
      };
    };
    const unused = () => Promise.reject(new Error('the hub\'s own quotas and alarms are never used in organization mode'));
    const summary = await updateThresholds(deployment, {
      settings: organization.hub.ports().settings, history: new InMemoryThresholdHistory(), notifications: new RecordingThresholdNotifications(),
      quotas: { getModelQuotas: unused }, alarms: { describe: unused, putMetricAlarm: unused, putCompositeAlarm: unused, deleteAlarms: unused },
      stackInstances: awsStackInstancesPort({}, routed(new CloudFormationClient({ region: 'us-east-1', credentials: { accessKeyId: 'ASIAUPDATER', secretAccessKey: 'local' } }), 'CloudFormation', 'us-east-1')),
    }, RUN_AT, 'schedule', portsOf);
    return { summary, calls, denials: [...iam.denials, ...denials], alarms, deployedWorld };
  };

  it('lists the instances as the delegated administrator with 0 denials, and resizes the joined account\'s alarms through its spoke role', async () => {
    const { summary, calls, denials, alarms, deployedWorld } = await updaterRun();

    expect(denials).toEqual([]);
    expect(deployedWorld.spokeStackSet).toEqual({ name: 'Acme-BedrockOpsAlert-Spoke', callAs: 'DELEGATED_ADMIN' });
    expect(calls.filter((c) => c.service === 'CloudFormation').map((c) => [c.functionId.includes('→'), c.input.CallAs])).toEqual([[false, 'DELEGATED_ADMIN']]);
    expect(summary.spokeInstances).toMatchObject({ status: 'listed', instances: 8, added: [{ account: JOINED, region: 'us-east-1' }, { account: JOINED, region: 'us-west-2' }] });
    // The joined account's quota (3,000,000 TPM in us-east-1) sized its alarm, by its own spoke role session.
    expect(alarms.get(`${JOINED}|us-east-1`)?.metricAlarms.get(opusTpm)?.Threshold).toBe(2_400_000);
    expect(calls.some((c) => c.functionId.endsWith(`→Acme-OpsAlertSpoke@${JOINED}`) && c.operation.startsWith('PutMetricAlarm'))).toBe(true);
    expect(summary.results.find((r) => r.account === JOINED && r.region === 'us-east-1' && r.model === 'G-Opus-4-6')?.status).toBe('updated');
    // (The configuration's quota codes of the other models are not the sample's simulated ones: quota data errors,
    // reported per model, never a denial.)
    expect(summary.results.filter((r) => r.status === 'failed' && r.error?.name !== 'QuotaDataError')).toEqual([]);
  }, 300_000);

  it('a role without cloudformation:ListStackInstances is denied on the management account\'s stack set; the run acts in the listed accounts and reports it', async () => {
    const action = 'cloudformation:ListStackInstances';
    const { summary, denials, alarms } = await updaterRun((updater) => {
      for (const policy of updater.policies) {
        policy.document.Statement = statementsOf(policy.document).filter((st) => !([] as unknown[]).concat(st.Action ?? []).includes(action));
      }
    });

    expect(denials).toEqual([expect.objectContaining({
      action: 'cloudformation:ListStackInstances', resource: expect.stringMatching(new RegExp(`^arn:aws:cloudformation:us-east-1:${SIMULATED_MANAGEMENT_ACCOUNT}:stackset/Acme-BedrockOpsAlert-Spoke:[0-9a-f-]{36}$`)),
    })]);
    expect(summary.spokeInstances).toMatchObject({ status: 'failed', error: { message: expect.stringMatching(/AccessDenied/) } });
    expect(new Set(summary.results.map((r) => r.account))).toEqual(new Set(['222222222222', '333333333333', '444444444444']));
    expect(alarms.has(`${JOINED}|us-east-1`)).toBe(false);
  }, 300_000);

  it('as delegated administrator, a role without organizations:ListDelegatedAdministrators is refused the listing too', async () => {
    const action = 'organizations:ListDelegatedAdministrators';
    const { summary, denials } = await updaterRun((updater) => {
      for (const policy of updater.policies) {
        policy.document.Statement = statementsOf(policy.document).filter((st) => !([] as unknown[]).concat(st.Action ?? []).includes(action));
      }
    });
    expect(denials.map((d) => [d.action, d.resource])).toEqual([[action, '*']]);
    expect(summary.spokeInstances?.status).toBe('failed');
  }, 300_000);
});
