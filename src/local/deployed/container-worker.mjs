// One Lambda "container" of the deployed-artifact run: runs one function's bundle (the index.mjs `cdk deploy` would
// upload) in a worker thread, one invocation at a time, as a Lambda execution environment does.
//
// Plain JavaScript on purpose: the worker loads nothing but the bundle and the SDK the bundle resolves.
//
// Before the bundle loads, every AWS SDK v3 call is intercepted by patching `Client.prototype.send` of EVERY copy of
// the smithy client class in the project's node_modules (today `@smithy/core/client`; older SDKs:
// `@smithy/smithy-client`), its CommonJS build and its ESM build where Node loads one (containers.ts): the bundles leave `@aws-sdk/*` and `@smithy/*`
// external, so whichever copy a client package resolves is patched. A patched `send` forwards
// `{ service: client.config.serviceId, operation, input, region, accessKeyId }` to the main thread, which checks IAM and answers
// (or throws back the AWS-shaped error). DynamoDB calls are only authorized there; the SDK then sends them for real,
// to the local dynalite (AWS_ENDPOINT_URL_DYNAMODB in the container's environment).
//
// The container's clock is the simulated time of the invocation: `Date` answers the time the main thread gives with
// each invocation plus the real time elapsed since.
import { parentPort, workerData } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const { bundle, handlerExport, clientModules, functionName, memoryMb, region, logGroupName } = workerData;

// ---- The clock -------------------------------------------------------------------------------------------------
const RealDate = Date;
let offsetMs = 0;
class ContainerDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offsetMs);
    else super(...args);
  }
  static now() {
    return RealDate.now() + offsetMs;
  }
  static [Symbol.hasInstance](value) {
    return value instanceof RealDate;
  }
}
globalThis.Date = ContainerDate;

// ---- Calls to the main thread ----------------------------------------------------------------------------------
let nextCallId = 0;
const pendingCalls = new Map();
let currentInvocation;
const ask = (message) =>
  new Promise((resolve) => {
    const id = ++nextCallId;
    pendingCalls.set(id, resolve);
    parentPort.postMessage({ ...message, id, invocationId: currentInvocation });
  });

/** Rebuilds the error the main thread sent as the SDK would throw it (name, message, $fault, $metadata...). */
const rebuildError = (shape) => {
  const error = new Error(shape.message);
  Object.assign(error, shape.props);
  Object.defineProperty(error, 'name', { value: shape.name, writable: true, configurable: true, enumerable: false });
  return error;
};

// The call's input as plain JSON-like data: Date objects as ISO strings (what AwsCall documents; a Date would also
// arrive as another realm's Date under Jest's VM modules, where `instanceof Date` fails).
const plain = (value) => {
  if (value === undefined || value === null) return value;
  if (value instanceof RealDate) return value.toISOString();
  if (value instanceof Uint8Array || value instanceof Set || value instanceof Map) return value;
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function').map(([k, v]) => [k, plain(v)]));
  if (typeof value === 'bigint') return value.toString();
  return value;
};

const patchClient = (Client) => {
  if (!Client?.prototype?.send || Client.prototype.send.__opsAlertPatched) return;
  const original = Client.prototype.send;
  const send = async function (command, optionsOrCb, cb) {
    const callback = typeof optionsOrCb === 'function' ? optionsOrCb : cb;
    const run = async () => {
      const service = this.config?.serviceId;
      // lib-dynamodb's document commands wrap the low-level one (`clientCommand`).
      const low = command.clientCommand ?? command;
      const operation = String(low.constructor?.name ?? 'Unknown').replace(/Command$/, '');
      const clientRegion = typeof this.config?.region === 'function' ? await this.config.region() : this.config?.region;
      // Which credentials sign the call: the function's own (its role), or temporary ones an AssumeRole gave (the
      // main thread checks the call against the assumed role). Resolving them runs the client's provider as the SDK
      // would before signing (a failing provider, e.g. a denied AssumeRole, fails the call).
      const credentials = typeof this.config?.credentials === 'function' ? await this.config.credentials() : this.config?.credentials;
      const call = { service, operation, input: plain(command.input ?? {}), region: clientRegion ?? region, ...(credentials?.accessKeyId ? { accessKeyId: credentials.accessKeyId } : {}) };
      if (service === 'DynamoDB') {
        const answer = await ask({ type: 'authorize', call });
        if (!answer.ok) throw rebuildError(answer.error);
        return original.call(this, command, typeof optionsOrCb === 'function' ? undefined : optionsOrCb);
      }
      const answer = await ask({ type: 'call', call });
      if (!answer.ok) throw rebuildError(answer.error);
      return { ...answer.output, $metadata: { httpStatusCode: 200, requestId: `local-${nextCallId}`, attempts: 1, totalRetryDelay: 0 } };
    };
    if (!callback) return run();
    run().then((result) => callback(null, result), (error) => callback(error));
    return undefined;
  };
  send.__opsAlertPatched = true;
  Client.prototype.send = send;
};

