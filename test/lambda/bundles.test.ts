import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { BUNDLE_TARGET_KB } from '../../infra/bundle-size.js';
import { REPO_ROOT } from '../../infra/config.js';
import { HANDLER_ESBUILD } from '../../infra/handler-bundling.js';
import { LAMBDA_STEPS } from '#workflow/steps.js';

/**
 * The esbuild options the CDK app bundles every handler with (infra/handler-bundling.ts; the CDK's HANDLER_BUNDLING
 * is made from them, checked in test/infra/core-stack.suite.ts), the source map left out: the tests read the code only.
 */
const APP_BUNDLING: BuildOptions = { ...HANDLER_ESBUILD, sourcemap: false, logLevel: 'silent' };

interface StepBundle { kb: number; inputs: string[]; sdkImports: string[]; lazyImports: string[] }

/** What the tests read of one bundle: its size, what went in and what it imports. */
const describeOutput = (output: Metafile['outputs'][string], bytes: number): StepBundle => ({
  kb: bytes / 1024,
  // Modules esbuild visited but took no code from are left out: every export unused, at most an import of a
  // Node built-in kept in case it has side effects (a few bytes).
  inputs: Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 64).map(([path]) => path),
  // Loaded at a cold start (static imports) or when first needed (dynamic ones).
  sdkImports: [...new Set(output.imports.filter((i) => i.external && i.kind !== 'dynamic-import' && i.path.startsWith('@aws-sdk/client-')).map((i) => i.path))].sort(),
  lazyImports: [...new Set(output.imports.filter((i) => i.external && i.kind === 'dynamic-import' && i.path.startsWith('@aws-sdk/')).map((i) => i.path))].sort(),
});

/**
 * Every step entry bundled as the CDK app bundles it, with esbuild's metafile. One esbuild run for all entries (it
 * parses the shared sources once; without code splitting each entry's output is still a whole bundle of its own,
 * as the app's one build per function makes it), started once for the file.
 */
let allBundles: Promise<Map<string, StepBundle>> | undefined;
const bundle = async (entry: string): Promise<StepBundle> => {
  allBundles ??= (async () => {
    const entries = LAMBDA_STEPS.map((step) => step.entry);
    const result = await build({ ...APP_BUNDLING, entryPoints: Object.fromEntries(entries.map((e, i) => [`step-${i}`, resolve(REPO_ROOT, e)])), absWorkingDir: REPO_ROOT, write: false, metafile: true, outdir: 'out', outExtension: { '.js': '.mjs' } });
    const bytes = new Map(result.outputFiles.map((file) => [file.path, file.contents.byteLength]));
    const bundles = new Map<string, StepBundle>();
    for (const [path, output] of Object.entries((result.metafile as Metafile).outputs)) {
      if (!output.entryPoint) continue;
      bundles.set(output.entryPoint, describeOutput(output, bytes.get(resolve(REPO_ROOT, path)) ?? 0));
    }
    return bundles;
  })();
  const found = (await allBundles).get(entry);
  if (!found) throw new Error(`${entry} is not a step entry of LAMBDA_STEPS`);
  return found;
};

/** The SDK clients each step's ports need (the DynamoDB client comes with idempotency and the ledger). */
const EXPECTED_CLIENTS: Record<string, string[]> = {
  ResolveChildAlarms: ['cloudwatch', 'ssm'],
  ClassifyAlarms: ['cloudwatch'],
  FetchQuotas: ['service-quotas'],
  FetchUsage: ['cloudwatch'],
  DecideScenario: [],
  FindOpenCase: ['sfn', 'support'],
  RequestQuotaIncrease: ['service-quotas'],
  PollQuotaCase: ['service-quotas', 'support'],
  CreateSupportCase: ['sfn', 'support'],
  AppendToCase: ['support'],
  Notify: ['sns'],
  NotifyFailure: ['sns', 'ssm'],
};

