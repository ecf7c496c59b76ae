/**
 * The layout stays a layering: no module imports, directly or through others, a module that imports it back (type-only
 * imports included, since they still tie two files' meanings together). The core imports nothing above it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SOURCE_DIRS = ['src', 'handlers', 'infra'];

const tsFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'validators' ? [] : tsFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s+['"]((?:\.{1,2}|#[a-z-]+)\/[^'"]+)['"]/g;

/** A specifier as a project path: relative to the file, or a subpath import (`#core/x.js` → src/core/x.ts, package.json "imports"). */
const pathOf = (file: string, specifier: string): string => {
  const ts = specifier.replace(/\.js$/, '.ts');
  return ts.startsWith('#') ? join(ROOT, 'src', ts.slice(1)) : resolve(dirname(file), ts);
};

/** The project imports of a file (relative or subpath), as project paths of .ts files. */
const importsOf = (file: string): string[] => {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => pathOf(file, m[1]!));
};

const buildGraph = (): Map<string, string[]> => {
  const files = SOURCE_DIRS.flatMap((dir) => tsFiles(join(ROOT, dir)));
  const known = new Set(files);
  return new Map(files.map((file) => [file, importsOf(file).filter((target) => known.has(target))]));
};

/** Every cycle's files, found by depth-first search (each cycle reported once, from its first file found). */
const findCycles = (graph: Map<string, string[]>): string[][] => {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)).map((f) => relative(ROOT, f)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
};

describe('module layout', () => {
  const graph = buildGraph();

  it('reads the imports it checks (the finder is not blind)', () => {
    const decide = graph.get(join(ROOT, 'src/core/decide.ts'));
    expect(decide).toContain(join(ROOT, 'src/core/quota-math.ts'));
  });

  it('has no import cycle', () => {
    expect(findCycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    expect(findCycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual([['a', 'b', 'c']]);
  });

  it('keeps the core free of everything above it (the types generated from the schemas are its contracts)', () => {
    const core = join(ROOT, 'src/core') + '/';
    const contracts = join(ROOT, 'src/types/generated') + '/';
    const outward = [...graph].flatMap(([file, targets]) =>
      file.startsWith(core) ? targets.filter((t) => !t.startsWith(core) && !t.startsWith(contracts)).map((t) => `${relative(ROOT, file)} -> ${relative(ROOT, t)}`) : [],
    );
    expect(outward).toEqual([]);
  });
});
