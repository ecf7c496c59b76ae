/**
 * A step is defined once (src/steps/defs/<step>.ts) and registered once (LAMBDA_STEPS, src/workflow/steps.ts); the
 * handler entry, the local registry, the substitution map, the state it needs and its grants follow from it. These
 * checks fail when one of the pieces a new step needs is missing: its registration, its handler line, its Task in the
 * definition, its placeholder; and when the definitions start pulling adapters or the SDK into the CDK app. What the
 * CDK app makes of the steps (one function and role per step, granted its ports' calls, with the step timeouts) is
 * checked on the synthesized example app with the other template tests (test/infra/core-stack.suite.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { allStates, loadDefinition } from '#local/definition.js';
import { PROJECT_ROOT } from '#local/project-root.js';
import { kebabCase } from '#steps/define-step.js';
import { buildSubstitutions, LAMBDA_STEPS, lambdaStep, localFunctionArn, STEP_NEEDS, stepOfLocalFunctionArn, WORKFLOW_TASK_STEPS } from '#workflow/steps.js';

const DEFS_DIR = join(PROJECT_ROOT, 'src/steps/defs');
/** Lambda entries that are not workflow steps: the starter and the threshold updater. */
const OTHER_ENTRIES = ['start-execution.ts', 'update-thresholds.ts'];

describe('every step file is registered, and every registered step is complete', () => {
  it('LAMBDA_STEPS lists every file of src/steps/defs, each once, under the file\'s name', () => {
    // Arrange
    const files = readdirSync(DEFS_DIR).filter((f) => f.endsWith('.ts')).sort();

    // Assess
    expect(LAMBDA_STEPS.map((step) => `${kebabCase(step.id)}.ts`).sort()).toEqual(files);
    expect(new Set(LAMBDA_STEPS.map((step) => step.id)).size).toBe(LAMBDA_STEPS.length);
  });

  it('each step file exports the definition it is named after', async () => {
    for (const step of LAMBDA_STEPS) {
      // Act
      const module = (await import(join(DEFS_DIR, `${kebabCase(step.id)}.ts`))) as Record<string, unknown>;

      // Assess
      expect([step.id, Object.values(module)]).toEqual([step.id, [step]]);
    }
  });

  it('each step has its handler entry, one awsStepHandler line on its own definition; handlers/ holds nothing else', () => {
    // Arrange
    const entries = readdirSync(join(PROJECT_ROOT, 'handlers')).filter((f) => f.endsWith('.ts')).sort();

    // Assess
    expect(entries).toEqual([...LAMBDA_STEPS.map((step) => step.entry.replace('handlers/', '')), ...OTHER_ENTRIES].sort());
    for (const step of LAMBDA_STEPS) {
      const text = readFileSync(join(PROJECT_ROOT, step.entry), 'utf8');
      const name = step.id[0]!.toLowerCase() + step.id.slice(1);
      expect([step.id, text.includes(`import { ${name} } from '#steps/defs/${kebabCase(step.id)}.js';`)]).toEqual([step.id, true]);
      expect([step.id, text.match(/export const handler = awsStepHandler\((\w+), /)?.[1]]).toEqual([step.id, name]);
    }
  });

  it('the substitution map fills exactly the definition\'s placeholders, and every Task dispatches to its step locally', () => {
    // Arrange
    const text = readFileSync(join(PROJECT_ROOT, 'statemachine/ops-alert.asl.json'), 'utf8');
    const placeholders = new Set([...text.matchAll(/\$\{(\w+)\}/g)].map((m) => m[1]));

    // Act
    const substitutions = buildSubstitutions(localFunctionArn);

    // Assess
    expect(new Set(Object.keys(substitutions))).toEqual(placeholders);
    const dispatched = allStates(loadDefinition().States).filter(([, s]) => s.Type === 'Task').map(([, s]) => stepOfLocalFunctionArn(String(s.Resource)));
    expect(new Set(dispatched)).toEqual(new Set(WORKFLOW_TASK_STEPS.map((step) => step.id)));
    expect(lambdaStep('FetchQuotas').placeholder).toBe('FetchQuotasFunctionArn');
  });

  it('a step that takes the workflow state names the parts it needs (the generated validators follow them)', () => {
    expect(Object.keys(STEP_NEEDS).sort()).toEqual(LAMBDA_STEPS.filter((step) => step.needs).map((step) => step.id).sort());
    expect(STEP_NEEDS.Notify).toEqual(expect.arrayContaining(['decision', 'caseAction']));
    // The first step takes the event, NotifyFailure the status-change event: no state contract.
    expect([STEP_NEEDS.ResolveChildAlarms, STEP_NEEDS.NotifyFailure]).toEqual([undefined, undefined]);
  });
});

describe('the step definitions carry no adapter (the CDK app imports them)', () => {
  it('src/workflow/steps.ts, bundled, takes nothing from src/adapters, the Lambda wiring or the AWS SDK', async () => {
    // Act
    const result = await build({
      entryPoints: [join(PROJECT_ROOT, 'src/workflow/steps.ts')], bundle: true, write: false, platform: 'node', format: 'esm',
      metafile: true, outfile: 'steps.mjs', logLevel: 'silent', external: ['@aws-sdk/*', '@smithy/*'],
    });
    const output = Object.values((result.metafile as Metafile).outputs)[0];
    const inputs = Object.keys(output?.inputs ?? {});

    // Assess: the finder sees the definitions, and none of what the Lambda entries add
    expect(inputs).toContain('src/steps/defs/notify.ts');
    // (The shared logger, src/lambda/logger.ts, is the one module of src/lambda a step uses.)
    expect(inputs.filter((path) => /^src\/adapters\/|^src\/lambda\/(aws-deps|spoke-ports|step-handlers|starter)/.test(path))).toEqual([]);
    expect((output?.imports ?? []).filter((i) => /^@aws-sdk|^@smithy|^@aws-lambda-powertools\/(idempotency|parameters)/.test(i.path))).toEqual([]);
  });
});
