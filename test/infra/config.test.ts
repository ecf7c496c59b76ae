import { readFileSync } from 'node:fs';
import { DEPLOYMENT_CONFIG_SCHEMA_PATH, DeploymentConfigError, MAX_MODELS_PER_STACK, assignAlarmStacks, loadDeploymentConfig, parseDeploymentConfig } from '../../infra/config.js';
import { buildRuntimeSettings } from '../../infra/runtime-settings.js';
import { configRejection, configWithModels, deploymentOf, exampleConfigRaw } from './config-helpers.js';

describe('deployment configuration', () => {
  it('loads the shipped example (the default of `npx cdk synth`)', () => {
    const config = loadDeploymentConfig();
    expect(config.customerName).toBe('Acme');
    expect(config.models.length).toBeGreaterThan(1);
  });

  it('applies the original defaults from the schema when sections are omitted', () => {
    // Prepare / Act
    const config = parseDeploymentConfig(configWithModels(1));
    // Assess
    expect(config.alarms).toEqual({
      critical: { errorThreshold: 5, periodSeconds: 60, evaluationPeriods: 5 },
      usage: { evaluationPeriods: 5 },
      latency: { thresholdMs: 240000, periodSeconds: 300, evaluationPeriods: 2 },
      anomaly: { stdDevs: 9, periodSeconds: 900, evaluationPeriods: 12 },
    });
    expect(config.quotaPolicy).toEqual({ rpmIncreasePercent: 25, tpmIncreasePercent: 25, rpmThresholdPercent: 80, tpmThresholdPercent: 80 });
    expect(config.caseAutomation).toMatchObject({ enabled: true, lookbackDays: 60, severity: { CRITICAL: 'high', WARNING: 'normal' } });
    expect(config.notifications.emails[0]?.preference).toBe('all');
    expect(config.schedules.thresholdUpdate).toEqual({ enabled: true, expression: 'rate(1 day)' });
    expect(config.deployment.modelsPerStack).toBe(MAX_MODELS_PER_STACK);
    expect(config.workflow).toEqual({ settleWindowSeconds: 60, usageWindowDays: 14, quotaCasePoll: { intervalSeconds: 20, maxAttempts: 15 } });
  });

  it('does not modify the object it validates', () => {
    const raw = configWithModels(1);
    parseDeploymentConfig(raw);
    expect(raw).not.toHaveProperty('alarms');
  });

  it('names the bad field in its errors', () => {
    const raw = configWithModels(2);
    (raw.models as Record<string, unknown>[])[1]!.modelId = '';
    (raw as Record<string, unknown>).alarms = { latency: { periodSeconds: 120 }, typo: 1 };
    const message = configRejection(raw);
    expect(message).toContain('models/1/modelId');
    expect(message).toContain('alarms/latency/periodSeconds');
    expect(message).toContain('unknown field "typo"');
  });

  it('rejects a bad e-mail preference and a bad customer name', () => {
    const raw = configWithModels(1, { customerName: 'Acme Corp', notifications: { emails: [{ address: 'not-an-address', preference: 'sometimes' }] } });
    const message = configRejection(raw);
    expect(message).toContain('customerName');
    expect(message).toContain('notifications/emails/0/address');
    expect(message).toContain('notifications/emails/0/preference');
  });

  it('rejects duplicate model names and ids, duplicate addresses, and evaluation windows over one day', () => {
    const raw = configWithModels(2, {
      notifications: { emails: [{ address: 'a@example.com' }, { address: 'A@example.com' }] },
      alarms: { anomaly: { periodSeconds: 3600, evaluationPeriods: 25 } },
    });
    const models = raw.models as Record<string, unknown>[];
    models[1]!.name = 'm1';
    models[1]!.modelId = models[0]!.modelId;
    const message = configRejection(raw);
    expect(message).toContain('models/1/name');
    expect(message).toContain('models/1/modelId');
    expect(message).toContain('notifications/emails/1/address');
    expect(message).toContain('alarms.anomaly');
  });

  it('allows $comment keys where the schema says so', () => {
    const raw: Record<string, unknown> = { $comment: 'top', ...configWithModels(1) };
    (raw.models as Record<string, unknown>[])[0]!.$comment = 'a note';
    expect(() => parseDeploymentConfig(raw)).not.toThrow();
  });

  it('merges per-model overrides over the file-wide settings', () => {
    const raw = configWithModels(2);
    (raw.models as Record<string, unknown>[])[0]!.overrides = { rpmThresholdPercent: 70, alarms: { latency: { thresholdMs: 60000 } } };
    const deployment = deploymentOf(raw);
    const [first, second] = deployment.models;
    expect(first?.percents.rpmThresholdPercent).toBe(70);
    expect(first?.percentOverrides).toEqual({ rpmThresholdPercent: 70 });
    expect(first?.alarms.latency).toEqual({ thresholdMs: 60000, periodSeconds: 300, evaluationPeriods: 2 });
    expect(second?.percents.rpmThresholdPercent).toBe(80);
    expect(second?.alarms.latency.thresholdMs).toBe(240000);
  });

  it('keeps the schema default and maximum of modelsPerStack on the measured figure', () => {
    const schema = JSON.parse(readFileSync(DEPLOYMENT_CONFIG_SCHEMA_PATH, 'utf8')) as { definitions: { deployment: { properties: { modelsPerStack: { default: number; maximum: number } } } } };
    expect(schema.definitions.deployment.properties.modelsPerStack).toMatchObject({ default: MAX_MODELS_PER_STACK, maximum: MAX_MODELS_PER_STACK });
  });
});

