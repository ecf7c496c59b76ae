/**
 * How many models fit in one model-alarm stack under CloudFormation's 500-resource limit. The worst case is a model
 * with an RPM quota (10 alarms + 4 anomaly detectors + 1 composite). Synthesized through the real app assembly, so
 * the CDK metadata resource counts too.
 *
 * Organization mode: the spoke stack carries 7 resources besides its models' alarms, so its model group holds at most
 * MAX_SPOKE_MODELS_PER_STACK models (33 there made 502 resources: CloudFormation refuses more than 500, and so does
 * the CDK synth). Synthesized, not computed: the sample organization with 33 models.
 *
 * The test App skips the CDK's built-in CloudFormation validation (as the other template tests do): the 500-resource
 * limit is the synth's own check, and the validation (~15 s of CPU on the 33-model templates) is run on each distinct
 * app by nag.suite.ts.
 *
 * These syntheses (four alarm stacks up to 34 models, a hub with 33 models) cost ~3 s of CPU and the tests read only
 * counts from them: the counts are remembered by the exact sources, data files and installed packages they come from
 * (source-memo.ts: this suite's import closure), so they are synthesized again whenever any of those changes.
 */
import { fileURLToPath } from 'node:url';
import { MAX_MODELS_PER_STACK, MAX_SPOKE_MODELS_PER_STACK } from '../../infra/config.js';
import { addOpsAlertStacks } from '../../infra/ops-alert-app.js';
import { ModelAlarmsStack } from '../../infra/stacks/model-alarms-stack.js';
import { deploymentOf, newTestApp, organizationSampleRaw } from './helpers.js';
import { memoBySources } from './source-memo.js';

/** This suite's file: what its syntheses load is its import closure (source-memo.ts). */
const SUITE = fileURLToPath(import.meta.url);
const CLOUDFORMATION_RESOURCE_LIMIT = 500;
/** CloudFormation's limit for a template uploaded through S3 (how the CDK deploys). */
const CLOUDFORMATION_TEMPLATE_BYTES = 1_000_000;

const worstCaseConfig = (count: number) => ({
  customerName: 'Customer-Name-32-Chars-Long-0001',
  models: Array.from({ length: count }, (_, i) => ({
    name: `Model-Display-Name-${String(i + 1).padStart(3, '0')}-abcdefghij`.slice(0, 32),
    modelId: `global.vendor.a-long-model-identifier-${i + 1}-v1:0`,
    currentQuotas: { rpm: 10_000, tpm: 5_000_000 },
  })),
  notifications: { emails: [{ address: 'oncall@example.com' }] },
  deployment: { modelsPerStack: MAX_MODELS_PER_STACK },
});

/**
 * Resources and template bytes of one alarm stack holding `count` models, as the cloud assembly has it, or the
 * CDK's refusal (it checks the 500-resource limit itself at synth).
 */
type Measured = { resources: number; bytes: number } | { refused: string };
const measure = (count: number): Measured => memoBySources(SUITE, 'models-per-stack measure', count, () => synthesizedMeasure(count));
const synthesizedMeasure = (count: number): Measured => {
  const app = newTestApp({ 'aws:cdk:version-reporting': true });
  const deployment = deploymentOf(worstCaseConfig(Math.min(count, MAX_MODELS_PER_STACK)));
  // modelsPerStack is capped by the schema: build models beyond it directly into one stack.
  const models = Array.from({ length: count }, (_, i) => ({ ...deployment.models[i % deployment.models.length]!, name: `Model-Display-Name-${String(i + 1).padStart(3, '0')}-abcdefghij`.slice(0, 32), modelId: `global.vendor.a-long-model-identifier-${i + 1}-v1:0` }));
  const stack = new ModelAlarmsStack(app, 'Measure', { customerName: deployment.customerName, models });
  try {
    const template = app.synth().getStackByName(stack.stackName).template as { Resources: Record<string, unknown> };
    return { resources: Object.keys(template.Resources).length, bytes: JSON.stringify(template).length };
  } catch (error) {
    return { refused: (error as Error).message };
  }
};
const counted = (result: ReturnType<typeof measure>) => {
  if ('refused' in result) throw new Error(result.refused);
  return result;
};

describe('models per stack', () => {
  it('measures the largest number of models under 500 resources and uses it as the split size', () => {
    // Synthesize with increasing N: 1 and 2 give the fixed and per-model cost, then check around the limit.
    const one = counted(measure(1));
    const two = counted(measure(2));
    const perModel = two.resources - one.resources;
    const fixed = one.resources - perModel;
    const fits = Math.floor((CLOUDFORMATION_RESOURCE_LIMIT - fixed) / perModel);
    const atLimit = counted(measure(fits));
    const beyond = measure(fits + 1);
    console.log(`models per stack: ${fits} (${perModel} resources per model, ${fixed} per stack; ${atLimit.resources} resources and ${Math.round(atLimit.bytes / 1024)} KB at ${fits} models)`);

    expect(perModel).toBe(15);
    expect(atLimit.resources).toBeLessThanOrEqual(CLOUDFORMATION_RESOURCE_LIMIT);
    expect('refused' in beyond ? beyond.refused : `${beyond.resources} resources`).toMatch(/greater than allowed maximum of 500/);
    expect(atLimit.bytes).toBeLessThan(CLOUDFORMATION_TEMPLATE_BYTES);
    expect(MAX_MODELS_PER_STACK).toBe(fits);
  });
});

const organizationWith = (models: number): Record<string, unknown> => {
  const config = organizationSampleRaw();
  config.models = Array.from({ length: models }, (_, i) => ({ name: `Model-${i + 1}`, modelId: `amazon.test-model-${i + 1}-v1:0`, currentQuotas: { rpm: 10_000, tpm: 2_000_000 } }));
  return config;
};

describe('organization mode: models per spoke stack', () => {
  it('puts at most 32 models in a spoke model group (the single-account stacks keep 33)', () => {
    const deployment = deploymentOf(organizationWith(33));
    expect(MAX_SPOKE_MODELS_PER_STACK).toBe(32);
    expect(deployment.alarmStacks.map((group) => group.length)).toEqual([32, 1]);
    const single = organizationWith(33);
    delete single.organization;
    expect(deploymentOf(single).alarmStacks.map((group) => group.length)).toEqual([33]);
  });

  it('synthesizes 33 models with every spoke template under 500 resources', () => {
    const resources = memoBySources(SUITE, 'organization spoke resources', organizationWith(33), () => {
      const app = newTestApp();
      const { core } = addOpsAlertStacks(app, deploymentOf(organizationWith(33)));
      app.synth();
      return (core.organization?.spokes.templates ?? []).map((template) => Object.keys(template.template.Resources as object).length);
    });
    expect(resources).toHaveLength(2);
    for (const count of resources) expect(count).toBeLessThanOrEqual(500);
  }, 120_000);
});
