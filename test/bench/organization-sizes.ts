/**
 * Organization mode, measured by synthesis (`npm run bench -- organization-sizes`): the app synthesized from
 * samples/config/organization.config.json with more and more models and per-account entries, each size checked
 * against the limit that applies to it. Nothing here is extrapolated: a figure is a synthesized template's.
 *
 * Limits: template in S3 (TemplateURL) 1,000,000 bytes; 500 resources, 200 outputs and 200 parameters per template
 * (CloudFormation quotas); the settings parameter 8,192 bytes (Parameter Store advanced tier; the synth refuses more);
 * the state machine definition 1 MB (Step Functions). Accounts × Regions are stack instances of the stack sets, not
 * template content: only the OU and Region lists enter the hub template (measured with 50 OUs × 20 Regions); the
 * number of accounts is bounded by the stack instances a stack set may hold (accounts × Regions), not by synthesis.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { parseDeploymentConfig, REPO_ROOT, resolveDeployment } from '../../infra/config.js';
import { addOpsAlertStacks } from '../../infra/ops-alert-app.js';
import type { BenchSection } from './section.js';

const LIMITS = { templateBytes: 1_000_000, resources: 500, outputs: 200, parameters: 200, settingsBytes: 8192, definitionBytes: 1_000_000 } as const;

interface TemplateFigures {
  name: string;
  bytes: number;
  resources: number;
  outputs: number;
  parameters: number;
}

interface Synthesized {
  hub: TemplateFigures;
  spokes: TemplateFigures[];
  settingsBytes: number;
  definitionBytes: number;
}

const figuresOf = (name: string, text: string): TemplateFigures => {
  const template = JSON.parse(text) as { Resources?: object; Outputs?: object; Parameters?: object };
  return {
    name, bytes: Buffer.byteLength(text, 'utf8'), resources: Object.keys(template.Resources ?? {}).length,
    outputs: Object.keys(template.Outputs ?? {}).length, parameters: Object.keys(template.Parameters ?? {}).length,
  };
};

const baseConfig = (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(REPO_ROOT, 'samples', 'config', 'organization.config.json'), 'utf8')) as Record<string, unknown>;

/** The sample with `models` models (short names, as a real catalogue has), `accounts` per-account entries, `ous` OUs × `regions` Regions. */
const configWith = (shape: { models: number; accounts: number; ous?: number; regions?: number }): Record<string, unknown> => {
  const config = baseConfig();
  const organization = config.organization as { spokes: { organizationalUnits: string[]; regions: string[] }; accounts: unknown[] };
  config.models = Array.from({ length: shape.models }, (_, i) => ({
    name: `Model-${String(i + 1).padStart(3, '0')}`, modelId: `amazon.bench-model-${i + 1}-v1:0`, currentQuotas: { rpm: 10_000, tpm: 2_000_000 },
  }));
  organization.accounts = Array.from({ length: shape.accounts }, (_, i) => ({ id: String(200_000_000_000 + i), name: `Team-${i + 1}`, supportPlan: 'business' }));
  if (shape.ous) organization.spokes.organizationalUnits = Array.from({ length: shape.ous }, (_, i) => `ou-ab12-${String(10_000_000 + i)}`);
  if (shape.regions) organization.spokes.regions = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1', 'eu-north-1', 'eu-south-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-southeast-1', 'ap-southeast-2', 'ap-south-1', 'ca-central-1', 'sa-east-1', 'me-central-1', 'af-south-1'].slice(0, shape.regions);
  return config;
};

const cdkContext = (): Record<string, unknown> =>
  (JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> }).context;

/** Synthesizes without bundling (the bundles do not change the templates' sizes but their asset hashes). */
const synthesize = (config: Record<string, unknown>): Synthesized => {
  const outdir = mkdtempSync(join(tmpdir(), 'ops-alert-org-bench-'));
  try {
    const app = new App({ outdir, context: { ...cdkContext(), 'aws:cdk:bundling-stacks': [] } });
    const { core } = addOpsAlertStacks(app, resolveDeployment(parseDeploymentConfig(config)));
    const assembly = app.synth();
    const hubText = readFileSync(assembly.getStackByName(core.stackName).templateFullPath, 'utf8');
    const hubTemplate = JSON.parse(hubText) as { Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }> };
    const settings = Object.values(hubTemplate.Resources).find((r) => r.Type === 'AWS::SSM::Parameter')?.Properties?.Value;
    const machine = Object.values(hubTemplate.Resources).find((r) => r.Type === 'AWS::StepFunctions::StateMachine')?.Properties?.DefinitionString;
    return {
      hub: figuresOf(core.stackName, hubText),
      spokes: (core.organization?.spokes.templates ?? []).map((t) => figuresOf(t.stackName, JSON.stringify(t.template, null, 1))),
      settingsBytes: typeof settings === 'string' ? Buffer.byteLength(settings, 'utf8') : 0,
      definitionBytes: Buffer.byteLength(JSON.stringify(machine ?? ''), 'utf8'),
    };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
};