describe('assignAlarmStacks', () => {
  it('fills stacks in file order', () => {
    const models = Array.from({ length: 5 }, (_, i) => ({ name: `M${i}` }));
    expect(assignAlarmStacks(models, 2)).toEqual([1, 1, 2, 2, 3]);
  });

  it('keeps pinned models where they are and packs the others around them', () => {
    const models = [{ name: 'a' }, { name: 'b', alarmStack: 1 }, { name: 'c', alarmStack: 1 }, { name: 'd' }];
    expect(assignAlarmStacks(models, 2)).toEqual([2, 1, 1, 2]);
  });

  it('refuses to overfill a pinned stack', () => {
    expect(() => assignAlarmStacks([{ name: 'a', alarmStack: 1 }, { name: 'b', alarmStack: 1 }], 1)).toThrow(/alarmStack/);
  });
});

describe('runtime settings document', () => {
  it('is built from the configuration and matches schemas/runtime-settings.schema.json', () => {
    const document = buildRuntimeSettings(deploymentOf(exampleConfigRaw()));
    expect(document.customerName).toBe('Acme');
    expect(document.models.map((model) => model.name)).toEqual(['G-Opus-4-6', 'Sonnet-4-5', 'Haiku-4-5', 'GPT-OSS-120B', 'Nova-Pro']);
    expect(document.models[3]).toMatchObject({ name: 'GPT-OSS-120B', endpoint: 'bedrock-mantle' });
    expect(document.models[2]?.applicationProfiles).toHaveLength(3);
    expect(document.models[1]).toEqual({
      name: 'Sonnet-4-5',
      modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
      quotaCodes: { rpm: 'L-3DD46812', tpm: 'L-59759B4A' },
      overrides: { rpmThresholdPercent: 70, tpmIncreasePercent: 50 },
    });
    expect(document.models[4]).toEqual({ name: 'Nova-Pro', modelId: 'amazon.nova-pro-v1:0' });
    expect(document).toMatchObject({ settleWindowSeconds: 60, usageWindowDays: 14, quotaPolicy: { tpmThresholdPercent: 80 }, caseAutomation: { lookbackDays: 60 } });
  });
});

describe('endpoints and application profiles in the configuration (issue 14)', () => {
  const withModels = (models: Record<string, unknown>[]): Record<string, unknown> => ({ ...configWithModels(1), models });
  const rejects = (raw: Record<string, unknown>, message: RegExp): void => {
    expect(() => parseDeploymentConfig(raw)).toThrow(DeploymentConfigError);
    expect(() => parseDeploymentConfig(raw)).toThrow(message);
  };

  it('accepts the same model id once per endpoint (their quotas are separate)', () => {
    const config = parseDeploymentConfig(withModels([{ name: 'Oss', modelId: 'openai.gpt-oss-120b' }, { name: 'Oss-Mantle', modelId: 'openai.gpt-oss-120b', endpoint: 'bedrock-mantle' }]));
    expect(deploymentOf(config).models.map((m) => m.endpoint)).toEqual([undefined, 'bedrock-mantle']);
  });

  it('refuses application profiles and an RPM quota on a bedrock-mantle model', () => {
    rejects(withModels([{ name: 'M', modelId: 'openai.gpt-oss-120b', endpoint: 'bedrock-mantle', applicationProfiles: [{ name: 'a', profileId: 'p1' }] }]), /bedrock-runtime feature/);
    rejects(withModels([{ name: 'M', modelId: 'openai.gpt-oss-120b', endpoint: 'bedrock-mantle', currentQuotas: { rpm: 100 } }]), /no requests-per-minute quota/);
  });

  it('refuses a profile counted twice, and more than 10 profiles', () => {
    rejects(withModels([
      { name: 'A', modelId: 'us.anthropic.claude-haiku-4-5-20251001-v1:0', applicationProfiles: [{ name: 'bot', profileId: 'p1' }] },
      { name: 'B', modelId: 'amazon.nova-pro-v1:0', applicationProfiles: [{ name: 'bot2', profileId: 'p1' }] },
    ]), /p1" is already counted/);
    rejects(withModels([{ name: 'A', modelId: 'amazon.nova-pro-v1:0', applicationProfiles: Array.from({ length: 11 }, (_, i) => ({ name: `t${i}`, profileId: `p${i}` })) }]), /applicationProfiles/);
  });
});
