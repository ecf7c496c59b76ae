/**
 * The deployed-artifact run: a scenario replayed through what `cdk deploy` would upload, with IAM enforced.
 *
 * - The synthesized core stack (synth.ts, read by assembly.ts) gives the definition, the bundles, their Environment,
 *   roles and policies, the tables, topics, keys, rules and Lambda permissions, used as they are.
 * - Each delivered alarm event goes through every rule's EventPattern (event-pattern.ts); a match invokes the rule's
 *   target (the starter bundle) if the function's resource policy lets EventBridge invoke it. An event no pattern
 *   matches starts nothing.
 * - The starter's StartExecution (intercepted, IAM-checked) starts the execution on aws-local-stepfunctions running
 *   the template's definition; a second start with the same name answers ExecutionAlreadyExists, as AWS does.
 * - Each Task runs the function its Resource ARN names, in its container (containers.ts). Every AWS call is checked
 *   by the IamEnforcer (iam.ts), then answered by the SandboxAwsApi (aws-api.ts), except DynamoDB: after the check the
 *   bundle's SDK sends it for real to a dynalite holding the template's tables (key schema from the template).
 * - A failed execution's status change event goes through the rules too: the failure rule's target (NotifyFailure).
 *
 * Results have the shape of the source-level simulation's (`simulate --json`), plus the denials and counters.
 */
