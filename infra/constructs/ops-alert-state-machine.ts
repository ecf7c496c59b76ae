/**
 * The Standard state machine from statemachine/ops-alert.asl.json, inline in the template (DefinitionBody.fromString,
 * so tests can read it) with its `${...}` placeholders filled by `buildSubstitutions` — the same map the local
 * runtime uses, so both run the same definition.
 *
 * Logging: level ALL with includeExecutionData false. Standard executions keep their full input/output history for
 * 90 days (console, GetExecutionHistory, the ops-alert CLI); the log group is for error and duration queries, and
 * leaving the data out keeps case bodies, usage figures and CC addresses out of a second, longer-lived store.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Annotations, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type { CfnElement } from 'aws-cdk-lib';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { DefinitionBody, LogLevel, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { REPO_ROOT } from '../config.js';
import { buildSubstitutions, STATE_MACHINE_DEFINITION_PATH, WORKFLOW_TASK_STEPS } from '#workflow/steps.js';
import { executionTimeoutSeconds, lambdaTaskTimeouts, schemaMaxima, STEP_FUNCTION_TIMEOUT_SECONDS } from '#workflow/timeouts.js';
import type { LambdaStepId } from '#workflow/steps.js';
import type { HandlerFunction } from './handler-function.js';
import { acknowledge } from '../nag.js';

export interface OpsAlertStateMachineProps {
  functions: Readonly<Record<LambdaStepId, HandlerFunction>>;
  logRetention: RetentionDays;
  /**
   * The ASL text. Tests pass a stand-in while the real definition is being written.
   * @default the contents of statemachine/ops-alert.asl.json
   */
  definition?: string;
}

/** Task resources the state machine role is allowed to use: Lambda invocations only. */
const LAMBDA_INVOKE_RESOURCE = /^arn:aws:states:::lambda:invoke(\.waitForTaskToken)?$/;

/** Every `Resource` of every Task, Parallel branches and Map processors included. */
export const taskResources = (definition: unknown): string[] => {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.Type === 'Task' && typeof record.Resource === 'string') found.push(record.Resource);
    Object.values(record).forEach(walk);
  };
  walk(definition);
  return found;
};

export const readStateMachineDefinition = (): string => {
  const path = resolve(REPO_ROOT, STATE_MACHINE_DEFINITION_PATH);
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    throw new Error(`Cannot read the state machine definition ${STATE_MACHINE_DEFINITION_PATH}: ${(cause as Error).message}`, { cause });
  }
};

export class OpsAlertStateMachine extends Construct {
  public readonly stateMachine: StateMachine;
  public readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: OpsAlertStateMachineProps) {
    super(scope, id);
    const definition = props.definition ?? readStateMachineDefinition();
    const substitutions = buildSubstitutions((step) => props.functions[step].function.functionArn);

    // The role below can only invoke the step functions: say so at synth if the ASL needs anything else.
    const parsed: unknown = JSON.parse(definition);
    const placeholders = new Set(Object.keys(substitutions).map((name) => `\${${name}}`));
    for (const resource of taskResources(parsed)) {
      if (!LAMBDA_INVOKE_RESOURCE.test(resource) && !placeholders.has(resource)) {
        Annotations.of(this).addError(`Task resource ${resource} is not a Lambda invocation: grant the state machine role what it needs in OpsAlertStateMachine.`);
      }
    }

    // The time limits the definition must keep (src/workflow/timeouts.ts): each Lambda Task waits longer than its
    // function may run, and the execution outlasts the longest valid settings.
    for (const [name, timeout] of lambdaTaskTimeouts(parsed)) {
      if (!(typeof timeout === 'number' && timeout > STEP_FUNCTION_TIMEOUT_SECONDS)) {
        Annotations.of(this).addError(`Task ${name} has TimeoutSeconds ${String(timeout)}: it must be above the step functions' timeout (${STEP_FUNCTION_TIMEOUT_SECONDS} s).`);
      }
    }
    const needed = executionTimeoutSeconds(schemaMaxima(JSON.parse(readFileSync(resolve(REPO_ROOT, 'schemas/runtime-settings.schema.json'), 'utf8'))));
    const executionTimeout = (parsed as { TimeoutSeconds?: unknown }).TimeoutSeconds;
    if (!(typeof executionTimeout === 'number' && executionTimeout >= needed)) {
      Annotations.of(this).addError(`The definition's TimeoutSeconds (${String(executionTimeout)}) is below what the largest valid settings need (${needed} s).`);
    }

    this.logGroup = new LogGroup(this, 'Logs', { retention: props.logRetention, removalPolicy: RemovalPolicy.DESTROY });
    this.stateMachine = new StateMachine(this, 'Resource', {
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromString(definition),
      definitionSubstitutions: substitutions,
      tracingEnabled: true,
      // The execution timeout belongs to the ASL (TimeoutSeconds), next to the Wait/poll loop it bounds.
      logs: { destination: this.logGroup, level: LogLevel.ALL, includeExecutionData: false },
    });
    acknowledge(this.stateMachine.role, 'AwsSolutions-IAM5[Resource::*]',
      'X-Ray tracing of the state machine: xray:PutTraceSegments, PutTelemetryRecords, GetSamplingRules and GetSamplingTargets have no resource-level permissions.');
    // Only the steps the definition invokes (NotifyFailure is started by EventBridge, not by the workflow).
    for (const handler of WORKFLOW_TASK_STEPS.map((step) => props.functions[step.id])) {
      handler.function.grantInvoke(this.stateMachine);
      const logicalId = Stack.of(this).getLogicalId(handler.function.node.defaultChild as CfnElement);
      acknowledge(this.stateMachine.role, `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>:*]`,
        'lambda:InvokeFunction on the step function and its qualifiers (function:name:*), so the definition may invoke a version or alias of the same function.');
    }
  }
}
