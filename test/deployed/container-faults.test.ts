/**
 * The deployed-artifact run when a container fails under a step, as Lambda reports it to Step Functions: a function
 * that runs past its Timeout (`Sandbox.Timedout`) and one whose runtime dies (`Lambda.Unknown`: the process exits, or a
 * promise rejection nobody handles kills it). Each must be retried by the definition's Retry, and the incident must
 * still end with exactly one case and one e-mail, as the simulated account holds them. Then a failed execution of the
 * deployed artifact, redriven, ends with exactly one case too.
 *
 * First, the simulated Lambda service's clock (src/local/deployed/containers.ts), on a hand-written bundle whose INIT
 * takes longer than its function's Timeout: as in Lambda, the Timeout counts from the end of INIT (the Init phase has
 * its own 10 s limit), and the deadline the handler's context gives (getRemainingTimeInMillis) is the one the
 * container is stopped at. Before, the container's timer started before INIT while the context's deadline started
 * after it: this bundle then timed out during INIT, and a hung handler was stopped before its context's deadline
 * (which hid that middy's early timeout fails a hung step with TimeoutError; see src/lambda/middy-options.ts).
 * (One file, formerly two: the Jest worker loads the deployed-run modules once for both.)
 *
 * The clock's two invocations wait in real time (~4 s of INIT and Timeout) and take almost no CPU: they start once the
 * assembly is there, on their own Lambda service, and wait beside the deployed-artifact runs instead of before them;
 * their tests, last in the file, assert what they gave.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadScenarioFile } from '#local/scenario-file.js';
import { PROJECT_ROOT } from '#local/project-root.js';
import { DeployedHost, runScenarioDeployed, type ContainerFault, type DeployedScenarioRun } from '#local/deployed/deployed-run.js';
import { LocalLambdaService, smithyClientModules } from '#local/deployed/containers.js';
import { synthesizeApp, type SynthesizedApp } from '#local/deployed/synth.js';
import { readAssembly, type DeployedAssembly, type DeployedFunction } from '#local/deployed/assembly.js';
import { STEP_FUNCTION_TIMEOUT_SECONDS } from '#workflow/timeouts.js';

/** ServerErrors: an Investigation Request created by CreateSupportCase (Support.CreateCase). */
const SCENARIO = join(PROJECT_ROOT, 'samples', 'scenarios', '06-server-errors-non-quota.json');
const CREATE = 'StepsCreateSupportCase';
/**
 * The function timeout the runs use instead of the template's 60 s, so a hang costs seconds, not minutes. A real
 * timeout of the real container (its worker is stopped when it runs out), counted from the end of INIT as in Lambda,
 * so a cold start does not eat into it. It must hold the handler's work up to the hang (its first calls in a fresh
 * container: up to CreateCase) and the retry's whole work: measured on 2 cores at load 9-15, at most 0.47 s and 0.15 s,
 * so 2 s keep a margin of 4x (each second here is a second of real waiting, twice in this file).
 */
const SHORT_TIMEOUT_SECONDS = 2;

/** The Lambda clock's hand-written bundle: its INIT (INIT_MS) is longer than its function's Timeout. */
const INIT_MS = 1500;
const SLOW_INIT_TIMEOUT_SECONDS = 1;

const BUNDLE = `
const started = Date.now();
await new Promise((resolve) => setTimeout(resolve, ${INIT_MS}));
export const handler = async (event, context) => {
  const remaining = context.getRemainingTimeInMillis();
  if (event.hang) {
    // Runs past the deadline its context gives, then answers: too late if the container is stopped at that deadline.
    // (5 s past it: the test's process is busy with the deployed runs beside it, and the stop must not lose the race to
    // this answer only because its timer ran late; the stop ends the invocation, so these seconds are never waited.)
    await new Promise((resolve) => setTimeout(resolve, remaining + 5000));
    return { late: true };
  }
  return { remaining, initMs: Date.now() - started };
};
`;

let app: SynthesizedApp;
let host: DeployedHost;
let clock: LambdaClockRun | undefined;

