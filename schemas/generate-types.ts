/**
 * Generates from the JSON Schemas (the source of truth) what the code needs of them: the TypeScript types, and the
 * validators compiled ahead of time with Ajv's standalone code, so the Lambda bundles carry the validation code of
 * their own contract but not the Ajv compiler (nor fast-uri). `npm run gen:types` writes src/types/generated/;
 * test/contracts/schemas.test.ts fails when any generated file is stale.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import standaloneCodeModule from 'ajv/dist/standalone/index.js';
import { compile, DEFAULT_OPTIONS } from 'json-schema-to-typescript';
import { STEP_NEEDS } from '#workflow/steps.js';

export const GENERATED_TYPES = [
  { schema: 'alarm-state-change-event.schema.json', out: 'alarm-state-change-event.ts' },
  { schema: 'runtime-settings.schema.json', out: 'runtime-settings.ts' },
  { schema: 'scenario.schema.json', out: 'scenario.ts' },
  { schema: 'simulation-output.schema.json', out: 'simulation-output.ts' },
] as const;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const GENERATED_DIR = join(root, 'src/types/generated');

const readSchema = (schemaFile: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, 'schemas', schemaFile), 'utf8'));

/** How the generated TypeScript is laid out: Prettier's options as json-schema-to-typescript passes them (its defaults, merged). */
export const TYPE_STYLE = { parser: 'typescript', ...DEFAULT_OPTIONS.style, singleQuote: true, printWidth: 120 };

/**
 * Prettier over the generated code: json-schema-to-typescript's own `format` step (the Prettier it depends on, with
 * the same options), done here so that a caller may cache it.
 */
export const formatWithPrettier = async (code: string): Promise<string> => {
  const prettier = prettierRequire()('prettier') as { format: (code: string, options: typeof TYPE_STYLE) => Promise<string> };
  return prettier.format(code, TYPE_STYLE);
};
const prettierRequire = (): NodeJS.Require => createRequire(createRequire(import.meta.url).resolve('json-schema-to-typescript'));
/** Which Prettier formats, and how: what its output depends on besides the code (a cache key). */
export const formatterId = (): string => {
  const { version } = JSON.parse(readFileSync(prettierRequire().resolve('prettier/package.json'), 'utf8')) as { version: string };
  return JSON.stringify({ prettier: version, style: TYPE_STYLE });
};

/**
 * The TypeScript types of one schema. Formatting is nearly all the cost (~0.2-1.4 s a schema, the compile ~30 ms):
 * `format` is a pure function of the code it is given, so test/contracts/schemas.test.ts passes one that remembers
 * Prettier's results by their input.
 */
export const generateType = async (schemaFile: string, format: (code: string) => Promise<string> = formatWithPrettier): Promise<string> => {
  const schema = readSchema(schemaFile);
  const code = await compile(schema as never, schema.title as string, {
    bannerComment: `/* Generated from schemas/${schemaFile} by \`npm run gen:types\`. Do not edit. */`,
    additionalProperties: false,
    cwd: join(root, 'schemas'),
    format: false,
  });
  return format(code);
};

interface ValidatorModule {
  schema: string;
  /** Module name in src/types/generated/validators/ (a .js file and its .d.ts). */
  out: string;
  /** Fill in the schema's defaults while validating (the document is changed in place). */
  useDefaults: boolean;
  /** Export name → the schema to compile (the file's schema, or variants of it). */
  exports: (schema: Record<string, unknown>) => Record<string, object>;
  /** Schemas the exports refer to by $id. */
  references?: (schema: Record<string, unknown>) => object[];
  describe: string;
}

/** The definitions of schemas/scenario.schema.json an `events` entry may be (validateQuotaChangeEvent, ...). */
export const SCENARIO_EVENT_SHAPES = ['quotaChangeEvent', 'shorthandEvent', 'fullEvent'] as const;

const whole = (name: string) => (schema: Record<string, unknown>) => ({ [name]: schema });

/**
 * The workflow state as one step receives it: the schema with the parts the step needs made required
 * (each step's `needs`, src/steps/defs/). Each part is added to Ajv as a schema of its own (with the definitions it may refer
 * to) and the variants refer to it, so the ten variants share one compiled function per part instead of ten copies;
 * `required` is still checked before the parts, as in the schema, so the errors come in the same order.
 */
const stepVariants = (schema: Record<string, unknown>): { parts: object[]; variants: Record<string, object> } => {
  const { $id, properties, definitions, ...rest } = schema as { $id: string; properties: Record<string, object>; definitions?: object };
  const partId = (part: string): string => `${$id.replace(/\.schema\.json$/, '')}/${part}.schema.json`;
  const parts = Object.entries(properties).map(([part, partSchema]) => ({ $id: partId(part), ...partSchema, ...(definitions ? { definitions } : {}) }));
  const variants = Object.fromEntries(
    Object.entries(STEP_NEEDS).map(([step, needs]) => [
      `validate${step}Input`,
      { ...rest, required: [...needs], properties: Object.fromEntries(Object.keys(properties).map((part) => [part, { $ref: partId(part) }])) },
    ]),
  );
  return { parts, variants };
};