/** The first limit a synthesized organization breaks, or undefined. */
const brokenLimit = (s: Synthesized): string | undefined => {
  for (const t of [s.hub, ...s.spokes]) {
    if (t.bytes > LIMITS.templateBytes) return `${t.name}: ${t.bytes} bytes > ${LIMITS.templateBytes}`;
    if (t.resources > LIMITS.resources) return `${t.name}: ${t.resources} resources > ${LIMITS.resources}`;
    if (t.outputs > LIMITS.outputs) return `${t.name}: ${t.outputs} outputs > ${LIMITS.outputs}`;
    if (t.parameters > LIMITS.parameters) return `${t.name}: ${t.parameters} parameters > ${LIMITS.parameters}`;
  }
  if (s.definitionBytes > LIMITS.definitionBytes) return `definition ${s.definitionBytes} bytes`;
  return undefined;
};

/** Synthesizes, or the reason the synth refused (the settings parameter over 8 KB is refused by the app). */
const attempt = (shape: Parameters<typeof configWith>[0]): { ok: Synthesized } | { refused: string } => {
  try {
    const synthesized = synthesize(configWith(shape));
    const broken = brokenLimit(synthesized);
    return broken ? { refused: broken } : { ok: synthesized };
  } catch (error) {
    return { refused: (error as Error).message.replace(/\s+/g, ' ').slice(0, 300) };
  }
};

/** The largest n in [low, high] for which `fits(n)`, by bisection (fits is monotone); low - 1 if none fits. */
const largest = (low: number, high: number, fits: (n: number) => boolean): number => {
  if (!fits(low)) return low - 1;
  let [ok, ko] = [low, high + 1];
  while (ko - ok > 1) {
    const mid = Math.floor((ok + ko) / 2);
    if (fits(mid)) ok = mid;
    else ko = mid;
  }
  return ok;
};

const kb = (bytes: number): number => Math.round(bytes / 102.4) / 10;

export const organizationSizes: BenchSection = {
  id: 'organization-sizes',
  name: 'Organization mode: synthesized hub and spoke templates, the largest organization under the CloudFormation and Step Functions limits',
  async run() {
    await Promise.resolve();
    const sample = synthesize(baseConfig());
    const print = (label: string, s: Synthesized): void => {
      console.log(`  ${label}: hub ${kb(s.hub.bytes)} KB, ${s.hub.resources} resources, ${s.hub.outputs} outputs, ${s.hub.parameters} parameters; settings ${s.settingsBytes} B; definition ${kb(s.definitionBytes)} KB`);
      for (const t of s.spokes) console.log(`    ${t.name}: ${kb(t.bytes)} KB, ${t.resources} resources, ${t.outputs} outputs, ${t.parameters} parameters`);
    };
    print('sample (3 models, 3 accounts, 2 OUs x 2 Regions)', sample);
    const wide = attempt({ models: 3, accounts: 3, ous: 50, regions: 20 });
    if ('ok' in wide) print('3 models, 50 OUs x 20 Regions', wide.ok);
    else console.log(`  50 OUs x 20 Regions refused: ${wide.refused}`);

    // Models: the settings document (every model, in the hub) and the spoke alarm stacks grow with them.
    const byModels = new Map<number, ReturnType<typeof attempt>>();
    const modelsFit = (n: number): boolean => {
      const result = byModels.get(n) ?? attempt({ models: n, accounts: 3 });
      byModels.set(n, result);
      return 'ok' in result;
    };
    const maxModels = largest(3, 125, modelsFit);
    const atMax = byModels.get(maxModels) ?? attempt({ models: maxModels, accounts: 3 });
    const beyond = byModels.get(maxModels + 1) ?? attempt({ models: maxModels + 1, accounts: 3 });
    if ('ok' in atMax) print(`${maxModels} models (the most that synthesize within the limits)`, atMax.ok);
    console.log(`  ${maxModels + 1} models: ${'refused' in beyond ? beyond.refused : 'fits'}`);

    // Per-account entries (friendly name, Support plan): they live in the same settings document.
    const byAccounts = new Map<number, ReturnType<typeof attempt>>();
    const accountsFit = (n: number): boolean => {
      const result = byAccounts.get(n) ?? attempt({ models: 3, accounts: n });
      byAccounts.set(n, result);
      return 'ok' in result;
    };
    const maxAccountEntries = largest(3, 400, accountsFit);
    const accountsBeyond = byAccounts.get(maxAccountEntries + 1) ?? attempt({ models: 3, accounts: maxAccountEntries + 1 });
    console.log(`  per-account entries with 3 models: at most ${maxAccountEntries}; ${maxAccountEntries + 1}: ${'refused' in accountsBeyond ? accountsBeyond.refused : 'fits'}`);

    const spoke = sample.spokes[0];
    return {
      hubTemplateKb: kb(sample.hub.bytes),
      spokeTemplateKb: spoke ? kb(spoke.bytes) : null,
      spokeResources: spoke?.resources ?? null,
      hubResources: sample.hub.resources,
      maxOrgModelsPerRegion: maxModels,
      maxOrgAccountEntries: maxAccountEntries,
      orgSettingsBytes: sample.settingsBytes,
      orgDefinitionKb: kb(sample.definitionBytes),
    };
  },
};
