/**
 * The CDK's built-in CloudFormation validation remembers the templates it passed. Its rule engine (9 MB of
 * WebAssembly) costs ~8 s of CPU to set up for this app's resource types, then ~1 s per app; its verdict depends only on
 * the templates and on the installed packages (aws-cdk-lib, its rules and engine). So a set of templates it passed
 * without a single finding is remembered across runs, as the local engine does for state machine definitions
 * (src/local/validated-definitions.ts: an empty file named by the hash of what was validated and of package-lock.json,
 * in the system's temporary directory), and the engine is only started for templates it has not passed. Templates with
 * any finding are never remembered: validated, and reported, every time.
 *
 * The cdk-nag packs (plugins of the same validation step) remember their passes the same way (rememberPassedNagPacks).
 *
 * For nag.suite.ts, which runs the validation on each distinct app as `cdk synth` does (the hub's spoke apps included):
 * `rememberPassedValidations()` wraps the plugin's `validate` in that test file's own copy of aws-cdk-lib (Jest gives
 * each test file a module registry of its own). `OPS_ALERT_VALIDATE_ALWAYS=1` turns the memory off.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { CloudFormationValidatePlugin, Validations } from 'aws-cdk-lib';
import type { IPolicyValidationContext, PolicyValidationPluginReport } from 'aws-cdk-lib';
import { NagPack } from 'cdk-nag';
import { definitionValidations } from '#local/validated-definitions.js';
import { REPO_ROOT } from '../../infra/config.js';

let wrapped = false;

/** The validation's input: each stack's template file name, environment and template text. */
const validationInput = (context: IPolicyValidationContext): string =>
  JSON.stringify(context.stackTemplates.map((stack) => ({
    file: basename(stack.templatePath), account: stack.accountId ?? null, region: stack.region ?? null, template: readFileSync(stack.templatePath, 'utf8'),
  })));

/**
 * A cdk-nag pack's input: the pack, each stack's template, and every acknowledgement in the app (construct path and
 * the finding ids with their reasons: an acknowledgement removed is a new input). The rules read the CloudFormation
 * resources (L1 constructs), which are what the templates hold, with their construct paths (in each resource's
 * metadata) and the acknowledgements of those paths and their parents.
 */
const nagInput = (pack: string, context: IPolicyValidationContext): string => JSON.stringify({
  pack,
  templates: context.stackTemplates.map((stack) => ({ path: stack.stackConstructPath, template: readFileSync(stack.templatePath, 'utf8') })),
  acknowledged: context.appConstruct.node.findAll().flatMap((construct) => construct.node.metadata
    .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
    .map((entry) => [construct.node.path, entry.data])),
});

/**
 * cdk-nag's packs remember the apps they passed too (~1.3 s of CPU over this file's apps, every run): a pass depends
 * only on the pack's input (nagInput) and on the installed packages (cdk-nag's rules). Remembered beside the
 * CloudFormation validation's passes, on the same terms: a pack with any finding is run, and reports, every time.
 */
const rememberPassedNagPacks = (passed: ReturnType<typeof definitionValidations>): void => {
  const validate = NagPack.prototype.validate;
  NagPack.prototype.validate = function validateUnlessPassed(this: NagPack, context): PolicyValidationPluginReport {
    const input = nagInput(this.readPackName, context);
    if (passed.isValidated(input)) return { success: true, violations: [] };
    const report = validate.call(this, context);
    if (report.success && report.violations.length === 0) passed.validated(input);
    return report;
  };
};

/**
 * The rule engine's version as its package states it (what the plugin's `version` reads from the engine itself, which
 * loads the WebAssembly module: ~0.8 s of CPU for a report line); undefined if the package cannot be found.
 */
const engineVersion = (): string | undefined => {
  try {
    const fromCdk = createRequire(createRequire(import.meta.url).resolve('aws-cdk-lib/package.json'));
    const main = fromCdk.resolve('@aws/cloudformation-validate');
    return (JSON.parse(readFileSync(join(dirname(main), 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
};

/** The part of the plugin that `initializeEngine` reads and writes (not in its public types). */
interface PluginEngine {
  engine?: unknown;
  engineResourceTypes?: Set<string>;
  disposed: boolean;
  initializeEngine(resourceTypes: Set<string>): unknown;
}

let oneEngine = false;
/**
 * The plugin builds its rule engine again whenever a validation brings a resource type the engine was not built for
 * (here the organization hub's stack sets and event bus after the example app: ~1 s of CPU more per new engine). The
 * engine is built from the built-in rules of those types only (the rule index of aws-cdk-lib's validation/rules: the
 * rules whose types include one of them, plus the rules for every type); when the new types select the same rules
 * the new engine would be the same one, so the built engine is kept and its types extended. Any other set of rules
 * builds a new engine, as the plugin does.
 */
const keepEngineWhenRulesAreTheSame = (): void => {
  if (oneEngine) return;
  oneEngine = true;
  let index: { rules: { file: string; types: string[] | null }[] };
  try {
    const fromCdk = createRequire(import.meta.url).resolve('aws-cdk-lib/package.json');
    index = JSON.parse(readFileSync(join(dirname(fromCdk), 'core', 'lib', 'validation', 'rules', 'index.generated.json'), 'utf8')) as typeof index;
  } catch {
    return; // another layout of aws-cdk-lib: the plugin decides alone
  }
  const rulesOf = (types: Set<string>): string => index.rules.filter((rule) => rule.types === null || rule.types.some((type) => types.has(type))).map((rule) => rule.file).sort().join('\n');
  const prototype = CloudFormationValidatePlugin.prototype as unknown as PluginEngine;
  const initialize = prototype.initializeEngine;
  prototype.initializeEngine = function initializeUnlessSameRules(this: PluginEngine, resourceTypes: Set<string>): unknown {
    const built = this.engineResourceTypes;
    if (this.engine !== undefined && built && !this.disposed && rulesOf(resourceTypes) === rulesOf(built)) {
      this.engineResourceTypes = new Set([...built, ...resourceTypes]);
      return this.engine;
    }
    return initialize.call(this, resourceTypes);
  };
};

export const rememberPassedValidations = (dir = join(tmpdir(), 'ops-alert-validated-templates')): void => {
  keepEngineWhenRulesAreTheSame();
  if (wrapped || process.env.OPS_ALERT_VALIDATE_ALWAYS === '1') return;
  wrapped = true;
  const passed = definitionValidations(REPO_ROOT, dir);
  rememberPassedNagPacks(passed);
  const validate = CloudFormationValidatePlugin.prototype.validate;
  /** The plugins whose last `validate` was a remembered pass (the engine was not started). */
  const remembered = new WeakSet<CloudFormationValidatePlugin>();
  CloudFormationValidatePlugin.prototype.validate = function validateUnlessPassed(this: CloudFormationValidatePlugin, context): PolicyValidationPluginReport {
    const input = validationInput(context);
    if (passed.isValidated(input)) {
      remembered.add(this);
      return { success: true, violations: [] };
    }
    remembered.delete(this);
    const report = validate.call(this, context);
    if (report.success && report.violations.length === 0) passed.validated(input);
    return report;
  };
  // The synth asks the plugin for its version after each validation (for the report).
  const version = Object.getOwnPropertyDescriptor(CloudFormationValidatePlugin.prototype, 'version')?.get;
  const stated = engineVersion();
  if (version && stated) {
    Object.defineProperty(CloudFormationValidatePlugin.prototype, 'version', {
      configurable: true,
      get(this: CloudFormationValidatePlugin): string { return remembered.has(this) ? stated : (version.call(this) as string); },
    });
  }
};
