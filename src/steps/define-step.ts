/**
 * One Lambda step, defined once (`defineStep`, one file per step in src/steps/defs/): its id, the ports it takes, the
 * business key that makes it idempotent, the parts of the workflow state it needs, and what it runs. Everything else
 * is derived from the definitions: the handler entry's path and the definition's placeholder (from the id), the IAM
 * grants (from the ports, src/adapters/port-grants.ts), the idempotency table and key, the input validators
 * (schemas/generate-types.ts compiles one per `needs`), the local registry and the substitution map
 * (src/workflow/steps.ts).
 *
 * No runtime import of adapters or the AWS SDK here or in a definition: the CDK app reads the definitions.
 */
import type { Ports } from '#ports/index.js';
import { assertStepInput, type StandaloneValidator } from '#workflow/validate.js';
import type { WorkflowState } from './state.js';

/** A port a step may take (src/ports). */
export type PortName = keyof Ports;

/** A part of the workflow state (schemas/workflow-state.schema.json) a step may need. */
export type StatePart = keyof WorkflowState;

/** The step's logic (src/steps/*.ts): its input, the ports it takes, and what else the local runtime may pass. */
type StepLogic = (input: never, ports: never, ...rest: never[]) => unknown;
type PortsTaken<Run> = Run extends (input: never, ports: infer P, ...rest: never[]) => unknown ? (unknown extends P ? never : keyof P) : never;
type RestOf<Run> = Run extends (input: never, ports: never, ...rest: infer R) => unknown ? R : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** What a step file writes. */
export interface StepSpec<Id extends string, P extends PortName, Run extends StepLogic> {
  id: Id;
  /**
   * The ports the step takes, exactly those its logic takes (checked by the compiler): the handler entry must build
   * these (src/lambda/aws-deps.ts), the local runtime hands the step only these, and its function is granted what
   * these can call, nothing else.
   */
  ports: readonly P[];
  /** A side-effecting step runs idempotently on this business key (JMESPath into its input), with the idempotency table. */
  idempotencyKey?: string;
  /**
   * The parts of the workflow state the step needs: its input is checked against the workflow state schema with these
   * parts required (by `input`, the validator `npm run gen:types` compiles from this list). Absent for a step that does
   * not take the workflow state (it checks its own input).
   */
  needs?: readonly StatePart[];
  /** The generated validator of `needs` (`validate<Id>Input` of src/types/generated/validators/workflow-state.js). */
  input?: StandaloneValidator;
  /** Not a Task of the workflow: started by another trigger (no placeholder in the definition). */
  trigger?: 'execution-status-change';
  /** The step's logic (src/steps/*.ts). */
  run: Run;
}

/** A step as the rest of the code sees it. */
export interface StepDefinition<Id extends string = string, P extends PortName = PortName, Rest extends unknown[] = unknown[]> {
  readonly id: Id;
  readonly ports: readonly P[];
  readonly idempotencyKey?: string;
  readonly needs?: readonly StatePart[];
  readonly trigger?: 'execution-status-change';
  /** handlers/<kebab-id>.ts: the Lambda entry point. */
  readonly entry: string;
  /** `<Id>FunctionArn`: the `${...}` of statemachine/ops-alert.asl.json the function's ARN fills (Tasks only). */
  readonly placeholder: `${Id}FunctionArn`;
  /** The input checked (when the step declares `needs`), then the step's logic. */
  readonly run: (input: unknown, ports: Pick<Ports, P>, ...rest: Rest) => Promise<unknown> | unknown;
}

/** Any step definition, whatever its id and ports. */
export type AnyStepDefinition = StepDefinition<string, PortName, never[]>;

/** "ResolveChildAlarms" → "resolve-child-alarms". */
export const kebabCase = (id: string): string => id.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** A declared port list that differs from the ports the logic takes is refused by the compiler with this message. */
type PortsMustMatch<P extends PortName, Run> = Same<PortsTaken<Run>, P> extends true ? unknown : { ports: `must be exactly the ports run takes: ${PortsTaken<Run> & string}` };

export const defineStep = <const Id extends string, const P extends PortName = never, Run extends StepLogic = StepLogic>(
  spec: StepSpec<Id, P, Run> & PortsMustMatch<P, Run>,
): StepDefinition<Id, P, RestOf<Run>> => {
  if (spec.needs && !spec.input) throw new Error(`Step ${spec.id} needs parts of the workflow state but has no input validator`);
  const logic = spec.run as unknown as (input: unknown, ports: unknown, ...rest: unknown[]) => unknown;
  const validate = spec.input;
  return {
    id: spec.id,
    ports: spec.ports,
    ...(spec.idempotencyKey ? { idempotencyKey: spec.idempotencyKey } : {}),
    ...(spec.needs ? { needs: spec.needs } : {}),
    ...(spec.trigger ? { trigger: spec.trigger } : {}),
    entry: `handlers/${kebabCase(spec.id)}.ts`,
    placeholder: `${spec.id}FunctionArn`,
    run: validate
      ? (input, ports, ...rest) => logic(assertStepInput(spec.id, validate, input), ports, ...rest)
      : (input, ports, ...rest) => logic(input, ports, ...rest),
  };
};
