/**
 * The Lambda service of the deployed-artifact run: each function's bundle runs in its own worker threads
 * (container-worker.mjs), one invocation at a time per worker; concurrent invocations get another worker, as Lambda
 * scales out. A worker starts on the first invocation that needs it (a cold start) and stays warm for the run.
 *
 * One service hosts many scenarios one after the other (`newDeployment`): each is a new deployment, whose first
 * invocation in a worker imports the bundle again as a new module instance (the bundle's INIT, its caches empty as in
 * a fresh container), while the SDK the Lambda runtime provides stays loaded in the worker (1-1.5 s per cold start
 * saved on a busy machine).
 *
 * Failures as Lambda reports them to Step Functions:
 * - the handler throws → errorType = the error's `name` as the bundle has it (minified names included);
 * - the handler runs past the function's Timeout → the container is stopped, `Sandbox.Timedout`. The Timeout counts
 *   from the end of INIT, as in Lambda: the deadline the handler's context gives (getRemainingTimeInMillis) is the one
 *   the container is stopped at;
 * - the function dies (an injected crash: aws-api.ts `FunctionCrash`; a container fault of deployed-run.ts: the
 *   process exits, or a promise rejection nobody handles kills it) → the container is gone, `Lambda.Unknown` (the
 *   error Step Functions reports when Lambda returns no error type).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DeployedFunction } from './assembly.js';

export interface ContainerCall {
  type: 'call' | 'authorize';
  /** accessKeyId: the credentials that sign the call (the function's own, or an assumed role's). */
  call: { service: string; operation: string; input: Record<string, unknown>; region: string; accessKeyId?: string };
}

/** The main thread's answer to one call: the output, an AWS-shaped error, or the end of the container. */
export type CallAnswer =
  | { ok: true; output?: Record<string, unknown> }
  | { ok: false; error: { name: string; message: string; props: Record<string, unknown> } }
  | { crash: true }
  /** The container fails during the call (deployed-run.ts ContainerFault): no answer, it hangs or its runtime dies. */
  | { fail: 'hang' | 'exit' | 'unhandledRejection' };

export interface InvocationContext {
  /** The simulated time the invocation runs at (the container's clock). */
  now: Date;
  requestId: string;
  /** The execution the invocation belongs to (a Task's, or the failed execution's for NotifyFailure) */
  executionName?: string;
  /** The container (worker) that runs it: what a bundle caches lives as long as it. */
  containerId?: number;
  /** The account and Region the invocation's input names (organization mode: where its spoke calls act). */
  target?: { account: string; region: string };
}

export type CallHandler = (fn: DeployedFunction, message: ContainerCall, invocation: InvocationContext) => Promise<CallAnswer>;

/** A Lambda failure as Step Functions sees it: `name` is the error it matches Retry/Catch on. */
export class LambdaInvocationError extends Error {
  constructor(readonly errorType: string, message: string) {
    super(message);
    Object.defineProperty(this, 'name', { value: errorType, enumerable: false, configurable: true, writable: true });
  }
}

/** What Step Functions reports when the function's runtime died without an error type (Lambda's Runtime.ExitError). */
const runtimeExited = (requestId: string): LambdaInvocationError =>
  new LambdaInvocationError('Lambda.Unknown', `The cause could not be determined because Lambda did not return an error type. Returned payload: {"errorMessage":"RequestId: ${requestId} Error: Runtime exited without providing a reason","errorType":"Runtime.ExitError"}`);

/**
 * Whether Node loads this file of package `packageDir` as an ES module: `.mjs`, or `.js` under a package.json with
 * `"type": "module"` (nearest first, up to the package's own). A build Node loads as CommonJS while it holds ESM syntax
 * (today's `@smithy/core/dist-es`, written for bundlers, with extensionless imports) is a copy no bundle loads.
 */
const loadsAsEsm = (file: string, packageDir: string): boolean => {
  if (file.endsWith('.mjs')) return true;
  if (!file.endsWith('.js')) return false;
  for (let dir = dirname(file); dir.startsWith(packageDir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { type?: string }).type === 'module';
    if (dir === packageDir) break;
  }
  return false;
};