/** One module per schema, so a bundle takes only the validators it imports (the workflow state's are tree-shaken). */
export const GENERATED_VALIDATORS: readonly ValidatorModule[] = [
  { schema: 'alarm-state-change-event.schema.json', out: 'alarm-state-change-event', useDefaults: false, exports: whole('validateAlarmEvent'), describe: 'the EventBridge alarm event' },
  { schema: 'runtime-settings.schema.json', out: 'runtime-settings', useDefaults: true, exports: whole('validateRuntimeSettings'), describe: 'the runtime settings document, filling in its defaults' },
  {
    schema: 'scenario.schema.json',
    out: 'scenario',
    useDefaults: true,
    // The event shapes on their own too: an invalid entry is reported against the one shape it was meant to be.
    exports: (schema) => ({
      validateScenario: schema,
      ...Object.fromEntries(SCENARIO_EVENT_SHAPES.map((shape) => [`validate${shape[0]?.toUpperCase()}${shape.slice(1)}`, { $ref: `${String(schema.$id)}#/definitions/${shape}` }])),
    }),
    describe: 'a scenario file (or one of its event shapes), filling in its defaults',
  },
  { schema: 'simulation-output.schema.json', out: 'simulation-output', useDefaults: false, exports: whole('validateSimulationOutput'), describe: 'the output of `ops-alert simulate --json`' },
  // infra/config.ts: the deployment configuration (its defaults filled in; it refers to the runtime settings schema),
  // and the runtime settings document the CDK app generates, checked as written (no defaults filled in).
  {
    schema: 'deployment-config.schema.json',
    out: 'deployment-config',
    useDefaults: true,
    exports: whole('validateDeploymentConfig'),
    references: () => [readSchema('runtime-settings.schema.json')],
    describe: 'a deployment configuration, filling in its defaults',
  },
  { schema: 'runtime-settings.schema.json', out: 'runtime-settings-as-written', useDefaults: false, exports: whole('validateRuntimeSettingsAsWritten'), describe: 'a runtime settings document as written (no defaults filled in)' },
  {
    schema: 'workflow-state.schema.json',
    out: 'workflow-state',
    useDefaults: false,
    exports: (schema) => stepVariants(schema).variants,
    references: (schema) => stepVariants(schema).parts,
    describe: 'the workflow state as each step receives it',
  },
];

// CommonJS packages: under ESM their default export may arrive wrapped.
const unwrap = <T>(module: T): T => (module as { default?: T }).default ?? module;
const addFormats = unwrap(addFormatsModule) as unknown as (ajv: Ajv) => Ajv;
const standaloneCode = unwrap(standaloneCodeModule) as unknown as (ajv: Ajv, refs: Record<string, string>) => string;

/**
 * Ajv's standalone code reaches its runtime helpers (string length, deep equality) and ajv-formats' format
 * functions with `require(...)`, which ESM has not. Each distinct `require("x")` becomes a default import (the
 * CommonJS `module.exports`, as Node, tsx, Jest and esbuild all give it), so `.default` / `.fullFormats` still apply.
 */
const requiresToImports = (code: string): string => {
  const specifiers = [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1] as string))];
  let body = code;
  const imports = specifiers.map((specifier, i) => {
    body = body.split(`require("${specifier}")`).join(`cjs${i}`);
    return `import cjs${i} from "${specifier}.js";`;
  });
  return [...imports, body].join('\n');
};

/** The validator module (JavaScript) and its declaration file. */
export const generateValidator = (module: ValidatorModule): { js: string; dts: string } => {
  // The same options the validators were compiled with at runtime before they were generated.
  // The options the validators were compiled with at runtime before they were generated; `inlineRefs: false` keeps
  // a referenced schema one shared function (it changes the code's shape, not what is checked or reported).
  const ajv = addFormats(new Ajv({ allErrors: true, strict: false, useDefaults: module.useDefaults, inlineRefs: false, code: { source: true, esm: true, lines: true } }));
  const schema = readSchema(module.schema);
  const exports = module.exports(schema);
  for (const reference of module.references?.(schema) ?? []) ajv.addSchema(reference);
  for (const [name, variant] of Object.entries(exports)) ajv.addSchema(variant, name);
  const banner = `/* Generated from schemas/${module.schema} by \`npm run gen:types\`. Do not edit. */`;
  const code = requiresToImports(standaloneCode(ajv, Object.fromEntries(Object.keys(exports).map((name) => [name, name]))));
  const dts = [
    banner,
    "import type { StandaloneValidator } from './standalone-validator.js';",
    '',
    ...Object.keys(exports).map((name) => `/** Validates ${module.describe}. */\nexport declare const ${name}: StandaloneValidator;`),
    '',
  ].join('\n');
  return { js: `${banner}\n${code}\n`, dts };
};

/** The type every generated validator has (Ajv's ValidateFunction, minus what standalone code lacks). */
export const STANDALONE_VALIDATOR_DTS = `/* Generated by \`npm run gen:types\` (schemas/generate-types.ts). Do not edit. */
import type { ErrorObject } from 'ajv';

/** A validator compiled ahead of time: true when valid; otherwise \`errors\` says why. */
export interface StandaloneValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
`;

/** Every generated validator file, path relative to src/types/generated → content. */
export const generateValidatorFiles = (): Record<string, string> => {
  const files: Record<string, string> = { 'validators/standalone-validator.d.ts': STANDALONE_VALIDATOR_DTS };
  for (const module of GENERATED_VALIDATORS) {
    const { js, dts } = generateValidator(module);
    files[`validators/${module.out}.js`] = js;
    files[`validators/${module.out}.d.ts`] = dts;
  }
  return files;
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(join(GENERATED_DIR, 'validators'), { recursive: true });
  for (const { schema, out } of GENERATED_TYPES) {
    writeFileSync(join(GENERATED_DIR, out), await generateType(schema));
    console.log(`schemas/${schema} -> src/types/generated/${out}`);
  }
  for (const [path, content] of Object.entries(generateValidatorFiles())) {
    writeFileSync(join(GENERATED_DIR, path), content);
    console.log(`-> src/types/generated/${path}`);
  }
}
