/**
 * Shared by the infra tests: an App configured like `npx cdk synth` (cdk.json feature flags) but with bundling
 * skipped, the state machine definition, and the config builders of config-helpers.ts (re-exported here).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { Stack } from 'aws-cdk-lib';
import { REPO_ROOT } from '../../infra/config.js';
import type { ResolvedDeployment } from '../../infra/config.js';
import { addNagChecks } from '../../infra/nag.js';
import { addOpsAlertStacks } from '../../infra/ops-alert-app.js';
import type { OpsAlertStacks } from '../../infra/ops-alert-app.js';
import { STATE_MACHINE_DEFINITION_PATH } from '#workflow/steps.js';
import { configWithModels, deploymentOf, exampleConfigRaw } from './config-helpers.js';
import { rememberPassedValidations } from './validation-cache.js';

export { configRejection, configWithModels, deploymentOf, exampleConfigRaw, organizationSampleRaw } from './config-helpers.js';

const cdkContext = (JSON.parse(readFileSync(resolve(REPO_ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> }).context;

/** The cloud assemblies the test file's apps wrote, removed when the file's tests are done. */
const assemblies: string[] = [];
afterAll(() => {
  for (const dir of assemblies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * No JavaScript stack traces in the construct metadata: the CDK captures one for every CloudFormation element, stack,
 * annotation and acknowledgement (under Jest each is mapped through the source maps), ~14% of a test app's
 * construction and synthesis. They only go to the cloud assembly's manifest (never a template) and no test reads
 * them; a failing synth still names the construct paths.
 */
const NO_STACK_TRACES = { 'aws:cdk:disable-stack-trace': true, 'aws:cdk:disable-creation-stack-traces': true };

export interface TestAppOptions {
  /**
   * Run the CDK's built-in CloudFormation validation at synth (as `cdk synth` does: with the cdk.json flag
   * `validateAgainstDefaultRules` an error finding fails the synth). Its rule engine costs ~8 s of CPU per test file
   * to start and never changes a template, so only the shared apps whose findings nag.suite.ts checks (checkedApp)
   * turn it on, and it remembers the templates it passed (validation-cache.ts). @default false
   */
  cloudFormationValidation?: boolean;
}

/**
 * An App like the CLI's (same feature flags), bundling skipped so tests need neither handlers nor esbuild runs. Its
 * cloud assembly goes to a temporary directory that is removed after the tests (an App without `outdir` leaves one
 * `/tmp/cdk.outXXXX` per synth behind).
 */
export const newTestApp = (extraContext: Record<string, unknown> = {}, options: TestAppOptions = {}): App => {
  const outdir = mkdtempSync(join(tmpdir(), 'ops-alert-cdk-test-'));
  assemblies.push(outdir);
  return new App({
    outdir,
    builtinCloudFormationValidation: options.cloudFormationValidation ?? false,
    // No tree.json in the assembly (the construct tree as JSON for the console's tree view, ~1 s of CPU over this
    // file's apps): no test reads it, it is never part of a template, and cdk-nag and the validation report read
    // the construct tree itself. The spoke apps follow the hub's choice (infra/constructs/spoke-stack-sets.ts).
    treeMetadata: false,
    context: { ...cdkContext, 'aws:cdk:bundling-stacks': [], ...NO_STACK_TRACES, ...extraContext },
  });
};

/**
 * Runs `work` (a synth) with what the CDK prints on the console (the validation report of cdk-nag and the
 * annotations) captured instead of shown as errors in the test output; returns it for the test to check.
 */
export const capturingConsole = <T>(work: () => T): { result: T; output: string } => {
  const lines: string[] = [];
  const levels = ['error', 'warn', 'log'] as const;
  const original = levels.map((level) => console[level]);
  for (const level of levels) console[level] = (...args: unknown[]) => { lines.push(args.map(String).join(' ')); };
  try {
    return { result: work(), output: lines.join('\n') };
  } finally {
    levels.forEach((level, i) => { console[level] = original[i] as typeof console.log; });
  }
};

export const synthCapturingConsole = (app: App): { output: string } => ({ output: capturingConsole(() => app.synth()).output });

/** The state machine definition as deployed. */
export const definitionForTests = (): string => readFileSync(resolve(REPO_ROOT, STATE_MACHINE_DEFINITION_PATH), 'utf8');

export const synthStacks = (raw: unknown, app: App = newTestApp()): { app: App; stacks: OpsAlertStacks; deployment: ResolvedDeployment } => {
  const deployment = deploymentOf(raw);
  const stacks = addOpsAlertStacks(app, deployment, { stateMachineDefinition: definitionForTests() });
  return { app, stacks, deployment };
};

/** An app built as `cdk synth` builds it, synthesized: its stacks, or what the construction or the synth threw. */
export interface CheckedApp {
  built?: ReturnType<typeof synthStacks>;
  /** What the synth printed (the validation reports, the annotations). */
  output: string;
  /** A cdk-nag or CloudFormation validation finding (they make the synth throw), or any other failure. */
  error?: unknown;
}

/**
 * Builds and synthesizes an app as `cdk synth` does: the CDK's CloudFormation validation on (its passes remembered,
 * validation-cache.ts), cdk-nag on the app (and on the spoke apps in organization mode). Neither changes a template,
 * so the template suites read the same apps as the cdk-nag suite (nag.suite.ts), which checks `output` and `error`.
 */
export const checkedApp = (raw: unknown): CheckedApp => {
  rememberPassedValidations();
  const lines: string[] = [];
  try {
    const app = newTestApp({}, { cloudFormationValidation: true });
    const deployment = deploymentOf(raw);
    const { result: stacks, output: built } = capturingConsole(() => addOpsAlertStacks(app, deployment, { stateMachineDefinition: definitionForTests(), nag: true }));
    lines.push(built);
    addNagChecks(app);
    lines.push(synthCapturingConsole(app).output);
    return { built: { app, stacks, deployment }, output: lines.join('\n') };
  } catch (error) {
    return { output: lines.join('\n'), error };
  }
};

const checkedApps = new Map<string, CheckedApp>();
/** The checked app of this configuration, built once per test file (the first caller pays). */
export const sharedCheckedApp = (raw: unknown): CheckedApp => {
  const key = JSON.stringify(raw);
  const found = checkedApps.get(key) ?? checkedApp(raw);
  checkedApps.set(key, found);
  return found;
};

const uncheckedApps = new Map<string, ReturnType<typeof synthStacks>>();
/**
 * The stacks of a shared checked app, for the suites that only read them: never add a construct to them, synthesize an
 * app of your own for that. If the checked app failed (a finding: nag.suite.ts fails and names it), the same app built
 * without the checks, so that the template suites still run and tell what they find.
 */
export const sharedStacks = (raw: unknown): ReturnType<typeof synthStacks> => {
  const { built } = sharedCheckedApp(raw);
  if (built) return built;
  const key = JSON.stringify(raw);
  const unchecked = uncheckedApps.get(key) ?? synthStacks(raw);
  uncheckedApps.set(key, unchecked);
  return unchecked;
};

/** The example configuration's app (ops-alert.config.json), shared by the suites that read it. */
export const exampleStacks = (): ReturnType<typeof synthStacks> => sharedStacks(exampleConfigRaw());

/**
 * The configuration of the one app for the tests that each read one variation, none of which touches what the others
 * read: several alarm stacks (7 models, 3 per stack: model-alarms.suite.ts, nag.suite.ts), a warning-only subscriber as
 * the only subscriber address beside an operations address (core-stack.suite.ts), the threshold updater's schedule as a
 * disabled cron expression (threshold-updater.suite.ts). Checked as `cdk synth` checks it (nag.suite.ts) and built
 * once per test file (sharedStacks): an app of its own per variation would cost ~1.3 s of CPU each.
 */
export const variedConfigRaw = (): Record<string, unknown> => configWithModels(7, {
  deployment: { modelsPerStack: 3 },
  notifications: { emails: [{ address: 'w@example.com', preference: 'warning' }], operationsEmails: ['platform-ops@example.com'] },
  schedules: { thresholdUpdate: { enabled: false, expression: 'cron(0 6 * * ? *)' } },
});

/** The stacks of the variations' app (variedConfigRaw), shared: never add a construct. */
export const variedStacks = (): ReturnType<typeof synthStacks> => sharedStacks(variedConfigRaw());

/** The stack's template; the expected warnings the synth prints (placeholder thresholds) are kept out of the output. */
export const templateOf = (stack: Stack): Template => capturingConsole(() => Template.fromStack(stack)).result;