/**
 * Every copy of the smithy client class the bundles may load: its CommonJS build, and its ESM build where Node can
 * load it as one (importing one it cannot cost every cold start a failed import, ~10-20 ms of CPU).
 */
export const smithyClientModules = (nodeModules: string): { cjs: string; esm?: string }[] => {
  const found: { cjs: string; esm?: string }[] = [];
  const visit = (dir: string, depth: number): void => {
    if (depth > 6 || !existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const path = join(dir, entry.name);
      if (entry.name.startsWith('@')) {
        visit(path, depth);
        continue;
      }
      if (path.endsWith(join('@smithy', 'core'))) {
        const cjs = join(path, 'dist-cjs', 'submodules', 'client', 'index.js');
        const esm = join(path, 'dist-es', 'submodules', 'client', 'index.js');
        if (existsSync(cjs)) found.push({ cjs, ...(existsSync(esm) && loadsAsEsm(esm, path) ? { esm } : {}) });
      }
      if (path.endsWith(join('@smithy', 'smithy-client'))) {
        const cjs = join(path, 'dist-cjs', 'index.js');
        const esm = join(path, 'dist-es', 'index.js');
        if (existsSync(cjs)) found.push({ cjs, ...(existsSync(esm) && loadsAsEsm(esm, path) ? { esm } : {}) });
      }
      const nested = join(path, 'node_modules');
      if (existsSync(nested)) visit(nested, depth + 1);
    }
  };
  visit(nodeModules, 0);
  return found;
};

interface WorkerMessage {
  type: 'ready' | 'call' | 'authorize' | 'result' | 'invoking';
  id?: number;
  invocationId?: string;
  /** 'invoking': when the invocation's Timeout runs out (epoch ms), its INIT done */
  deadlineMs?: number;
  call?: ContainerCall['call'];
  ok?: boolean;
  payload?: unknown;
  errorType?: string;
  errorMessage?: string;
}

interface Container {
  id: number;
  worker: Worker;
  ready: Promise<void>;
  busy: boolean;
  dead: boolean;
  /** The invocation it runs now */
  current?: {
    id: string;
    context: InvocationContext;
    settle: (outcome: { ok: true; payload: unknown } | { ok: false; error: Error }) => void;
    /** The invoke phase started (INIT done): the Timeout runs out at `deadlineMs` */
    invoking: (deadlineMs: number) => void;
  };
}

export interface LambdaServiceOptions {
  /** Environment every container gets on top of the function's (dummy credentials, the DynamoDB endpoint...). */
  baseEnvironment: Record<string, string>;
  nodeModules: string;
  /** Print the bundles' logs (Powertools JSON lines). @default false */
  verbose?: boolean;
}

const WORKER_URL = new URL('./container-worker.mjs', import.meta.url);

/**
 * The container's Node options: the main thread's, without module syntax detection. The bundles import the SDK's
 * CommonJS builds (packages without a "type"), whose format Node would otherwise find by parsing each entry file once
 * more as a module (~35 ms of CPU per cold start, of ~450); the bundle itself is `.mjs`. Where Node has no such flag,
 * the main thread's options unchanged.
 */
const WORKER_EXEC_ARGV = process.allowedNodeEnvironmentFlags.has('--no-experimental-detect-module')
  ? [...process.execArgv, '--no-experimental-detect-module']
  : undefined;

/**
 * Lambda's limit on the Init phase (extensions, runtime, the function's static code) of an on-demand function: the
 * function's Timeout counts from the end of INIT, not from the invoke request (AWS Lambda Developer Guide, "Understand
 * the Lambda execution environment lifecycle": "The Init phase is limited to 10 seconds").
 */
const INIT_LIMIT_MS = 10_000;

