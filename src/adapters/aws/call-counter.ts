/**
 * Counts AWS calls by "Service.Operation" through an SDK middleware, so a benchmark can report AWS calls per event
 * without touching the adapters.
 */

/** Tallies of AWS calls, keyed "Service.Operation" (e.g. "CloudWatch.DescribeAlarms"). */
export class CallCounter {
  private readonly tallies = new Map<string, number>();

  record(call: string): void {
    this.tallies.set(call, (this.tallies.get(call) ?? 0) + 1);
  }

  /** Calls of one "Service.Operation" (0 when never called). */
  count(call: string): number {
    return this.tallies.get(call) ?? 0;
  }

  total(): number {
    let sum = 0;
    for (const value of this.tallies.values()) sum += value;
    return sum;
  }

  /** A plain, key-sorted copy, ready for JSON. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.tallies.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.tallies.clear();
  }
}

/** The part of the SDK's handler context we read. */
interface HandlerContext {
  clientName?: string;
  commandName?: string;
}

type Handler = (args: unknown) => Promise<unknown>;

/** Any SDK v3 client: only its middleware stack is used. Kept structural so no @smithy/types import is needed. */
export interface MiddlewareClient {
  middlewareStack: { add(...args: never[]): unknown };
}

/** The one `add` overload used here (initialize step). */
interface InitializeStack {
  add(middleware: (next: Handler, context: HandlerContext) => Handler, options: { step: 'initialize'; name: string; override?: boolean }): void;
}

const MIDDLEWARE_NAME = 'opsAlertCallCounter';

/** "CloudWatchClient" + "DescribeAlarmsCommand" → "CloudWatch.DescribeAlarms". */
export const callName = (context: HandlerContext): string => {
  const service = (context.clientName ?? 'Unknown').replace(/Client$/, '');
  const operation = (context.commandName ?? 'Unknown').replace(/Command$/, '');
  return `${service}.${operation}`;
};

/**
 * Attaches the counting middleware to a client and returns the client. It sits in the `initialize` step, above the
 * SDK's retry middleware, so it counts each call once however many attempts the SDK makes. Attaching again to the
 * same client replaces the previous counter instead of counting twice.
 */
export const attachCallCounter = <C extends MiddlewareClient>(client: C, counter: CallCounter): C => {
  (client.middlewareStack as unknown as InitializeStack).add(
    (next, context) => async (args) => {
      counter.record(callName(context));
      return next(args);
    },
    { step: 'initialize', name: MIDDLEWARE_NAME, override: true },
  );
  return client;
};
