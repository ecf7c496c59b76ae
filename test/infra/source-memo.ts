/**
 * Results of the largest syntheses remembered by everything they are computed from: the source files they load (the
 * import closure of the test suite that computes them: the suite, its helpers, the CDK app's modules and the src/
 * modules those import), the data files the app reads (cdk.json, the state machine definition, the configurations,
 * the handlers' entries) and the installed packages (package-lock.json), plus the caller's own arguments. A synthesis
 * is a pure function of those, so a result computed from byte-identical inputs is the same result: it is kept as a
 * JSON file named by their hash in the system's temporary directory (as validation-cache.ts keeps the templates the
 * CloudFormation validation passed), and computed again as soon as any of them changes. Used for the syntheses of
 * hundreds of resources whose only output the tests read is a few numbers (models-per-stack.suite.ts: ~1 s of CPU
 * each). `OPS_ALERT_VALIDATE_ALWAYS=1` turns the memory off, as it does for the validations.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { REPO_ROOT } from '../../infra/config.js';
import { readRemembered, remember } from '../remembered.js';

/** What the apps read besides their modules (whole folders: a file added there is an input too). */
const DATA_DIRS = ['statemachine', 'samples/config', 'handlers', 'schemas'];
const DATA_FILES = ['cdk.json', 'ops-alert.config.json', 'package.json', 'package-lock.json'];

const filesUnder = (dir: string): string[] => {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
};

const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g;
/** A project module an import names (package.json "imports", relative paths; `.js` specifiers are `.ts` sources), or undefined for a package. */
const projectModule = (from: string, specifier: string): string | undefined => {
  let path: string;
  if (specifier.startsWith('#')) path = join(REPO_ROOT, 'src', specifier.slice(1));
  else if (specifier.startsWith('.')) path = resolve(dirname(from), specifier);
  else return undefined;
  const ts = path.replace(/\.js$/, '.ts');
  return [ts, path, `${path}.ts`].find((candidate) => existsSync(candidate)) ?? path;
};

/** Every project source file `entry` loads, itself included (static and dynamic imports, type imports too). */
export const importClosure = (entry: string): string[] => {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return;
    }
    for (const match of text.matchAll(IMPORT)) {
      const module = projectModule(file, match[1] as string);
      if (module) visit(module);
    }
  };
  visit(entry);
  return [...seen];
};

const inputsHashes = new Map<string, string>();
/** The hash of the inputs of what `entry` computes: its import closure and the data files (each path and content). */
export const inputsHash = (entry: string): string => {
  const known = inputsHashes.get(entry);
  if (known) return known;
  const hash = createHash('sha256');
  const files = [...new Set([...importClosure(entry), ...DATA_DIRS.flatMap((dir) => filesUnder(join(REPO_ROOT, dir))), ...DATA_FILES.map((file) => join(REPO_ROOT, file))])].sort();
  for (const file of files) {
    let content: Buffer;
    try {
      content = readFileSync(file);
    } catch {
      content = Buffer.from('(absent)');
    }
    hash.update(relative(REPO_ROOT, file)).update('\0').update(String(content.length)).update('\0').update(content);
  }
  const digest = hash.digest('hex');
  inputsHashes.set(entry, digest);
  return digest;
};

/**
 * `compute()`'s result (JSON data), remembered under `name` and `args` for these exact inputs of `entry` (the file of
 * the suite that computes it: inputsHash). A `compute` that throws is never remembered (it throws again next time).
 */
export const memoBySources = <T>(entry: string, name: string, args: unknown, compute: () => T, dir = join(tmpdir(), 'ops-alert-synth-memo')): T => {
  if (process.env.OPS_ALERT_VALIDATE_ALWAYS === '1') return compute();
  const key = createHash('sha256').update(inputsHash(entry)).update('\0').update(name).update('\0').update(JSON.stringify(args)).digest('hex');
  const file = join(dir, `${key}.json`);
  const remembered = readRemembered(file);
  if (remembered !== undefined) return (JSON.parse(remembered) as { result: T }).result;
  const result = compute();
  remember(file, JSON.stringify({ name, args, result }));
  return result;
};
