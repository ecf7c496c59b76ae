/**
 * Results of the largest syntheses remembered by everything they are computed from: the project's sources (every file
 * under infra/, src/, schemas/, handlers/, statemachine/, samples/config/ and test/infra/, cdk.json, the example
 * configuration, package.json) and the installed packages (package-lock.json), plus the caller's own arguments. A
 * synthesis is a pure function of those, so a result computed from byte-identical inputs is the same result: it is
 * kept as a JSON file named by their hash in the system's temporary directory (as validation-cache.ts keeps the
 * templates the CloudFormation validation passed), and computed again as soon as any of them changes (any edit of the
 * sources computes every remembered result again). Used for the syntheses of hundreds of resources whose only output
 * the tests read is a few numbers (models-per-stack.suite.ts: ~1 s of CPU each). `OPS_ALERT_VALIDATE_ALWAYS=1` turns
 * the memory off, as it does for the validations.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../../infra/config.js';

const SOURCE_DIRS = ['infra', 'src', 'schemas', 'handlers', 'statemachine', 'samples/config', 'test/infra'];
const SOURCE_FILES = ['cdk.json', 'ops-alert.config.json', 'package.json', 'package-lock.json'];

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

let sourcesHash: string | undefined;
/** The hash of every source file's path and content (computed once per test file: ~10 ms). */
export const projectSourcesHash = (root = REPO_ROOT): string => {
  if (sourcesHash !== undefined && root === REPO_ROOT) return sourcesHash;
  const hash = createHash('sha256');
  const files = [...SOURCE_DIRS.flatMap((dir) => filesUnder(join(root, dir))), ...SOURCE_FILES.map((file) => join(root, file))].sort();
  for (const file of files) {
    let content: Buffer;
    try {
      content = readFileSync(file);
    } catch {
      content = Buffer.from('(absent)');
    }
    hash.update(relative(root, file)).update('\0').update(String(content.length)).update('\0').update(content);
  }
  const digest = hash.digest('hex');
  if (root === REPO_ROOT) sourcesHash = digest;
  return digest;
};

/**
 * `compute()`'s result (JSON data), remembered under `name` and `args` for these exact sources and packages. A
 * `compute` that throws is never remembered (it throws again on the next run).
 */
export const memoBySources = <T>(name: string, args: unknown, compute: () => T, dir = join(tmpdir(), 'ops-alert-synth-memo')): T => {
  if (process.env.OPS_ALERT_VALIDATE_ALWAYS === '1') return compute();
  const key = createHash('sha256').update(projectSourcesHash()).update('\0').update(name).update('\0').update(JSON.stringify(args)).digest('hex');
  const file = join(dir, `${key}.json`);
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { result: T }).result;
  } catch {
    // not computed yet with these inputs (or unreadable: computed again)
  }
  const result = compute();
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${file}.${process.pid}`, JSON.stringify({ name, args, result }));
    renameSync(`${file}.${process.pid}`, file);
  } catch {
    // a temporary directory we cannot write to: computed again next time
  }
  return result;
};
