import { resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { BUNDLE_TARGET_KB } from '../../infra/bundle-size.js';
import { REPO_ROOT } from '../../infra/config.js';
import { HANDLER_BUNDLING } from '../../infra/constructs/handler-function.js';
import { LAMBDA_STEPS } from '../../src/workflow/steps.js';

/** Each step entry bundled as the CDK app bundles it, with esbuild's metafile (what went in and what is imported). */
const bundle = async (entry: string): Promise<{ kb: number; inputs: string[]; sdkImports: string[] }> => {
  const result = await build({
    entryPoints: [resolve(REPO_ROOT, entry)],
    bundle: true,
    write: false,
    metafile: true,
    outfile: 'index.mjs',
    platform: 'node',
    format: 'esm',
    target: HANDLER_BUNDLING.target,
    minify: HANDLER_BUNDLING.minify,
    mainFields: [...HANDLER_BUNDLING.mainFields],
    banner: { js: HANDLER_BUNDLING.banner },
    external: [...HANDLER_BUNDLING.externalModules],
    logLevel: 'silent',
  });
  const output = Object.values((result.metafile as Metafile).outputs)[0];
  return {
    kb: (result.outputFiles[0]?.contents.byteLength ?? 0) / 1024,
    // Modules esbuild visited but took no code from are left out: every export unused, at most an import of a
    // Node built-in kept in case it has side effects (a few bytes).
    inputs: Object.entries(output?.inputs ?? {}).filter(([, input]) => input.bytesInOutput > 64).map(([path]) => path),
    sdkImports: [...new Set((output?.imports ?? []).filter((i) => i.external && i.path.startsWith('@aws-sdk/client-')).map((i) => i.path))].sort(),
  };
};

/** The SDK clients each step's ports need (the DynamoDB client comes with idempotency and the ledger). */
const EXPECTED_CLIENTS: Record<string, string[]> = {
  ResolveChildAlarms: ['cloudwatch', 'ssm'],
  ClassifyAlarms: ['cloudwatch'],
  FetchQuotas: ['service-quotas'],
  FetchUsage: ['cloudwatch'],
  DecideScenario: [],
  FindOpenCase: ['support'],
  RequestQuotaIncrease: ['service-quotas'],
  PollQuotaCase: ['service-quotas', 'support'],
  CreateSupportCase: ['support'],
  AppendToCase: ['support'],
  Notify: ['sns'],
  NotifyFailure: ['sns', 'ssm'],
};

describe('one small bundle per step', () => {
  it.each(LAMBDA_STEPS.map((step) => [step.id, step.entry]))('%s (%s) carries its own step only, no schema compiler, under the target', async (id, entry) => {
    // Act
    const { kb, inputs, sdkImports } = await bundle(entry);

    // Assess
    expect(kb).toBeLessThan(BUNDLE_TARGET_KB);
    // The validators are generated ahead of time: neither Ajv's compiler nor its URI resolver ships.
    expect(inputs.filter((path) => /ajv\/dist\/(compile|core|vocabularies)|fast-uri|json-schema-traverse/.test(path))).toEqual([]);
    // The steps' registry (every step) is for the local runtime only.
    expect(inputs.filter((path) => path.includes('steps-registry'))).toEqual([]);
    expect(sdkImports).toEqual([...(EXPECTED_CLIENTS[id] ?? []).map((client) => `@aws-sdk/client-${client}`), '@aws-sdk/client-dynamodb'].sort());
  });

  it('leaves the other steps out: Notify has no case or quota code, FetchQuotas no e-mail text', async () => {
    // Act
    const notify = await bundle('handlers/notify.ts');
    const fetchQuotas = await bundle('handlers/fetch-quotas.ts');

    // Assess
    expect(notify.inputs.filter((path) => /src\/steps\/(cases|resolve)\.ts|src\/adapters\/aws\/(support|quotas|alarms)\.ts/.test(path))).toEqual([]);
    expect(fetchQuotas.inputs.filter((path) => /src\/core\/(email-text|case-text)\.ts/.test(path))).toEqual([]);
  });
});
