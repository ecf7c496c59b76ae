/**
 * One Lambda function for one handler file: bundled with the local esbuild (no Docker), nodejs22.x on arm64, ESM,
 * minified with source maps, X-Ray tracing, its own log group with a retention, and its own role that can only
 * write to that log group. Callers add the permissions of what the handler does.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogLevel, NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { REPO_ROOT } from '../config.js';
import { HANDLER_ESBUILD } from '../handler-bundling.js';
import { acknowledge, acknowledgeAll } from '../nag.js';

/**
 * The CDK's bundling options of every handler: infra/handler-bundling.ts (HANDLER_ESBUILD, shared with the bundle-size
 * benchmark and the bundle tests) in the CDK's terms, bundled with the local esbuild.
 */
export const HANDLER_BUNDLING = {
  format: HANDLER_ESBUILD.format === 'esm' ? OutputFormat.ESM : OutputFormat.CJS,
  target: HANDLER_ESBUILD.target,
  minify: HANDLER_ESBUILD.minify,
  sourceMap: true,
  sourceMapMode: HANDLER_ESBUILD.sourcemap === 'external' ? SourceMapMode.EXTERNAL : SourceMapMode.DEFAULT,
  sourcesContent: HANDLER_ESBUILD.sourcesContent,
  mainFields: [...HANDLER_ESBUILD.mainFields],
  banner: HANDLER_ESBUILD.banner.js,
  externalModules: [...HANDLER_ESBUILD.external],
  forceDockerBundling: false,
  // esbuild prints only errors: `cdk synth -q` stays quiet but for real problems.
  logLevel: LogLevel.ERROR,
} as const satisfies BundlingOptions;

export interface HandlerFunctionProps {
  /** Handler file relative to the repository root, e.g. `handlers/notify.ts`. */
  entry: string;
  description: string;
  environment: Record<string, string>;
  /** POWERTOOLS_SERVICE_NAME of the function. */
  serviceName: string;
  logLevel: string;
  logRetention: RetentionDays;
  /** @default Duration.seconds(60) */
  timeout?: Duration;
  /** @default 256 */
  memorySize?: number;
  /**
   * Where asynchronous invocations go after Lambda's retries (only for asynchronously invoked functions).
   * @default none
   */
  deadLetterQueue?: IQueue;
  /**
   * IAM path of the function's role (organization mode: the spoke roles trust the hub step roles by path).
   * @default "/"
   */
  rolePath?: string;
}

export class HandlerFunction extends Construct {
  public readonly function: NodejsFunction;
  public readonly role: Role;
  public readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: HandlerFunctionProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, 'Logs', { retention: props.logRetention, removalPolicy: RemovalPolicy.DESTROY });
    // An own role instead of AWSLambdaBasicExecutionRole: logs are writable only to this function's log group.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: props.description,
      ...(props.rolePath !== undefined ? { path: props.rolePath } : {}),
    });
    this.role.addToPrincipalPolicy(new PolicyStatement({
      actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      resources: [this.logGroup.logGroupArn],
    }));

    const entryPath = resolve(REPO_ROOT, props.entry);
    if (!existsSync(entryPath)) throw new Error(`Handler file ${props.entry} does not exist.`);
    this.function = new NodejsFunction(this, 'Function', {
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      timeout: props.timeout ?? Duration.seconds(60),
      memorySize: props.memorySize ?? 256,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      tracing: Tracing.ACTIVE,
      ...(props.deadLetterQueue ? { deadLetterQueue: props.deadLetterQueue } : {}),
      environment: {
        ...props.environment,
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_LOG_LEVEL: props.logLevel,
        // Stack traces point at the TypeScript sources through the bundled source map.
        NODE_OPTIONS: '--enable-source-maps',
      },
      entry: entryPath,
      handler: 'handler',
      depsLockFilePath: resolve(REPO_ROOT, 'package-lock.json'),
      projectRoot: REPO_ROOT,
      bundling: HANDLER_BUNDLING,
    });

    acknowledge(this.role, 'AwsSolutions-IAM5[Resource::*]',
      'Active X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords have no resource-level permissions.');
    acknowledgeAll(this.function, ['AwsSolutions-L1', 'Serverless-LambdaLatestVersion'],
      'nodejs22.x is pinned on purpose: the handlers and their tests are built and run on Node 20/22 (toolchain notes); moving to a newer runtime is a tested change, not a silent default.');
  }
}