const require = createRequire(bundle);
for (const module of clientModules) {
  try {
    patchClient(require(module.cjs).Client);
  } catch {
    // a copy without a CommonJS build
  }
  if (module.esm) {
    try {
      patchClient((await import(pathToFileURL(module.esm).href)).Client);
    } catch {
      // a copy without an ESM build
    }
  }
}

// ---- The bundle, loaded as Lambda loads it (INIT) ---------------------------------------------------------------
// Once per generation: a new generation (the next scenario, i.e. another deployment) imports the bundle again as a
// new module instance, so everything the bundle keeps (Powertools caches, clients, settings) starts empty as in a
// fresh container; the SDK the runtime provides stays loaded.
let handler;
let loadedGeneration;
const init = async (generation) => {
  const loaded = await import(`${pathToFileURL(bundle).href}?generation=${generation}`);
  const fn = loaded[handlerExport];
  if (typeof fn !== 'function') throw new Error(`${bundle} exports no function '${handlerExport}'`);
  handler = fn;
  loadedGeneration = generation;
};

parentPort.on('message', async (message) => {
  if (message.type === 'die') {
    // An injected container fault (deployed-run.ts ContainerFault): the runtime dies under the running invocation.
    if (message.how === 'exit') process.exit(1);
    // A rejection nobody handles: Node's default (--unhandled-rejections=throw) ends the thread with it.
    Promise.reject(new Error('injected: a promise rejection nobody handles'));
    return;
  }
  if (message.type === 'callResult') {
    const resolve = pendingCalls.get(message.id);
    pendingCalls.delete(message.id);
    resolve?.(message);
    return;
  }
  if (message.type !== 'invoke') return;
  offsetMs = message.nowMs - RealDate.now();
  const initStart = RealDate.now();
  if (message.generation !== loadedGeneration) {
    try {
      await init(message.generation);
    } catch (error) {
      parentPort.postMessage({ type: 'result', invocationId: message.invocationId, ok: false, errorType: 'Runtime.ImportModuleError', errorMessage: String(error?.message ?? error) });
      return;
    }
  }
  currentInvocation = message.invocationId;
  // The invoke phase starts now: the function's Timeout counts from here, INIT excluded (AWS: the Init phase has its
  // own 10 s limit; an INIT that runs past it is run again within the first invocation, under the function's Timeout,
  // so only INIT beyond those 10 s counts against it). The main thread stops the container at the same deadline.
  const invokeStart = RealDate.now();
  const deadline = Math.min(invokeStart, initStart + message.initLimitMs) + message.timeoutMs;
  parentPort.postMessage({ type: 'invoking', invocationId: message.invocationId, deadlineMs: deadline });
  const context = {
    functionName, functionVersion: '$LATEST', invokedFunctionArn: message.functionArn, memoryLimitInMB: String(memoryMb),
    awsRequestId: message.requestId, logGroupName, logStreamName: `local/[$LATEST]${message.requestId}`,
    callbackWaitsForEmptyEventLoop: true, getRemainingTimeInMillis: () => Math.max(0, deadline - RealDate.now()),
    done: () => undefined, fail: () => undefined, succeed: () => undefined,
  };
  try {
    const result = await handler(message.event, context);
    // Lambda returns the JSON serialisation of what the handler returned.
    parentPort.postMessage({ type: 'result', invocationId: message.invocationId, ok: true, payload: result === undefined ? null : JSON.parse(JSON.stringify(result)) });
  } catch (error) {
    // What the Node.js runtime reports: errorType = the error's name as the bundle has it.
    const name = error instanceof Error || (error && typeof error === 'object' && 'name' in error) ? String(error.name) : 'Error';
    parentPort.postMessage({ type: 'result', invocationId: message.invocationId, ok: false, errorType: name, errorMessage: String(error?.message ?? error) });
  }
});
parentPort.postMessage({ type: 'ready' });
