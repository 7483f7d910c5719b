// The tree's promises, read from the code's own imports: no import cycles among the source
// files, main/ never imports the renderer nor the renderer main/, and preload/shared/ (what
// both sides need) imports nothing but the contract and itself.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const SOURCE = /\.(ts|tsx)$/;
const IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sourceFiles(relative);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [relative] : [];
  });
}

const files = ['main', 'preload', 'renderer/src'].flatMap(sourceFiles);
const known = new Set(files);

function resolve(from: string, specifier: string): string | null {
  const base = path.normalize(path.join(path.dirname(from), specifier));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')])
    if (known.has(candidate)) return candidate;
  return null;
}

const graph = new Map(
  files.map((file) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    const targets = [...text.matchAll(IMPORT)].map((match) => resolve(file, match[1]!));
    return [file, targets.filter((target): target is string => target !== null)];
  }),
);

/** Every cycle's files, found by depth-first search (one cycle per back edge). */
function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return found;
}

describe('the import graph', () => {
  it('reads the source tree', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(graph.get(path.join('main', 'cli', 'index.ts'))).toContain(path.join('main', 'cli', 'output.ts'));
  });

  it('has no import cycles', () => {
    expect(cycles().map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('keeps main/ and the renderer apart, and preload/shared/ below both', () => {
    const crossings = [...graph].flatMap(([file, targets]) =>
      targets
        .filter(
          (target) =>
            (file.startsWith('main') && target.startsWith('renderer')) ||
            (file.startsWith('renderer') && target.startsWith('main')) ||
            (file.startsWith(path.join('preload', 'shared')) &&
              !target.startsWith(path.join('preload', 'shared')) &&
              target !== path.join('preload', 'contract.ts')),
        )
        .map((target) => `${file} → ${target}`),
    );
    expect(crossings).toEqual([]);
  });
});
