/**
 * Lambda failures the definition must retry, and the time limits: every Lambda Task retries timeouts and crashes
 * (Sandbox.Timedout, Lambda.Unknown) and Lambda's service errors, waits longer than its function may run, and the
 * execution outlasts the longest settings the runtime settings schema allows. (The synthesized functions' timeouts and
 * the deployed definition's: test/infra/core-stack.suite.ts, on the example app the template tests share.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allStates, loadDefinition } from '#local/definition.js';
import { PROJECT_ROOT } from '#local/project-root.js';
import { executionTimeoutSeconds, lambdaTaskTimeouts, schemaMaxima, STEP_FUNCTION_TIMEOUT_SECONDS, STEP_TASK_TIMEOUT_SECONDS } from '#workflow/timeouts.js';

const definition = loadDefinition();
const lambdaTasks = allStates(definition.States).filter(([, state]) => state.Type === 'Task');
const LAMBDA_FAILURES = [
  'Lambda.ServiceException', 'Lambda.AWSLambdaException', 'Lambda.SdkClientException', 'Lambda.TooManyRequestsException',
  'Lambda.ClientExecutionTimeoutException', 'Lambda.Unknown', 'Sandbox.Timedout',
];

describe('the definition', () => {
  it('has Lambda Tasks (every Task invokes a step function)', () => {
    expect(lambdaTasks.length).toBeGreaterThanOrEqual(10);
    expect(lambdaTaskTimeouts(definition).map(([name]) => name).sort()).toEqual(lambdaTasks.map(([name]) => name).sort());
  });

  it.each(lambdaTasks.map(([name, state]) => [name, state] as const))('%s retries Lambda timeouts, crashes and service errors', (_name, state) => {
    const retried = ((state.Retry ?? []) as { ErrorEquals: string[] }[]).flatMap((retrier) => retrier.ErrorEquals);
    expect(LAMBDA_FAILURES.filter((error) => !retried.includes(error))).toEqual([]);
  });

  it('gives every Lambda Task a timeout above its function\'s (a function timeout is then Sandbox.Timedout, not a race)', () => {
    expect(STEP_TASK_TIMEOUT_SECONDS).toBeGreaterThan(STEP_FUNCTION_TIMEOUT_SECONDS);
    const timeouts = lambdaTaskTimeouts(definition);
    expect(timeouts.filter(([, timeout]) => timeout !== STEP_TASK_TIMEOUT_SECONDS)).toEqual([]);
  });

  it('lets the longest valid settings finish before the execution times out (settle 900 s + a 120-minute cool-down + 60 polls x 300 s)', () => {
    const schema: unknown = JSON.parse(readFileSync(join(PROJECT_ROOT, 'schemas/runtime-settings.schema.json'), 'utf8'));
    const maxima = schemaMaxima(schema);
    expect(maxima).toEqual({ settleWindowSeconds: 900, pollIntervalSeconds: 300, pollAttempts: 60, coolDownSeconds: 7200 });
    expect(definition.TimeoutSeconds).toBeGreaterThanOrEqual(executionTimeoutSeconds(maxima));
    expect(executionTimeoutSeconds(maxima)).toBeGreaterThan(maxima.settleWindowSeconds + maxima.coolDownSeconds + maxima.pollAttempts * maxima.pollIntervalSeconds);
  });
});
