// Every pair of every folder of the real corpus (../shared/corpus: texts nobody here wrote),
// read as the app reads them: both layouts' derivations must spell A's words in order under
// left/both and B's under right/both. Skipped, saying why, only when the corpus is absent.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../library/library';
import { layoutProblems } from './check-layouts';
import { compareTexts } from './compare';
import { SHARED_CORPUS } from '../testing/shared-corpus';

const CORPUS = SHARED_CORPUS ?? '';
const corpusPresent = SHARED_CORPUS !== undefined;

/** Each folder of the corpus that holds article files itself, as a person would open it. */
function corpusFolders(): string[] {
  const folders: string[] = [];
  const walk = (folder: string): void => {
    const entries = readdirSync(folder, { withFileTypes: true });
    if (folder !== CORPUS && entries.some((entry) => entry.isFile() && /\.(txt|md|html?)$/i.test(entry.name)))
      folders.push(folder);
    for (const entry of entries) if (entry.isDirectory()) walk(path.join(folder, entry.name));
  };
  walk(CORPUS);
  return folders.sort();
}

describe.skipIf(!corpusPresent)(`the real corpus (${CORPUS}${corpusPresent ? '' : ' is absent'})`, () => {
  const folders = corpusPresent ? corpusFolders() : [];

  it('has folders to check', () => {
    expect(folders.length).toBeGreaterThanOrEqual(5);
  });

  it.each(folders.map((folder) => [path.relative(CORPUS, folder), folder]))(
    '%s: every pair, both layouts, exactly the words of each text',
    async (_name, folder) => {
      const library = new Library();
      const snapshot = await library.open(folder);
      library.close();
      const loaded = await Promise.all(snapshot.articles.map((article) => library.load(article.id)));
      const failures: string[] = [];
      let pairs = 0;
      for (let i = 0; i < loaded.length; i++) {
        for (let j = i + 1; j < loaded.length; j++) {
          const [a, b] = [loaded[i]!, loaded[j]!];
          const problems = layoutProblems(a.text, b.text, compareTexts(a.text, b.text));
          failures.push(...problems.map((problem) => `${a.summary.path} → ${b.summary.path}: ${problem}`));
          pairs++;
        }
      }
      expect(failures.slice(0, 10)).toEqual([]);
      expect(pairs).toBe((loaded.length * (loaded.length - 1)) / 2);
    },
    120_000,
  );
});
