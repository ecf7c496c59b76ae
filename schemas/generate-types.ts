/**
 * Generates the TypeScript types of the contracts from their JSON Schemas (the schemas are the source of truth).
 * `npm run gen:types` writes src/types/generated/*.ts; test/contracts/schemas.test.ts fails when they are stale.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

export const GENERATED_TYPES = [
  { schema: 'alarm-state-change-event.schema.json', out: 'alarm-state-change-event.ts' },
  { schema: 'runtime-settings.schema.json', out: 'runtime-settings.ts' },
  { schema: 'scenario.schema.json', out: 'scenario.ts' },
  { schema: 'simulation-output.schema.json', out: 'simulation-output.ts' },
] as const;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export const generateType = async (schemaFile: string): Promise<string> => {
  const schema = JSON.parse(readFileSync(join(root, 'schemas', schemaFile), 'utf8'));
  return compile(schema, schema.title, {
    bannerComment: `/* Generated from schemas/${schemaFile} by \`npm run gen:types\`. Do not edit. */`,
    additionalProperties: false,
    cwd: join(root, 'schemas'),
    style: { singleQuote: true, printWidth: 120 },
  });
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(join(root, 'src/types/generated'), { recursive: true });
  for (const { schema, out } of GENERATED_TYPES) {
    writeFileSync(join(root, 'src/types/generated', out), await generateType(schema));
    console.log(`schemas/${schema} -> src/types/generated/${out}`);
  }
}