import { CreateTableCommand, DeleteTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { SandboxAccount } from '#adapters/sandbox/account.js';
import type { SandboxOrganization } from '#adapters/sandbox/organization.js';
import { spokeTargetOf, type SpokeTarget } from '#workflow/organization.js';
import { currentExecutionTime, runAt } from '#adapters/sandbox/virtual-clock.js';
import { executionNameForEvent } from '#core/execution-name.js';
import type { Scenario } from '#types/generated/scenario.js';
import type { AslDefinition } from '../definition.js';
import { LocalWorkflow, type ExecutionRecord } from '../runtime.js';
import { PROJECT_ROOT } from '../project-root.js';
import { notStarted, simulateScenario, type AlarmEventRunner, type Delivery, type ScenarioRun, type SimulationResult } from '../simulate.js';
import { readAssembly, readSpokeInstance, type DeployedAssembly, type DeployedFunction, type DeployedRule, type SpokeInstance } from './assembly.js';
import { SandboxAwsApi, isFunctionCrash, sdkServiceError } from './aws-api.js';
import type { AwsCall } from './aws-call.js';
import { LocalLambdaService, LambdaInvocationError, type CallAnswer, type CallHandler, type ContainerCall, type InvocationContext } from './containers.js';
import { matchesEventPattern } from '#workflow/event-pattern.js';
import { IamEnforcer, accessDeniedError, evaluateEventBridgeTarget, evaluatePutEventsToBus, type Denial, type FunctionRole, type IamResult } from './iam.js';
import { organizationOf, SimulatedSts, type AssumeRoleRecord, type SimulatedOrganization, type SimulatedRole } from './sts.js';
import type { SynthesizedApp } from './synth.js';

export interface DeployedCounters {
  /** Alarm events delivered to EventBridge */
  deliveries: number;
  /** Events a rule pattern matched (per rule target) */
  ruleMatches: number;
  executionsStarted: number;
  /** StartExecution answered ExecutionAlreadyExists */
  duplicateStarts: number;
  /** AWS calls other than DynamoDB, by "Service.Operation" */
  awsCalls: Record<string, number>;
  /** DynamoDB calls (the ledger and the idempotency tables), by operation */
  dynamoDbCalls: Record<string, number>;
  /** The functions' HTTP requests to the DynamoDB (dynalite): each call's attempts, the SDK's own retries included */
  dynamoDbRequests: number;
  /** Every call (DynamoDB included), by calling function (logical id), then by "Service.Operation" */
  callsByFunction: Record<string, Record<string, number>>;
  /** Lambda invocations, by function logical id */
  invocations: Record<string, number>;
  /** Invocations that failed as Lambda reports them to Step Functions, by errorType (Sandbox.Timedout, Lambda.Unknown...) */
  invocationErrors: Record<string, number>;
  coldStarts: number;
  /** Every call by the principal that signed it (the function's logical id, or `FUNCTION→ROLE@ACCOUNT` for an assumed role), then by "Service.Operation" */
  callsByPrincipal: Record<string, Record<string, number>>;
  /** Organization mode: STS AssumeRole calls per container (worker id), then per target account. */
  assumeRolesByContainer: Record<string, Record<string, number>>;
  /** Organization mode: every AssumeRole the simulated STS answered (allowed or not). */
  assumeRoles: AssumeRoleRecord[];
}

export interface DeployedScenarioRun extends ScenarioRun {
  denials: Denial[];
  counters: DeployedCounters;
}

export interface DeployedRunOptions {
  app: SynthesizedApp;
  /** Where the functions run; several scenarios may share one, one at a time. @default a host for this run only */
  host?: DeployedHost;
  /** Print the bundles' logs (with the host made for this run). @default false */
  verbose?: boolean;
  /** Change the extracted assembly before the run (tests: remove a grant, change a pattern). */
  mutate?: (assembly: DeployedAssembly) => void;
  /** @default 50 */
  maxConcurrency?: number;
  /** Containers that fail during a call (tests: Lambda timeouts and crashes, as Step Functions sees them). */
  containerFaults?: ContainerFault[];
  /** Redrive every failed execution once, after all events, as an operator does (`simulate --deployed --redrive`). */
  redrive?: boolean;
  /** The scenario's faults end before the redrive. @default false */
  endFaultsBeforeRedrive?: boolean;
  /** Organization mode (the app was synthesized with an `organization`): the simulated organization around the run. */
  organization?: OrganizationRunOptions;
}

/**
 * Organization mode: the hub (the core template, in the stack set's HubAccount) and the spokes (the stack set's
 * template, one instance per spoke account and stack set Region, its parameters as the hub's stack set passes them).
 * The spoke accounts are the scenario's accounts other than the hub; they and the hub are the organization
 * (the stack set's OrganizationId).
 */
export interface OrganizationRunOptions {
  /** The hub's Region. @default the stack set's first Region */
  hubRegion?: string;
  /** Accounts of other organizations (account → organization id); any account not named is in no organization. */
  otherOrganizations?: Record<string, string>;
  /** Change the spoke roles before the run (tests: loosen or narrow a trust or permission policy). */
  mutateSpokeRoles?: (roles: SimulatedRole[]) => void;
}

/** The credentials of the host's own DynamoDB client (it creates the tables). */
const HOST_ACCESS_KEY = 'LOCALDEPLOYEDHOST';

/** The SDK credentials every container starts with: its function's own role. */
const FUNCTION_ACCESS_KEY = 'ASIALOCALDEPLOYEDRUN';

/**
 * A container that fails while one of its function's AWS calls is under way: the function runs past its Timeout
 * (`hang`: Lambda stops it, Step Functions sees `Sandbox.Timedout`), or its runtime dies (`exit`: the process exits;
 * `unhandledRejection`: a promise rejection nobody handles kills it; both `Lambda.Unknown`). Nothing the bundle
 * could catch: the function's code never sees the failure.
 */
export interface ContainerFault {
  /** The function whose container fails: its logical id starts with this (e.g. 'StepsCreateSupportCase'). */
  functionId: string;
  /** The call, as counted ("Service.Operation" with the SDK's service id, e.g. "Support.CreateCase"); not DynamoDB. */
  call: string;
  kind: 'hang' | 'exit' | 'unhandledRejection';
  /** before: the call never reaches AWS; after: it took effect, then the container fails. @default 'before' */
  phase?: 'before' | 'after';
  /** How many calls fail this way. @default 1 */
  times?: number;
}

/**
 * The Lambda service (containers) and the DynamoDB (dynalite) the deployed functions use. Scenarios run on it one at
 * a time, each as a new deployment: fresh tables (the template's, key schema included), the bundles loaded again.
 */
export class DeployedHost {
  private busy = false;
  /** The functions' HTTP requests dynalite has answered (not the host's own: its tables) */
  dynamoDbRequests = 0;

  private constructor(
    readonly lambda: LocalLambdaService,
    private readonly dynamo: DynamoDBClient,
    private readonly server: { close: (cb: () => void) => void },
  ) {}

  static async start(options: { verbose?: boolean } = {}): Promise<DeployedHost> {
    const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
    const counting: { host?: DeployedHost } = {};
    server.prependListener('request', (request, response) => {
      if (counting.host && !String(request.headers.authorization).includes(`Credential=${HOST_ACCESS_KEY}/`)) counting.host.dynamoDbRequests += 1;
      // No Date header. A container's clock is the simulated time of its invocation (months from this machine's),
      // and the SDK compares it with the Date of every error response: it would take each error (a conditional check
      // that failed: an idempotency record in progress, a case claim) for a clock skew it just corrected and retry it,
      // 4 attempts with backoff, where AWS, whose clock agrees with Lambda's, answers once. Without the header the SDK
      // keeps the container's clock, as with a server that agrees with it.
      response.sendDate = false;
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const dynamo = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: HOST_ACCESS_KEY, secretAccessKey: 'local' } });
    const lambda = new LocalLambdaService({
      nodeModules: join(PROJECT_ROOT, 'node_modules'),
      ...(options.verbose ? { verbose: true } : {}),
      baseEnvironment: {
        AWS_ACCESS_KEY_ID: FUNCTION_ACCESS_KEY, AWS_SECRET_ACCESS_KEY: 'local', AWS_SESSION_TOKEN: 'local',
        AWS_ENDPOINT_URL_DYNAMODB: endpoint, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
    });
    counting.host = new DeployedHost(lambda, dynamo, server);
    return counting.host;
  }

  /** A new deployment of `assembly`: its tables created empty, every container to load its bundle again. */
  async deploy(assembly: DeployedAssembly, onCall: CallHandler): Promise<void> {
    if (this.busy) throw new Error('A deployed host runs one scenario at a time');
    this.busy = true;
    const { TableNames = [] } = await this.dynamo.send(new ListTablesCommand({}));
    await Promise.all(TableNames.map((TableName) => this.dynamo.send(new DeleteTableCommand({ TableName }))));
    await Promise.all(assembly.tables.map((table) => this.dynamo.send(new CreateTableCommand({
      TableName: table.name, BillingMode: 'PAY_PER_REQUEST',
      KeySchema: table.keySchema, AttributeDefinitions: table.attributeDefinitions as never,
    }))));
    this.lambda.newDeployment(onCall);
  }

  done(): void {
    this.busy = false;
  }

  async close(): Promise<void> {
    await this.lambda.close();
    this.dynamo.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** The error the bundle sees, as the SDK would throw it: name, message and the SDK's own properties. */
const errorShape = (error: unknown): Extract<CallAnswer, { ok: false }>['error'] => {
  const e = error as Error & Record<string, unknown>;
  const props: Record<string, unknown> = {};
  for (const key of Object.keys(e)) if (key !== 'name' && key !== 'message' && key !== 'stack') props[key] = e[key];
  return { name: String(e.name ?? 'Error'), message: String(e.message ?? e), props: JSON.parse(JSON.stringify(props)) as Record<string, unknown> };
};

export const runScenarioDeployed = async (name: string, scenario: Scenario, options: DeployedRunOptions): Promise<DeployedScenarioRun> => {
  const host = options.host ?? await DeployedHost.start(options.verbose ? { verbose: true } : {});
  const counters: DeployedCounters = {
    deliveries: 0, ruleMatches: 0, executionsStarted: 0, duplicateStarts: 0, awsCalls: {}, dynamoDbCalls: {}, dynamoDbRequests: 0, callsByFunction: {}, invocations: {}, invocationErrors: {}, coldStarts: 0,
    callsByPrincipal: {}, assumeRolesByContainer: {}, assumeRoles: [],
  };
  let denials: Denial[] = [];
  const requestsBefore = host.dynamoDbRequests;
  try {
    // The source-level workflow's tables, which simulateScenario makes but the deployed functions never use: in
    // process. The bundles' own DynamoDB calls go to the host's dynalite.
    const run = await simulateScenario(name, scenario, {
      ...(options.maxConcurrency ? { maxConcurrency: options.maxConcurrency } : {}),
      ...(options.redrive ? { redrive: true } : {}),
      ...(options.endFaultsBeforeRedrive ? { endFaultsBeforeRedrive: true } : {}),
      alarmEvents: async (account, organization) => {
        const runner = await deployScenario(name, account, options, host, counters, organization);
        denials = runner.denials;
        return runner;
      },
    });
    return { ...run, denials, counters };
  } finally {
    counters.coldStarts = [...host.lambda.coldStarts.values()].reduce((a, b) => a + b, 0);
    counters.dynamoDbRequests = host.dynamoDbRequests - requestsBefore;
    host.done();
    if (!options.host) await host.close();
  }
};

/** The scenario's account as a deployment of the assembly: IAM, the SDK-level account, the engine, the rules. */
const deployScenario = async (
  name: string, account: SandboxAccount, options: DeployedRunOptions, host: DeployedHost, counters: DeployedCounters, members?: SandboxOrganization,
): Promise<AlarmEventRunner & { denials: Denial[] }> => {
  const organization = organizationMode(options, account, members);
  const assembly = organization?.hub ?? readAssembly(options.app.dir, options.app.coreTemplate, { account: account.account, region: account.region });
  options.mutate?.(assembly);
  const hubRegion = organization?.hubRegion ?? account.region;
  const bump = (map: Record<string, number>, key: string): void => {
    map[key] = (map[key] ?? 0) + 1;
  };

  const roles: Record<string, FunctionRole> = Object.fromEntries(assembly.functions.map((fn) => [fn.logicalId, {
    roleName: fn.roleName, functionName: fn.name, policies: fn.policies, managedPolicyArns: fn.managedPolicyArns, roleArn: fn.roleArn,
  }]));
  const topicKeys = Object.fromEntries(assembly.topics.filter((t) => t.kmsKeyArn).map((t) => [t.arn, t.kmsKeyArn!]));
  const keyPolicies = Object.fromEntries(assembly.keys.map((k) => [k.arn, k.policy]));
  const iam = new IamEnforcer(roles, { account: assembly.account, region: hubRegion, partition: 'aws', ...(organization ? { managementAccount: organization.managementAccount } : {}) }, { topicKeys, keyPolicies });
  const sts = new SimulatedSts(organization?.organization ?? organizationOf('', []), organization?.roles ?? []);
  counters.assumeRoles = sts.calls;
  const settingsParameter = assembly.parameters[0]?.name;
  const notificationTopic = assembly.functions.map((fn) => fn.environment.OPS_ALERT_NOTIFICATION_TOPIC_ARN).find(Boolean);
  const apiOptions = { ...(settingsParameter ? { settingsParameterName: settingsParameter } : {}), ...(notificationTopic ? { topicArn: notificationTopic } : {}) };
  // The hub's CloudFormation answers the spoke stack set's instances: every member of the simulated organization.
  const spokeStackSet = organization?.spokeStackSet && members?.isOrganization ? { ...organization.spokeStackSet, instances: () => members.currentStackInstances() } : undefined;
  const api = new SandboxAwsApi(account, { ...apiOptions, ...(spokeStackSet ? { spokeStackSet } : {}) });
  /**
   * Which simulated account answers a call: a spoke session's calls go to the organization's member of the session's
   * account, in the Region of the incident the invocation works on (Support answers in us-east-1 whatever the
   * incident's Region, but its cases are the member's); the function's own calls, to the hub.
   */
  const memberApis = new Map<string, SandboxAwsApi>();
  const apiFor = (principalId: string, call: AwsCall, invocation: InvocationContext): SandboxAwsApi => {
    if (!members?.isOrganization || !principalId.includes('→')) return api;
    const target = { account: iam.accountOf(principalId), region: invocation.target?.account === iam.accountOf(principalId) ? invocation.target.region : call.region };
    const member = members.member(target);
    if (!member) return api;
    const key = `${target.account}|${target.region}`;
    let memberApi = memberApis.get(key);
    if (!memberApi) {
      memberApi = new SandboxAwsApi(member, apiOptions);
      memberApis.set(key, memberApi);
    }
    return memberApi;
  };

  const started = new Map<string, Promise<ExecutionRecord>>();
  /** Which executions each delivery's starter invocation started (by the invocation's request id) */
  const startedBy = new Map<string, string[]>();
  /** The engine (built below: its Task dispatch needs the functions above) */
  const engine: { workflow?: LocalWorkflow } = {};

  const startExecution = (call: ContainerCall['call'], invocation: InvocationContext): CallAnswer => {
    const input = call.input as { stateMachineArn?: string; name?: string; input?: string };
    if (input.stateMachineArn !== assembly.stateMachine.arn) {
      return { ok: false, error: errorShape(sdkServiceError('StateMachineDoesNotExist', `State Machine Does Not Exist: '${String(input.stateMachineArn)}'`, { fault: 'client', status: 400 })) };
    }
    const executionName = input.name ?? `${invocation.requestId}`;
    if (started.has(executionName)) {
      counters.duplicateStarts += 1;
      return { ok: false, error: errorShape(sdkServiceError('ExecutionAlreadyExists', `Execution Already Exists: '${assembly.stateMachine.arn.replace(':stateMachine:', ':execution:')}:${executionName}'`, { fault: 'client', status: 400 })) };
    }
    counters.executionsStarted += 1;
    const executionInput: unknown = JSON.parse(input.input ?? '{}');
    const executionArn = `${assembly.stateMachine.arn.replace(':stateMachine:', ':execution:')}:${executionName}`;
    // What DescribeExecution answers (an abandoned case claim is taken over once its execution has ended).
    account.setExecutionStatus(executionArn, 'RUNNING');
    started.set(executionName, engine.workflow!.run(executionInput, executionName, undefined, invocation.now).then((record) => {
      account.setExecutionStatus(record.arn, record.status);
      return record;
    }));
    startedBy.set(invocation.requestId, [...(startedBy.get(invocation.requestId) ?? []), executionName]);
    return { ok: true, output: { executionArn: `${assembly.stateMachine.arn.replace(':stateMachine:', ':execution:')}:${executionName}`, startDate: invocation.now } };
  };

  const containerFaults = (options.containerFaults ?? []).map((fault) => ({ ...fault, left: fault.times ?? 1 }));
  /** The container fault this call meets, if any (each fires `times` times). */
  const containerFaultOf = (fn: DeployedFunction, callName: string): (typeof containerFaults)[number] | undefined => {
    const fault = containerFaults.find((f) => f.left > 0 && fn.logicalId.startsWith(f.functionId) && f.call === callName);
    if (fault) fault.left -= 1;
    return fault;
  };

  /** The enforcer's principal for a call: the function's role, or the assumed role's session (registered on first use). */
  const principalOf = (fn: DeployedFunction, accessKeyId: string | undefined, now: Date): { id: string } | { error: Error } => {
    if (!accessKeyId || accessKeyId === FUNCTION_ACCESS_KEY) return { id: fn.logicalId };
    const session = sts.session(accessKeyId);
    if (!session) return { error: sdkServiceError('InvalidClientTokenId', 'The security token included in the request is invalid.', { fault: 'client', status: 403 }) };
    if (session.expiration.getTime() <= now.getTime()) return { error: sdkServiceError('ExpiredToken', 'The security token included in the request is expired', { fault: 'client', status: 400 }) };
    const id = `${fn.logicalId}→${session.role.name}@${session.role.account}`;
    if (!iam.hasRole(id)) {
      iam.addRole(id, { roleName: session.role.name, functionName: session.sessionName, policies: session.role.policies, roleArn: session.role.arn, account: session.role.account });
    }
    return { id };
  };

  /** STS AssumeRole: the target role's trust policy and the caller's identity policies decide (sts.ts). */
  const assumeRole = async (callerId: string, call: AwsCall, invocation: InvocationContext): Promise<CallAnswer> => {
    const roleArn = String(call.input.RoleArn ?? '');
    const target = roleArn.split(':')[4] ?? '';
    bump(counters.assumeRolesByContainer[String(invocation.containerId ?? 0)] ??= {}, target);
    const callerAccount = iam.accountOf(callerId);
    const callerOrganization = sts.organization.organizationOf(callerAccount);
    try {
      const output = await sts.assumeRole({
        id: callerId, sessionArn: iam.principalArn(callerId), roleArn: iam.roleArn(callerId), account: callerAccount,
        identityPolicies: iam.identityPolicies(callerId), ...(callerOrganization ? { organizationId: callerOrganization } : {}),
      }, call.input, invocation.now, call.region);
      return { ok: true, output };
    } catch (error) {
      const result = sts.calls.at(-1);
      if (result && result.result !== 'Allowed') {
        iam.denials.push({ functionId: callerId, action: 'sts:AssumeRole', resource: roleArn, result: result.result as Exclude<IamResult, 'Allowed'>, service: 'STS', operation: 'AssumeRole', principalArn: iam.principalArn(callerId) });
      }
      return { ok: false, error: errorShape(error) };
    }
  };

  const onCall = async (fn: DeployedFunction, message: ContainerCall, invocation: InvocationContext): Promise<CallAnswer> => {
    const call = { functionId: fn.logicalId, ...message.call };
    const callName = `${call.service}.${call.operation}`;
    if (call.service === 'DynamoDB') bump(counters.dynamoDbCalls, call.operation);
    else bump(counters.awsCalls, callName);
    bump(counters.callsByFunction[fn.logicalId] ??= {}, callName);
    // Who signs the call: the function's role, or a role session STS gave it (organization mode: a spoke role).
    const principal = principalOf(fn, call.accessKeyId, invocation.now);
    if ('error' in principal) return { ok: false, error: errorShape(principal.error) };
    bump(counters.callsByPrincipal[principal.id] ??= {}, callName);
    if (call.service === 'STS' && call.operation === 'AssumeRole') return assumeRole(principal.id, call, invocation);
    const verdict = await iam.authorize(principal.id, call);
    if (!verdict.allowed) return { ok: false, error: errorShape(accessDeniedError(verdict.denial)) };
    if (message.type === 'authorize') return { ok: true };
    if (call.service === 'SFN' && call.operation === 'StartExecution') return startExecution(call, invocation);
    const fault = containerFaultOf(fn, callName);
    if (fault && fault.phase !== 'after') return { fail: fault.kind };
    try {
      const output = await runAt({ now: invocation.now, executionName: invocation.executionName ?? '' }, () => apiFor(principal.id, call, invocation).handle(call));
      return fault ? { fail: fault.kind } : { ok: true, output };
    } catch (error) {
      if (isFunctionCrash(error)) return { crash: true };
      return { ok: false, error: errorShape(error) };
    }
  };

  const invoke = async (fn: DeployedFunction, event: unknown, now: Date, executionName?: string): Promise<{ result: unknown; requestId: string }> => {
    bump(counters.invocations, fn.logicalId);
    try {
      return await host.lambda.invoke(fn, event, now, hubRegion, executionName, targetOf(event));
    } catch (error) {
      bump(counters.invocationErrors, (error as Error).name);
      throw error;
    }
  };

  /**
   * The rules that see an event. Single-account mode, and events of the hub (its executions' status changes): the
   * hub's default-bus rules. Organization mode, an event of a spoke account: it reaches the hub only through the
   * spoke's forwarding rule (its pattern, as the spoke instance of that account and Region has it), whose role puts it
   * on the hub's bus if the role's policy and the bus policy allow it; then the rules of that bus see it.
   */
  const rulesFor = async (event: unknown): Promise<DeployedRule[]> => {
    const { account: source, region } = (event ?? {}) as { account?: string; region?: string };
    const onBus = (bus: string | undefined): DeployedRule[] => assembly.rules.filter((rule) => rule.eventBusName === bus);
    if (!organization || source === assembly.account) return onBus(undefined);
    const spoke = organization.spokes.find((s) => s.account === source && s.region === region);
    if (!spoke) return [];
    const reached: DeployedRule[] = [];
    for (const rule of spoke.rules) {
      if (!rule.eventPattern || !matchesEventPattern(rule.eventPattern, event)) continue;
      for (const target of rule.targets) {
        const bus = assembly.eventBuses.find((b) => b.arn === target.arn);
        const role = organization.roles.find((r) => r.arn === target.roleArn) ?? spoke.roles.find((r) => r.arn === target.roleArn);
        if (!bus || !role) continue;
        const { source: eventSource, 'detail-type': detailType } = event as { source?: string; 'detail-type'?: string };
        const spokeOrganization = organization.organization.organizationOf(spoke.account);
        const verdict = await evaluatePutEventsToBus({
          busArn: bus.arn, busPolicy: bus.policy, roleArn: role.arn, rolePolicies: role.policies, source: String(eventSource), detailType: String(detailType),
          ...(spokeOrganization ? { organizationId: spokeOrganization } : {}),
        });
        if (!verdict.allowed) {
          iam.denials.push({ functionId: `events:${rule.logicalId}@${spoke.account}`, action: 'events:PutEvents', resource: bus.arn, result: 'ImplicitlyDenied', service: 'EventBridge', operation: 'PutEvents', principalArn: role.arn });
          continue;
        }
        reached.push(...onBus(bus.name));
      }
    }
    return reached;
  };

  /** EventBridge: every rule whose pattern matches invokes its Lambda targets (if their resource policy allows it). */
  const putEvent = async (event: unknown, now: Date, executionName?: string): Promise<{ requestIds: string[]; outcomes: unknown[]; errors: string[] }> => {
    const requestIds: string[] = [];
    const errors: string[] = [];
    const outcomes: unknown[] = [];
    for (const rule of await rulesFor(event)) {
      if (!rule.eventPattern || !matchesEventPattern(rule.eventPattern, event)) continue;
      for (const target of rule.targets) {
        const fn = assembly.functionByArn(target.arn);
        if (!fn) continue;
        counters.ruleMatches += 1;
        const statements = assembly.permissions.filter((p) => p.functionArn === fn.arn).map((p) => ({
          Effect: 'Allow', Principal: { Service: p.principal }, Action: p.action, Resource: fn.arn,
          ...(p.sourceArn ? { Condition: { ArnLike: { 'AWS:SourceArn': p.sourceArn } } } : {}),
        }));
        const verdict = await evaluateEventBridgeTarget({ kind: 'lambda', functionArn: fn.arn, permissions: statements.length > 0 ? { Version: '2012-10-17', Statement: statements } : undefined, ruleArn: rule.arn, account: account.account });
        if (!verdict.allowed) {
          iam.denials.push({ functionId: `events:${rule.logicalId}`, action: 'lambda:InvokeFunction', resource: fn.arn, result: 'ImplicitlyDenied', service: 'EventBridge', operation: 'Invoke', principalArn: 'events.amazonaws.com' });
          continue;
        }
        // Asynchronous in AWS; awaited here so the run ends when everything it caused has ended.
        try {
          const { result, requestId } = await invoke(fn, event, now, executionName);
          requestIds.push(requestId);
          outcomes.push(result);
        } catch (error) {
          errors.push(`${fn.name}: ${(error as Error).name}: ${(error as Error).message}`);
          outcomes.push({ failed: (error as Error).name, message: (error as Error).message });
        }
      }
    }
    return { requestIds, outcomes, errors };
  };

  const definition = JSON.parse(assembly.stateMachine.definition) as AslDefinition;
  const clock = new FailedAttemptClock(definition);
  engine.workflow = new LocalWorkflow({
    ports: () => {
      throw new Error('The deployed-artifact run calls no source-level step handler');
    },
    definition,
    deployed: {
      stateMachineArn: assembly.stateMachine.arn,
      task: (state, resource) => {
        const fn = assembly.functionByArn(resource);
        if (!fn) throw new Error(`State '${state}' has Resource '${resource}', which is no function of the template`);
        return async (input, executionName) => {
          const now = clock.now(executionName, currentExecutionTime()?.now ?? new Date());
          const started = performance.now();
          try {
            const { result } = await invoke(fn, input, now, executionName);
            clock.succeeded(executionName, state);
            return result;
          } catch (error) {
            const name = (error as Error).name;
            // The attempt lasted what it lasted in real time (the container's clock runs on from `now`): a timed-out
            // one its INIT (a cold start) plus the whole Timeout.
            const lasted = performance.now() - started;
            clock.failed(executionName, state, name, now, name === 'Sandbox.Timedout' ? Math.max(lasted, fn.timeoutSeconds * 1000) : lasted);
            throw error;
          }
        };
      },
      onStatusChange: async (event) => {
        const time = currentExecutionTime();
        const { outcomes } = await putEvent(event, time?.now ?? new Date(), time?.executionName);
        return outcomes[0] ?? { sent: false, reason: 'no rule matched the execution status change event' };
      },
    },
  });

  await host.deploy(assembly, onCall);
  return {
    denials: iam.denials,
    async redrive(record: ExecutionRecord, delivery: Delivery) {
      // RedriveExecution by an operator: not a call of the bundles, so not checked against their roles.
      return engine.workflow!.redrive(record, delivery.event, clock.redriveStart(record.name, new Date(Date.parse(delivery.at))));
    },
    async run(delivery: Delivery) {
      counters.deliveries += 1;
      const { requestIds, errors } = await putEvent(delivery.event, new Date(Date.parse(delivery.at)));
      const executionName = requestIds.flatMap((id) => startedBy.get(id) ?? [])[0];
      if (executionName) return { record: await started.get(executionName)! };
      const expected = executionNameForEvent(delivery.event, { account: assembly.account, region: hubRegion });
      const notStartedResult = errors.length > 0
        ? notRun(name, delivery, expected, `the starter failed: ${errors.join('; ')}`, 'starter_failed')
        : requestIds.length > 0
          ? notStarted(name, delivery, expected)
          : notRun(name, delivery, expected, 'no EventBridge rule pattern matched the event, so nothing started', 'not_matched');
      return { notStarted: notStartedResult, executionName: expected };
    },
  };
};

/** Organization mode: the hub assembly, the spoke instances and their roles, the organization. */
export interface OrganizationRun {
  hub: DeployedAssembly;
  hubRegion: string;
  spokes: SpokeInstance[];
  /** Every role of every spoke instance (the access role only where the stack set's role Region created it). */
  roles: SimulatedRole[];
  organization: SimulatedOrganization;
  /**
   * The organization's management account: the hub itself when it administers the stack sets as SELF; with
   * DELEGATED_ADMIN another account (SIMULATED_MANAGEMENT_ACCOUNT), which holds the stack sets (their ARNs name it).
   */
  managementAccount: string;
  /** The spoke stack set (group 1: the access role and the first model group) and how the hub administers it. */
  spokeStackSet: { name: string; callAs: 'SELF' | 'DELEGATED_ADMIN' };
}

/** The simulated organization's management account when the hub is a delegated administrator. */
export const SIMULATED_MANAGEMENT_ACCOUNT = '101010101010';

/**
 * The organization a synthesized app deploys, if it has spoke stack sets (undefined in single-account mode): the hub
 * in the stack set's HubAccount, one spoke instance per spoke account and stack set Region (the template the hub
 * uploads, with the parameter values the hub passes), and the organization: the hub and the spoke accounts in the
 * stack set's OrganizationId, the accounts of `otherOrganizations` in theirs.
 */
export const readOrganization = (app: SynthesizedApp, options: { spokeAccounts: string[]; hubRegion?: string; otherOrganizations?: Record<string, string> }): OrganizationRun | undefined => {
  const probe = readAssembly(app.dir, app.coreTemplate, { account: '000000000000', region: options.hubRegion ?? 'us-east-1' });
  const stackSets = probe.stackSets.filter((s) => s.parameters.HubAccount);
  const [first] = stackSets;
  if (!first) return undefined;
  const hubAccount = first.parameters.HubAccount!;
  const hubRegion = options.hubRegion ?? first.regions[0] ?? 'us-east-1';
  const hub = readAssembly(app.dir, app.coreTemplate, { account: hubAccount, region: hubRegion });
  const others = options.otherOrganizations ?? {};
  const spokeAccounts = options.spokeAccounts.filter((a) => a !== hubAccount);
  const spokes = spokeAccounts.flatMap((account) => hub.stackSets.flatMap((stackSet) =>
    stackSet.regions.map((region) => readSpokeInstance(stackSet, { account, region }))));
  const roles: SimulatedRole[] = spokes.flatMap((spoke) => spoke.roles.map((role) => ({
    arn: role.arn, account: spoke.account, name: role.name, trustPolicy: role.trustPolicy, policies: role.policies, maxSessionDurationSeconds: role.maxSessionDurationSeconds,
  })));
  const members = [hubAccount, ...spokeAccounts].filter((a) => !(a in others));
  return {
    hub, hubRegion, spokes, roles, organization: organizationOf(first.parameters.OrganizationId ?? '', members, others),
    managementAccount: first.callAs === 'SELF' ? hubAccount : SIMULATED_MANAGEMENT_ACCOUNT,
    spokeStackSet: { name: first.name, callAs: first.callAs },
  };
};

/** The account and Region a step's input names (undefined for inputs that name none: the starter's, NotifyFailure's). */
const targetOf = (event: unknown): SpokeTarget | undefined => {
  try {
    return spokeTargetOf(event);
  } catch {
    return undefined;
  }
};

/** deployScenario's organization: the scenario's account is the spoke (the single-account sandbox has one account). */
const organizationMode = (options: DeployedRunOptions, account: SandboxAccount, members?: SandboxOrganization): OrganizationRun | undefined => {
  const run = readOrganization(options.app, {
    // The organization scenario's member accounts; a single-account scenario: its one account is the spoke.
    spokeAccounts: members?.isOrganization ? members.accountIds() : [account.account],
    ...(options.organization?.hubRegion ? { hubRegion: options.organization.hubRegion } : {}),
    ...(options.organization?.otherOrganizations ? { otherOrganizations: options.organization.otherOrganizations } : {}),
  });
  if (run) options.organization?.mutateSpokeRoles?.(run.roles);
  return run;
};

/**
 * The simulated time lost to failed Task attempts, per execution. The engine retries at once (a short real pause),
 * but in AWS an attempt that timed out took the function's whole Timeout and each retry waits its backoff; what a
 * retry meets depends on it (an idempotency record left in progress by a dead container expires with the function's
 * remaining time). So each failed attempt moves the execution's clock on by its duration (the Timeout for
 * `Sandbox.Timedout`) plus the interval of the retrier that matches its error: IntervalSeconds x BackoffRate^(n-1),
 * at most MaxDelaySeconds, halved with `JitterStrategy: FULL` (a random wait between 0 and that interval: its mean).
 */
class FailedAttemptClock {
  private readonly retriers = new Map<string, { ErrorEquals: string[]; IntervalSeconds?: number; BackoffRate?: number; MaxDelaySeconds?: number; JitterStrategy?: string }[]>();
  private readonly lostMs = new Map<string, number>();
  /** Retries so far of each retrier of a state in an execution, until the state succeeds */
  private readonly attempts = new Map<string, number[]>();

  constructor(definition: AslDefinition) {
    const visit = (states: Record<string, unknown>): void => {
      for (const [name, raw] of Object.entries(states)) {
        const state = raw as { Retry?: never[]; Branches?: { States: Record<string, unknown> }[]; Iterator?: { States: Record<string, unknown> }; ItemProcessor?: { States: Record<string, unknown> } };
        if (state.Retry) this.retriers.set(name, state.Retry);
        for (const branch of state.Branches ?? []) visit(branch.States);
        if (state.Iterator) visit(state.Iterator.States);
        if (state.ItemProcessor) visit(state.ItemProcessor.States);
      }
    };
    visit(definition.States as Record<string, unknown>);
  }

  /** When each execution's last failed attempt ended (simulated): a redrive can only come after it */
  private readonly lastFailureEnd = new Map<string, number>();

  now(executionName: string, simulated: Date): Date {
    return new Date(simulated.getTime() + (this.lostMs.get(executionName) ?? 0));
  }

  /** The simulated time a redrive of the execution starts: when it failed (its failed attempt ended), at the earliest. */
  redriveStart(executionName: string, notBefore: Date): Date {
    const end = this.lastFailureEnd.get(executionName) ?? 0;
    this.lostMs.delete(executionName);
    for (const key of [...this.attempts.keys()]) if (key.startsWith(`${executionName}|`)) this.attempts.delete(key);
    return new Date(Math.max(end, notBefore.getTime()));
  }

  succeeded(executionName: string, state: string): void {
    this.attempts.delete(`${executionName}|${state}`);
  }

  failed(executionName: string, state: string, errorName: string, startedAt: Date, durationMs: number): void {
    this.lastFailureEnd.set(executionName, Math.max(this.lastFailureEnd.get(executionName) ?? 0, startedAt.getTime() + durationMs));
    const key = `${executionName}|${state}`;
    const retriers = this.retriers.get(state) ?? [];
    const index = retriers.findIndex((r) => r.ErrorEquals.includes(errorName) || r.ErrorEquals.includes('States.ALL'));
    let delayMs = 0;
    if (index >= 0) {
      const counts = this.attempts.get(key) ?? retriers.map(() => 0);
      counts[index] = (counts[index] ?? 0) + 1;
      this.attempts.set(key, counts);
      const r = retriers[index]!;
      const seconds = (r.IntervalSeconds ?? 1) * (r.BackoffRate ?? 2) ** (counts[index]! - 1);
      delayMs = Math.min(seconds, r.MaxDelaySeconds ?? Number.POSITIVE_INFINITY) * 1000 * (r.JitterStrategy === 'FULL' ? 0.5 : 1);
    }
    this.lostMs.set(executionName, (this.lostMs.get(executionName) ?? 0) + durationMs + delayMs);
  }
}

const notRun = (scenario: string, d: Delivery, executionName: string, reason: string, code: string): SimulationResult => ({
  ...notStarted(scenario, d, executionName),
  execution: { name: executionName, status: 'SUCCEEDED', states: [], outcome: 'nothing_to_do', reason },
  caseAction: { action: 'none', reason: code },
});

export { LambdaInvocationError };