export class LocalLambdaService {
  private readonly pools = new Map<string, Container[]>();
  private readonly clientModules: { cjs: string; esm?: string }[];
  private sequence = 0;
  private containerSequence = 0;
  private generation = 0;
  private onCall: CallHandler = () => Promise.reject(new Error('No deployment: call newDeployment first'));
  /** Cold starts (workers started), per function name */
  readonly coldStarts = new Map<string, number>();

  constructor(private readonly options: LambdaServiceOptions) {
    this.clientModules = smithyClientModules(options.nodeModules);
    if (this.clientModules.length === 0) throw new Error(`No smithy client module found under ${options.nodeModules}: the AWS calls of the bundles could not be intercepted`);
  }

  /** A new deployment: its calls go to `onCall`; every container loads the bundle again on its next invocation. */
  newDeployment(onCall: CallHandler): void {
    this.generation += 1;
    this.onCall = onCall;
    this.coldStarts.clear();
  }

  private environmentOf(fn: DeployedFunction, region: string): Record<string, string> {
    return {
      ...fn.environment,
      AWS_REGION: region, AWS_DEFAULT_REGION: region, AWS_LAMBDA_FUNCTION_NAME: fn.name,
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST', AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memoryMb),
      AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${fn.name}`, AWS_LAMBDA_LOG_STREAM_NAME: 'local', AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
      AWS_LAMBDA_RUNTIME_API: '127.0.0.1:9001', LAMBDA_TASK_ROOT: fn.bundle ? join(fn.bundle, '..') : '/var/task', _HANDLER: `index.${fn.handlerExport}`, TZ: 'UTC',
      ...this.options.baseEnvironment,
    };
  }

  private start(fn: DeployedFunction, region: string): Container {
    if (!fn.bundle) throw new Error(`Function ${fn.logicalId} has no bundled asset (inline code is not run locally)`);
    const env = this.environmentOf(fn, region);
    const worker = new Worker(WORKER_URL, {
      env,
      ...(WORKER_EXEC_ARGV ? { execArgv: WORKER_EXEC_ARGV } : {}),
      stdout: !this.options.verbose,
      stderr: !this.options.verbose,
      workerData: {
        bundle: fn.bundle, handlerExport: fn.handlerExport, clientModules: this.clientModules, functionName: fn.name,
        memoryMb: fn.memoryMb, region, logGroupName: `/aws/lambda/${fn.name}`,
      },
    });
    if (!this.options.verbose) {
      worker.stdout.resume();
      worker.stderr.resume();
    }
    let markReady!: () => void;
    let failReady!: (error: Error) => void;
    const container: Container = {
      id: ++this.containerSequence, worker, busy: false, dead: false,
      ready: new Promise<void>((resolve, reject) => {
        markReady = resolve;
        failReady = reject;
      }),
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'ready') return markReady();
      if (message.type === 'invoking') {
        if (container.current && container.current.id === message.invocationId) container.current.invoking(message.deadlineMs ?? Date.now());
        return;
      }
      if (message.type === 'result') {
        const current = container.current;
        if (!current || current.id !== message.invocationId) return;
        if (message.ok) current.settle({ ok: true, payload: message.payload });
        else current.settle({ ok: false, error: new LambdaInvocationError(message.errorType ?? 'Error', message.errorMessage ?? '') });
        return;
      }
      if ((message.type === 'call' || message.type === 'authorize') && message.call && container.current) {
        const current = container.current;
        void this.onCall(fn, { type: message.type, call: message.call }, current.context).then(
          (answer) => {
            if ('crash' in answer) {
              this.kill(fn, container);
              current.settle({ ok: false, error: runtimeExited(current.context.requestId) });
              return;
            }
            if ('fail' in answer) {
              // hang: the call is never answered, so the function runs into its Timeout. exit / unhandledRejection:
              // the worker dies as the runtime would (its 'exit' or 'error' event below ends the invocation).
              if (answer.fail !== 'hang') worker.postMessage({ type: 'die', how: answer.fail });
              return;
            }
            worker.postMessage({ type: 'callResult', id: message.id, ...answer });
          },
          (error: unknown) => worker.postMessage({ type: 'callResult', id: message.id, ok: false, error: { name: 'InternalFailure', message: (error as Error).message, props: { $fault: 'server', $metadata: { httpStatusCode: 500 } } } }),
        );
      }
    });
    worker.on('error', (error) => {
      failReady(error);
      container.current?.settle({ ok: false, error: new LambdaInvocationError('Lambda.Unknown', `The function's runtime failed: ${error.message}`) });
      this.kill(fn, container);
    });
    worker.on('exit', () => {
      // The runtime exited: during INIT, or during an invocation, which then ends as Lambda reports a dead runtime.
      failReady(new Error(`The container of ${fn.name} exited during INIT`));
      if (container.current) container.current.settle({ ok: false, error: runtimeExited(container.current.context.requestId) });
      if (!container.dead) this.kill(fn, container);
    });
    this.coldStarts.set(fn.name, (this.coldStarts.get(fn.name) ?? 0) + 1);
    return container;
  }

  private kill(_fn: DeployedFunction, container: Container): void {
    container.dead = true;
    void container.worker.terminate();
    for (const [key, pool] of this.pools) this.pools.set(key, pool.filter((c) => c !== container));
  }

  /** Invokes the function synchronously (RequestResponse): its JSON result, or a LambdaInvocationError. */
  async invoke(fn: DeployedFunction, event: unknown, now: Date, region: string, executionName?: string, target?: InvocationContext['target']): Promise<{ result: unknown; requestId: string }> {
    // Containers are per function and environment (the same function of another account is another container).
    const key = `${fn.bundle ?? fn.name}|${JSON.stringify(this.environmentOf(fn, region))}`;
    const pool = this.pools.get(key) ?? [];
    this.pools.set(key, pool);
    let container = pool.find((c) => !c.busy && !c.dead);
    if (!container) {
      container = this.start(fn, region);
      pool.push(container);
    }
    container.busy = true;
    const requestId = `00000000-0000-4000-8000-${String(++this.sequence).padStart(12, '0')}`;
    try {
      await container.ready;
    } catch (error) {
      this.kill(fn, container);
      throw new LambdaInvocationError('Runtime.ImportModuleError', (error as Error).message);
    }
    const running = container;
    const timeoutMs = fn.timeoutSeconds * 1000;
    try {
      const result = await new Promise<unknown>((resolve, reject) => {
        const timedOut = (): void => {
          this.kill(fn, running);
          settle({ ok: false, error: new LambdaInvocationError('Sandbox.Timedout', `RequestId: ${requestId} Error: Task timed out after ${fn.timeoutSeconds.toFixed(2)} seconds`) });
        };
        // Until the worker says its INIT is done, the longest INIT + invocation there can be (the worker's deadline
        // covers the rest); then the deadline the handler's context sees (getRemainingTimeInMillis), INIT excluded.
        let timer = setTimeout(timedOut, INIT_LIMIT_MS + timeoutMs);
        let settled = false;
        const settle = (outcome: { ok: true; payload: unknown } | { ok: false; error: Error }): void => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          running.current = undefined;
          if (outcome.ok) resolve(outcome.payload);
          else reject(outcome.error);
        };
        const invoking = (deadlineMs: number): void => {
          if (settled) return;
          clearTimeout(timer);
          timer = setTimeout(timedOut, Math.max(0, deadlineMs - Date.now()));
        };
        running.current = { id: requestId, context: { now, requestId, containerId: running.id, ...(executionName ? { executionName } : {}), ...(target ? { target } : {}) }, settle, invoking };
        running.worker.postMessage({ type: 'invoke', generation: this.generation, invocationId: requestId, requestId, event, nowMs: now.getTime(), timeoutMs, initLimitMs: INIT_LIMIT_MS, functionArn: fn.arn });
      });
      return { result, requestId };
    } finally {
      running.busy = false;
    }
  }

  async close(): Promise<void> {
    const all = [...this.pools.values()].flat();
    this.pools.clear();
    await Promise.all(all.map((c) => c.worker.terminate()));
  }
}
