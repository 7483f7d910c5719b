// What `variorum matrix` and `variorum passages` share: their arguments, and reading and
// analysing the folder.
import path from 'node:path';
import { Library } from '../library/library';
import { CorpusAnalyser, DEFAULT_CORPUS_OPTIONS, type CorpusAnalysis, type CorpusDoc } from '../corpus/analyse';
import { loadCorpusDocs } from '../corpus/folder-docs';

interface Parsed {
  folder: string;
  json: boolean;
  number: number;
}

export function parseCorpusArgs(
  argv: string[],
  numberFlag: string,
  fallback: number,
  valid: (n: number) => boolean,
): Parsed {
  let folder: string | null = null;
  let json = false;
  let number = fallback;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === numberFlag || arg.startsWith(`${numberFlag}=`)) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      number = Number(value);
      if (value === undefined || value === '' || !valid(number)) {
        throw new Error(
          `${numberFlag} needs ${numberFlag === '--min' ? 'a number from 0 to 1' : 'a whole number of at least 3'}`,
        );
      }
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else if (folder === null) folder = arg;
    else throw new Error('give one folder');
  }
  if (folder === null) throw new Error('give one folder');
  return { folder, json, number };
}

export async function analyseFolder(
  folder: string,
  minWords: number,
): Promise<{ root: string; docs: CorpusDoc[]; words: number[]; analysis: CorpusAnalysis }> {
  const library = new Library();
  const snapshot = await library.open(folder);
  const docs = await loadCorpusDocs(library, snapshot.articles);
  const analysis = new CorpusAnalyser({ ...DEFAULT_CORPUS_OPTIONS, minWords }).analyse(docs);
  return { root: path.resolve(folder), docs, words: snapshot.articles.map((a) => a.words), analysis };
}
