/**
 * Simulated time per execution. The local runtime runs each Task inside `runAt(now, executionName)`; the sandbox
 * answers as of that time (alarm states, case ages) and tags what it records with the execution that did it.
 * AsyncLocalStorage keeps concurrent executions apart.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface ExecutionTime {
  now: Date;
  executionName: string;
  /** The Lambda step running (LAMBDA_STEPS id), so a call can be told apart by the function that would make it. */
  step?: string;
}

const storage = new AsyncLocalStorage<ExecutionTime>();

export const runAt = <T>(time: ExecutionTime, fn: () => T): T => storage.run(time, fn);

export const currentExecutionTime = (): ExecutionTime | undefined => storage.getStore();
