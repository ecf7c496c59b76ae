/**
 * The middy handler factory shared by every Lambda step: logger, then idempotency for the steps with side effects,
 * then the step itself. The Lambda entry points (handlers/*.ts, with the AWS adapters, src/lambda/aws-deps.ts) and
 * the local runtime (sandbox adapters) compose the same step definitions with it: only the ports differ, never the
 * logic. It knows no step: each entry passes its own, so each bundle holds one step.
 */
import middy from '@middy/core';
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import type { BasePersistenceLayer } from '@aws-lambda-powertools/idempotency/persistence';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { Context } from 'aws-lambda';
import { logger } from './logger.js';
import { MIDDY_OPTIONS } from './middy-options.js';
import type { Ports } from '#ports/index.js';
import type { PortName, StepDefinition } from '#steps/define-step.js';

/**
 * Where a side-effecting step records its runs: any Powertools persistence layer: a DynamoDB table (Lambda, dynalite
 * in tests: dynamodb-idempotency.ts) or the local runtime's in-process table (src/adapters/memory/idempotency-store.ts).
 */
export interface IdempotencyStore {
  /** Builds the persistence layer; called once per handler (a shared instance keeps the first config it sees). */
  persistenceLayer: () => BasePersistenceLayer;
  /** How long a completed step's result is remembered: at least the Step Functions redrive window (14 days). */
  expiresAfterSeconds?: number;
}

export interface HandlerDeps<P = Ports> {
  /** Built lazily, once per container, so a cold start without a needed variable fails with a clear message. */
  ports: () => P;
  /**
   * Organization mode: the ports of the account and Region the event names (cached by the caller), instead of `ports`.
   * @default `ports`, built once
   */
  portsFor?: (event: unknown) => P;
  idempotency?: IdempotencyStore;
}

/** What a step runs with the ports it needs (`K`): its definition's `run` (src/steps/define-step.ts). */
export type StepRun<K extends keyof Ports = keyof Ports> = (input: unknown, ports: Pick<Ports, K>) => Promise<unknown> | unknown;

export type StepHandler = (event: unknown, context: Context) => Promise<unknown>;

/**
 * Marks a result served from the idempotency store, so reports can tell a no-op duplicate from the first run. A
 * nested caseAction (the quota path carries it inside quotaRequest) is marked too.
 */
const markReplay = (response: unknown): unknown => {
  if (!response || typeof response !== 'object' || Array.isArray(response)) return response;
  const marked: Record<string, unknown> = { ...(response as Record<string, unknown>), replayed: true };
  if (marked.caseAction && typeof marked.caseAction === 'object') marked.caseAction = { ...(marked.caseAction as object), replayed: true };
  return marked;
};

/**
 * The handler of `step`. It runs idempotently on the step's `idempotencyKey` when it has one and `deps.idempotency` is
 * given (the Lambda entries always give it for such a step: src/lambda/aws-deps.ts). `run` may replace the step's own
 * (the local runtime's FetchUsage remembers its summaries).
 */
export const createStepHandler = <K extends PortName>(
  step: Pick<StepDefinition<string, K>, 'id' | 'idempotencyKey'>, run: StepRun<K>, deps: HandlerDeps<Pick<Ports, K>>,
): StepHandler => {
  let ports: Pick<Ports, K> | undefined;
  let work = async (event: unknown): Promise<unknown> => {
    const current = deps.portsFor ? deps.portsFor(event) : (ports ??= deps.ports());
    // The idempotency store cannot keep `undefined`
    return (await run(event, current)) ?? null;
  };

  const keyPath = step.idempotencyKey;
  let config: IdempotencyConfig | undefined;
  if (keyPath && deps.idempotency) {
    config = new IdempotencyConfig({
      eventKeyJmesPath: keyPath,
      throwOnNoIdempotencyKey: true,
      expiresAfterSeconds: deps.idempotency.expiresAfterSeconds ?? 15 * 86_400,
      responseHook: (response) => markReplay(response) as never,
    });
    // makeIdempotent around the work, NOT the middy middleware: with the middleware, an
    // IdempotencyAlreadyInProgressError raised in `before` runs middy's onError, which deletes the OTHER
    // execution's in-progress record, so the retry does the side effect a second time (reproduced with dynalite: the
    // 50 concurrent incidents of test/workflow/guarantees.test.ts then make more than one case).
    work = makeIdempotent(work, {
      // One persistence layer per handler: a shared instance keeps the first config it sees (toolchain notes).
      persistenceStore: deps.idempotency.persistenceLayer(),
      // An explicit prefix: the default (the function name) changes when a function is renamed.
      keyPrefix: `ops-alert-${step.id}`,
      config,
    });
  }

  const handler = middy(async (event: unknown, context: Context) => {
    // The in-progress record expires with the function's remaining time, so a timed-out attempt can be retried.
    config?.registerLambdaContext(context);
    return work(event);
  }, MIDDY_OPTIONS)
    .use(injectLambdaContext(logger, { correlationIdPath: 'execution.name', resetKeys: true }))
    .use({ before: () => { logger.appendKeys({ step: step.id }); } });
  return handler as unknown as StepHandler;
};