beforeAll(async () => {
  app = await synthesizeApp();
  // After the synthesis: when this process synthesizes (no cached assembly), the CDK holds its thread for seconds,
  // longer than the clock's INIT limit, and the containers' messages would wait behind it.
  clock = startLambdaClockRun();
  host = await DeployedHost.start();
}, 600_000);

afterAll(async () => {
  await clock?.close();
  await host?.close();
  app?.dispose();
});

interface LambdaClockRun {
  /** The cold start: INIT (INIT_MS) longer than the Timeout, then the handler */
  coldStart: Promise<{ result: unknown }>;
  /** Then a new deployment (INIT again) whose handler hangs past its context's deadline */
  hang: Promise<{ result: unknown }>;
  close: () => Promise<void>;
}

/** The Lambda clock's two invocations, one after the other on their own Lambda service, started now. */
const startLambdaClockRun = (): LambdaClockRun => {
  const dir = mkdtempSync(join(tmpdir(), 'ops-alert-containers-'));
  writeFileSync(join(dir, 'index.mjs'), BUNDLE);
  const fn: DeployedFunction = {
    logicalId: 'SlowInitFunction', name: 'slow-init', arn: 'arn:aws:lambda:us-east-1:123456789012:function:slow-init',
    bundle: join(dir, 'index.mjs'), handlerExport: 'handler', environment: {}, timeoutSeconds: SLOW_INIT_TIMEOUT_SECONDS, memoryMb: 128,
    roleArn: 'arn:aws:iam::123456789012:role/slow-init', roleName: 'slow-init', policies: [], managedPolicyArns: [],
  };
  const lambda = new LocalLambdaService({ nodeModules: join(PROJECT_ROOT, 'node_modules'), baseEnvironment: {} });
  const noCalls = () => Promise.reject(new Error('the bundle makes no AWS call'));
  lambda.newDeployment(noCalls);
  const at = new Date('2026-06-01T10:00:00Z');
  const coldStart = lambda.invoke(fn, {}, at, 'us-east-1');
  const hang = coldStart.catch(() => undefined).then(() => {
    lambda.newDeployment(noCalls);
    return lambda.invoke(fn, { hang: true }, at, 'us-east-1');
  });
  // Read by the tests at the end of the file; a failure is theirs to report, not an unhandled rejection meanwhile.
  const settled = Promise.allSettled([coldStart, hang]);
  return {
    coldStart, hang,
    close: async () => {
      await settled;
      await lambda.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

const functionOf = (assembly: DeployedAssembly, prefix: string): DeployedAssembly['functions'][number] => {
  const fn = assembly.functions.find((f) => f.logicalId.startsWith(prefix));
  if (!fn) throw new Error(`no function ${prefix}`);
  return fn;
};

const shortTimeout = (assembly: DeployedAssembly): void => {
  functionOf(assembly, CREATE).timeoutSeconds = SHORT_TIMEOUT_SECONDS;
};

/** The definition without `errorName` in any Retry (what a mis-named or unretried error meets). */
const withoutRetryOf = (errorName: string) => (assembly: DeployedAssembly): void => {
  assembly.stateMachine.definition = JSON.stringify(JSON.parse(assembly.stateMachine.definition, (key, value: unknown) =>
    key === 'ErrorEquals' && Array.isArray(value) ? value.filter((e) => e !== errorName) : value));
};

const run = async (faults: ContainerFault[], mutate: (assembly: DeployedAssembly) => void, options: { redrive?: boolean } = {}): Promise<DeployedScenarioRun> => {
  const { name, scenario } = loadScenarioFile(SCENARIO);
  return runScenarioDeployed(name, scenario, { app, host, containerFaults: faults, mutate, ...options });
};

/**
 * What the account holds: the cases with their number of communications (1: the body it was created with, nothing
 * appended), the incident's e-mails and the failure e-mails (an execution that failed, before its redrive).
 */
const accountOf = (r: DeployedScenarioRun): { cases: { subject: string; communications: number }[]; emails: number; failureEmails: number } => ({
  cases: r.account.cases.map((c) => ({ subject: c.subject, communications: c.communications.length })),
  emails: r.account.emails.filter((e) => !e.subject.includes('Workflow Failed')).length,
  failureEmails: r.account.emails.filter((e) => e.subject.includes('Workflow Failed')).length,
});
const ONE_CASE = { cases: [{ subject: expect.stringContaining('G-Opus-4-6'), communications: 1 }], emails: 1 };

/** The CreateSupportCase attempts as the engine saw them: each failure's error, and whether it was retried. */
const createAttempts = (r: DeployedScenarioRun): string[] =>
  (r.records[0]?.timeline ?? [])
    .filter((e) => e.state === 'CreateSupportCase' && ['StateFailed', 'StateRetried', 'StateExited'].includes(e.type))
    .map((e) => (e.error ? `${e.type} ${e.error}` : e.type));

describe('simulated Lambda: the SDK calls it intercepts', () => {
  it('intercepts every copy of the smithy client: its CommonJS build, and its ESM build only where Node loads it as ESM', () => {
    const root = mkdtempSync(join(tmpdir(), 'ops-alert-smithy-'));
    try {
      const copy = (dir: string, manifest: Record<string, unknown>): void => {
        for (const build of ['dist-cjs', 'dist-es']) {
          mkdirSync(join(dir, build, 'submodules', 'client'), { recursive: true });
          writeFileSync(join(dir, build, 'submodules', 'client', 'index.js'), '');
        }
        writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
      };
      // A copy whose ESM build is CommonJS to Node (no "type"), as @smithy/core ships it; a nested one typed "module".
      copy(join(root, '@smithy', 'core'), { name: '@smithy/core' });
      copy(join(root, '@aws-sdk', 'client-x', 'node_modules', '@smithy', 'core'), { name: '@smithy/core', type: 'module' });
      const found = smithyClientModules(root).map((m) => ({ cjs: m.cjs.slice(root.length), esm: m.esm?.slice(root.length) }));
      expect(found).toEqual(expect.arrayContaining([
        { cjs: '/@smithy/core/dist-cjs/submodules/client/index.js', esm: undefined },
        { cjs: '/@aws-sdk/client-x/node_modules/@smithy/core/dist-cjs/submodules/client/index.js', esm: '/@aws-sdk/client-x/node_modules/@smithy/core/dist-es/submodules/client/index.js' },
      ]));
      expect(found).toHaveLength(2);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('deployed-artifact run: containers that time out or die', () => {
  it('runs each container with the Timeout the template gives its function', () => {
    const assembly = readAssembly(app.dir, app.coreTemplate, { account: '123456789012', region: 'us-east-1' });
    expect(functionOf(assembly, CREATE).timeoutSeconds).toBe(STEP_FUNCTION_TIMEOUT_SECONDS);
  });

  it('a container that runs past its Timeout after CreateCase reaches the engine as Sandbox.Timedout, is retried, and makes one case', async () => {
    const r = await run([{ functionId: CREATE, call: 'Support.CreateCase', kind: 'hang', phase: 'after' }], shortTimeout);

    expect(r.counters.invocationErrors).toEqual({ 'Sandbox.Timedout': 1 });
    // The attempt took the whole Timeout: its idempotency record's in-progress expiry has passed, the retry runs.
    expect(createAttempts(r)).toEqual(['StateFailed Sandbox.Timedout', 'StateRetried', 'StateExited']);
    expect(r.records[0]?.status).toBe('SUCCEEDED');
    expect(r.results[0]?.caseAction.action).toBe('created');
    // Counted from the account: the case the timed-out attempt created is the one case (adopted, not created again).
    expect(accountOf(r)).toEqual({ ...ONE_CASE, failureEmails: 0 });
  }, 180_000);

  it.each([
    ['exits', 'exit'],
    ['dies of an unhandled promise rejection', 'unhandledRejection'],
  ] as const)('a container that %s after CreateCase reaches the engine as Lambda.Unknown, is retried, and makes one case (kind %s, the template\'s Timeout)', async (_what, kind) => {
    const r = await run([{ functionId: CREATE, call: 'Support.CreateCase', kind, phase: 'after' }], () => undefined);

    // The dead attempt's idempotency record stays in progress until the function's Timeout (60 s) has passed since
    // it started: the retries meet IdempotencyAlreadyInProgressError until then, with the definition's backoff.
    expect(r.counters.invocationErrors['Lambda.Unknown']).toBe(1);
    expect(Object.keys(r.counters.invocationErrors).sort()).toEqual(['IdempotencyAlreadyInProgressError', 'Lambda.Unknown']);
    // Each retry's conditional write failed, and reached the table once: the SDK retried no DynamoDB call (as in AWS,
    // whose clock agrees with the container's; the simulated clock must not look like a clock skew to the SDK).
    expect(r.counters.dynamoDbCalls.PutItem).toBeGreaterThan(10);
    expect(r.counters.dynamoDbRequests).toBe(Object.values(r.counters.dynamoDbCalls).reduce((a, b) => a + b, 0));
    const attempts = createAttempts(r);
    expect(attempts.slice(0, 2)).toEqual(['StateFailed Lambda.Unknown', 'StateRetried']);
    expect(attempts.at(-1)).toBe('StateExited');
    expect(r.records[0]?.status).toBe('SUCCEEDED');
    expect(r.results[0]?.caseAction.action).toBe('created');
    expect(accountOf(r)).toEqual({ ...ONE_CASE, failureEmails: 0 });
  }, 180_000);

  it.each([
    ['Sandbox.Timedout', 'hang'],
    ['Lambda.Unknown', 'exit'],
  ] as const)('without %s in the Retry, the same fault fails the execution at CreateSupportCase (the test can fail)', async (errorType, kind) => {
    const r = await run([{ functionId: CREATE, call: 'Support.CreateCase', kind, phase: 'after' }], (assembly) => {
      shortTimeout(assembly);
      withoutRetryOf(errorType)(assembly);
    });

    expect(r.records[0]?.status).toBe('FAILED');
    expect(r.records[0]?.error).toBe(errorType);
    expect(r.records[0]?.failedState).toBe('CreateSupportCase');
  }, 180_000);
});

describe('deployed-artifact run: redrive', () => {
  it('a failed execution of the deployed artifact, redriven, ends with exactly one case and one incident e-mail', async () => {
    // The container dies after CreateCase took effect, and the definition does not retry it: the execution fails
    // at CreateSupportCase with the case already created. The operator's redrive resumes there.
    const r = await run([{ functionId: CREATE, call: 'Support.CreateCase', kind: 'exit', phase: 'after' }], withoutRetryOf('Lambda.Unknown'), { redrive: true });

    const record = r.records[0]!;
    expect(record.redriveCount).toBe(1);
    expect(record.timeline.map((e) => e.type)).toContain('ExecutionRedriven');
    expect(record.status).toBe('SUCCEEDED');
    expect(r.results[0]?.caseAction.action).toBe('created');
    expect(accountOf(r)).toEqual({ ...ONE_CASE, failureEmails: 1 });
  }, 180_000);
});

describe('simulated Lambda: the function Timeout counts from the end of INIT', () => {
  it('a cold start whose INIT outlasts the Timeout still runs the handler, with the whole Timeout left', async () => {
    const { result } = await clock!.coldStart;
    const { remaining, initMs } = result as { remaining: number; initMs: number };
    expect(initMs).toBeGreaterThanOrEqual(INIT_MS);
    expect(remaining).toBeGreaterThan(SLOW_INIT_TIMEOUT_SECONDS * 1000 - 500);
    expect(remaining).toBeLessThanOrEqual(SLOW_INIT_TIMEOUT_SECONDS * 1000);
  }, 30_000);

  it('a handler still running at its context\'s deadline is stopped there: Sandbox.Timedout (a new deployment: INIT again)', async () => {
    await expect(clock!.hang).rejects.toMatchObject({ name: 'Sandbox.Timedout' });
  }, 30_000);
});
