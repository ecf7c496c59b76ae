/**
 * Organization mode: the spoke stack carries 7 resources besides its models' alarms, so its model group holds at most
 * MAX_SPOKE_MODELS_PER_STACK models (33 there made 502 resources: CloudFormation refuses more than 500, and so does
 * the CDK synth). Synthesized, not computed: the sample organization with 33 models.
 * The test App skips the CDK's built-in CloudFormation validation (as the other template tests do): the 500-resource
 * limit is the synth's own check, and the validation (~15 s of CPU on these templates) is run on the organization app
 * by test/infra/nag.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { MAX_SPOKE_MODELS_PER_STACK, parseDeploymentConfig, REPO_ROOT, resolveDeployment } from '../../infra/config.js';
import { addOpsAlertStacks } from '../../infra/ops-alert-app.js';
import { newTestApp } from './helpers.js';

const organizationWith = (models: number): Record<string, unknown> => {
  const config = JSON.parse(readFileSync(join(REPO_ROOT, 'samples', 'config', 'organization.config.json'), 'utf8')) as Record<string, unknown>;
  config.models = Array.from({ length: models }, (_, i) => ({ name: `Model-${i + 1}`, modelId: `amazon.test-model-${i + 1}-v1:0`, currentQuotas: { rpm: 10_000, tpm: 2_000_000 } }));
  return config;
};

describe('organization mode: models per spoke stack', () => {
  it('puts at most 32 models in a spoke model group (the single-account stacks keep 33)', () => {
    const deployment = resolveDeployment(parseDeploymentConfig(organizationWith(33)));
    expect(MAX_SPOKE_MODELS_PER_STACK).toBe(32);
    expect(deployment.alarmStacks.map((group) => group.length)).toEqual([32, 1]);
    const single = organizationWith(33);
    delete single.organization;
    expect(resolveDeployment(parseDeploymentConfig(single)).alarmStacks.map((group) => group.length)).toEqual([33]);
  });

  it('synthesizes 33 models with every spoke template under 500 resources', () => {
    const app = newTestApp();
    const { core } = addOpsAlertStacks(app, resolveDeployment(parseDeploymentConfig(organizationWith(33))));
    app.synth();
    const templates = core.organization?.spokes.templates ?? [];
    expect(templates).toHaveLength(2);
    for (const template of templates) expect(Object.keys(template.template.Resources as object).length).toBeLessThanOrEqual(500);
  }, 120_000);
});
