/**
 * The simulated account answering at the SDK level (deployed-artifact run): each AWS call a bundle sends is answered
 * from the scenario's SandboxAccount with the output shape the SDK would return (Date objects where the SDK
 * deserialises timestamps), or fails with an SDK-shaped service exception (`name`, `$fault`, `$metadata`,
 * `$retryable`) that the project's error mapping (src/adapters/aws/errors.ts) classifies as it would in AWS.
 *
 * The account's state is shared with the source-level run's model of it, so what the deployed run leaves behind
 * (cases, requests, e-mails) is comparable. Calls are counted, and the scenario's faults injected, per SDK operation
 * under the same "Service.Operation" names the sandbox uses.
 *
 * Answers depend on the execution's simulated time: call `handle` inside the virtual clock's `runAt(...)` of the
 * execution that made the call (src/adapters/sandbox/virtual-clock.ts), as the source-level run does.
 */
import type { SandboxAccount } from '../../adapters/sandbox/account.js';
import type { AwsCall } from './aws-call.js';

export type { AwsCall } from './aws-call.js';
export { UnknownAwsOperationError } from './aws-call.js';

/**
 * An injected "crash" fault: the function dies (before the call, or after it took effect). It is not an AWS
 * error and must not reach the bundle's code as one: the container that runs the bundle must recognise it
 * (`isFunctionCrash`) and end the invocation as a dead runtime does (the worker exits; the engine then sees the
 * Lambda failure Step Functions reports for it, `Lambda.Unknown`), instead of handing it to the bundle.
 */
export declare class FunctionCrash extends Error {
  readonly api: string;
  readonly phase: 'before' | 'after';
  constructor(api: string, phase: 'before' | 'after');
}

export declare const isFunctionCrash: (error: unknown) => error is FunctionCrash;

/** An SDK v3 service exception's shape (what `@smithy/smithy-client`'s ServiceException carries). */
export interface SdkServiceError extends Error {
  $fault: 'client' | 'server';
  $metadata: { httpStatusCode: number; requestId?: string; attempts?: number; totalRetryDelay?: number };
  $retryable?: { throttling?: boolean };
  /** Node network errors (TimeoutError) carry a code instead of $metadata.httpStatusCode. */
  code?: string;
}

/** Builds an SDK-shaped service exception. */
export declare const sdkServiceError: (
  name: string,
  message: string,
  options: { fault: 'client' | 'server'; status: number; retryable?: { throttling?: boolean } },
) => SdkServiceError;

/** Options of SandboxAwsApi. */
export interface SandboxAwsApiOptions {
  /** The settings parameter's name; GetParameter of any other name answers ParameterNotFound. Default: any name. */
  settingsParameterName?: string;
  /** The notification topic's ARN; Publish to another topic answers NotFound. Default: any topic. */
  topicArn?: string;
  /** GetMetricData's data points per page before it answers a NextToken (AWS: 100,800). */
  metricDataPointsPerPage?: number;
}

/** The service+operation pairs SandboxAwsApi answers, as "service:Operation" (serviceId:operation). */
export declare const SUPPORTED_OPERATIONS: readonly string[];

export declare class SandboxAwsApi {
  constructor(account: SandboxAccount, options?: SandboxAwsApiOptions);
  /**
   * Answers one call: the SDK output, or throws an SdkServiceError, a FunctionCrash (injected crash) or an
   * UnknownAwsOperationError (an operation it does not simulate).
   */
  handle(call: Pick<AwsCall, 'service' | 'operation' | 'input'> & Partial<AwsCall>): Promise<Record<string, unknown>>;
}
