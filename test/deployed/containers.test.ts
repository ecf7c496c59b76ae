/**
 * The simulated Lambda service's clock (src/local/deployed/containers.ts), on a hand-written bundle whose INIT takes
 * longer than its function's Timeout: as in Lambda, the Timeout counts from the end of INIT (the Init phase has its
 * own 10 s limit), and the deadline the handler's context gives (getRemainingTimeInMillis) is the one the container is
 * stopped at. Before, the container's timer started before INIT while the context's deadline started after it: this
 * bundle then timed out during INIT, and a hung handler was stopped before its context's deadline (which hid that
 * middy's early timeout fails a hung step with TimeoutError; see src/lambda/middy-options.ts).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '#local/runtime.js';
import { LocalLambdaService } from '#local/deployed/containers.js';
import type { DeployedFunction } from '#local/deployed/assembly.js';

/** Longer than the function's Timeout below */
const INIT_MS = 1500;
const TIMEOUT_SECONDS = 1;

const BUNDLE = `
const started = Date.now();
await new Promise((resolve) => setTimeout(resolve, ${INIT_MS}));
export const handler = async (event, context) => {
  const remaining = context.getRemainingTimeInMillis();
  if (event.hang) {
    // Runs until the deadline its context gives, then answers: too late if the container is stopped at that deadline.
    await new Promise((resolve) => setTimeout(resolve, remaining + 200));
    return { late: true };
  }
  return { remaining, initMs: Date.now() - started };
};
`;

let dir: string;
let lambda: LocalLambdaService;
let fn: DeployedFunction;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ops-alert-containers-'));
  writeFileSync(join(dir, 'index.mjs'), BUNDLE);
  fn = {
    logicalId: 'SlowInitFunction', name: 'slow-init', arn: 'arn:aws:lambda:us-east-1:123456789012:function:slow-init',
    bundle: join(dir, 'index.mjs'), handlerExport: 'handler', environment: {}, timeoutSeconds: TIMEOUT_SECONDS, memoryMb: 128,
    roleArn: 'arn:aws:iam::123456789012:role/slow-init', roleName: 'slow-init', policies: [], managedPolicyArns: [],
  };
  lambda = new LocalLambdaService({ nodeModules: join(PROJECT_ROOT, 'node_modules'), baseEnvironment: {} });
  lambda.newDeployment(() => Promise.reject(new Error('the bundle makes no AWS call')));
});

afterAll(async () => {
  await lambda?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('simulated Lambda: the function Timeout counts from the end of INIT', () => {
  it('a cold start whose INIT outlasts the Timeout still runs the handler, with the whole Timeout left', async () => {
    const { result } = await lambda.invoke(fn, {}, new Date('2026-06-01T10:00:00Z'), 'us-east-1');
    const { remaining, initMs } = result as { remaining: number; initMs: number };
    expect(initMs).toBeGreaterThanOrEqual(INIT_MS);
    expect(remaining).toBeGreaterThan(TIMEOUT_SECONDS * 1000 - 500);
    expect(remaining).toBeLessThanOrEqual(TIMEOUT_SECONDS * 1000);
  }, 30_000);

  it('a handler still running at its context\'s deadline is stopped there: Sandbox.Timedout (a new deployment: INIT again)', async () => {
    lambda.newDeployment(() => Promise.reject(new Error('the bundle makes no AWS call')));
    await expect(lambda.invoke(fn, { hang: true }, new Date('2026-06-01T10:00:00Z'), 'us-east-1')).rejects.toMatchObject({ name: 'Sandbox.Timedout' });
  }, 30_000);
});