describe('one small bundle per step', () => {
  it.each(LAMBDA_STEPS.map((step) => [step.id, step.entry]))('%s (%s) carries its own step only, no schema compiler, under the target', async (id, entry) => {
    // Act
    const { kb, inputs, sdkImports, lazyImports } = await bundle(entry);

    // Assess
    expect(kb).toBeLessThan(BUNDLE_TARGET_KB);
    // The validators are generated ahead of time: neither Ajv's compiler nor its URI resolver ships.
    expect(inputs.filter((path) => /ajv\/dist\/(compile|core|vocabularies)|fast-uri|json-schema-traverse/.test(path))).toEqual([]);
    // Its own step definition only: the list of every step (src/workflow/steps.ts) is for the CDK app and the local runtime.
    expect(inputs.filter((path) => path.includes('src/steps/defs/') || path.endsWith('src/workflow/steps.ts'))).toEqual([entry.replace('handlers/', 'src/steps/defs/')]);
    expect(sdkImports).toEqual([...(EXPECTED_CLIENTS[id] ?? []).map((client) => `@aws-sdk/client-${client}`), '@aws-sdk/client-dynamodb'].sort());
    // STS only on the first AssumeRole (organization mode), never at a cold start.
    expect(lazyImports).toEqual(['@aws-sdk/client-sts']);
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

describe('error names survive bundling (Retry and Catch match them in AWS)', () => {
  // Bundles are written under node_modules so that their external @aws-sdk imports resolve as on Lambda.
  const cache = join(REPO_ROOT, 'node_modules', '.cache');
  let dir = '';
  beforeAll(() => {
    mkdirSync(cache, { recursive: true });
    dir = mkdtempSync(join(cache, 'ops-alert-bundle-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Bundles `entry` (a file, or source text resolved from the repository root) minified like the app, and runs `script` on it in a fresh node. */
  const runOnBundle = async (entry: { file: string } | { source: string }, script: string): Promise<unknown> => {
    const outfile = join(dir, `${Math.random().toString(36).slice(2)}.mjs`);
    await build({
      ...APP_BUNDLING,
      ...('file' in entry ? { entryPoints: [resolve(REPO_ROOT, entry.file)] } : { stdin: { contents: entry.source, resolveDir: REPO_ROOT, loader: 'ts' } }),
      outfile,
    });
    const runner = join(dir, `${Math.random().toString(36).slice(2)}-run.mjs`);
    writeFileSync(runner, `const bundle = await import(${JSON.stringify(outfile)});\n${script}\n`);
    const stdout = execFileSync(process.execPath, [runner], {
      env: { ...process.env, NODE_OPTIONS: '', POWERTOOLS_LOG_LEVEL: 'SILENT', AWS_REGION: 'us-east-1' },
      encoding: 'utf8',
    });
    return JSON.parse(stdout.trim().split('\n').pop() ?? 'null');
  };

  it('every project error class keeps its own name in a minified bundle', async () => {
    // Act
    const names = await runOnBundle(
      { source: "export * from './src/core/errors.ts'; export * from './src/operator/errors.ts';" },
      `const out = {};
       for (const [key, value] of Object.entries(bundle)) {
         if (typeof value !== 'function' || !(value.prototype instanceof Error)) continue;
         const error = key === 'OperatorError' ? new value('AwsError', 'm', 'h') : new value('m');
         out[key] = error.name;
       }
       console.log(JSON.stringify(out));`,
    ) as Record<string, string>;

    // Assess: at least the classes the definition retries, and every class exactly by its own name
    expect(Object.keys(names)).toEqual(expect.arrayContaining(['TransientAwsError', 'CaseCreationInProgressError', 'PermanentAwsError', 'OperatorError']));
    expect(Object.entries(names).filter(([key, name]) => key !== name)).toEqual([]);
  });

  it('a deployed step bundle reports the error by its project name (the errorType Lambda gives Step Functions)', async () => {
    // Act: the ClassifyAlarms bundle, as uploaded, invoked with a state that breaks its contract
    const thrown = await runOnBundle(
      { file: 'handlers/classify-alarms.ts' },
      `const context = { functionName: 'ClassifyAlarms', functionVersion: '$LATEST', invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:x',
         memoryLimitInMB: '256', awsRequestId: 'r', logGroupName: 'g', logStreamName: 's', getRemainingTimeInMillis: () => 60000 };
       try { await bundle.handler({ not: 'a workflow state' }, context); console.log(JSON.stringify({ name: 'none' })); }
       catch (error) { console.log(JSON.stringify({ name: error.name })); }`,
    );

    // Assess
    expect(thrown).toEqual({ name: 'InvalidStepInputError' });
  });
});
