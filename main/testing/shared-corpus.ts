// Where the shared corpus of real texts lies, for the tests and journeys that read it:
// VARIORUM_CORPUS, else `shared/corpus` in the nearest folder above this checkout (it sits
// beside the repository, `../shared/corpus`; one level further up from a git worktree).
import { existsSync } from 'node:fs';
import path from 'node:path';

function findSharedCorpus(): string | undefined {
  const named = process.env['VARIORUM_CORPUS'];
  if (named) return existsSync(named) ? path.resolve(named) : undefined;
  for (let dir = path.resolve(__dirname, '..'); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'corpus');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The corpus folder, or undefined where this machine has none (its checks are then skipped). */
export const SHARED_CORPUS = findSharedCorpus();

/** A path inside the corpus ('' when there is none, for checks that are skipped then). */
export const corpusPath = (...parts: string[]): string =>
  SHARED_CORPUS ? path.join(SHARED_CORPUS, ...parts) : '';

/**
 * The folders with known answers beside the corpus (`shared/datasets`), or undefined: the
 * grouping bench and quality check read the Wikipedia train folder and its truth from there.
 */
export const SHARED_DATASETS = ((): string | undefined => {
  const named = process.env['VARIORUM_DATASETS'];
  if (named) return existsSync(named) ? path.resolve(named) : undefined;
  const beside = SHARED_CORPUS && path.join(path.dirname(SHARED_CORPUS), 'datasets');
  return beside && existsSync(beside) ? beside : undefined;
})();
