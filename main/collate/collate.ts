// collateTexts: the N-way collation's entry point, as the Gothenburg model divides it.
// Tokenise and normalise are the pair engine's (paragraphs, words with their whitespace,
// comparison keys); align is spine.ts (progressive, against the base); analyse is analyse.ts.
import type { Collation, CollationWitness } from '../../preload/contract';
import { rowsOf } from './analyse';
import { alignAll } from './spine';

export interface WitnessText extends CollationWitness {
  /** The text collated: the article as the comparison sees it (cleaned, in the app). */
  text: string;
}

/** The witness to render in full when none is chosen: the earliest dated, else the first. */
export function defaultBase(witnesses: ReadonlyArray<Pick<CollationWitness, 'id' | 'date'>>): string {
  let best = witnesses[0]!;
  for (const witness of witnesses) {
    if (witness.date !== null && (best.date === null || witness.date < best.date)) best = witness;
  }
  return best.id;
}

export function collateTexts(
  witnesses: readonly WitnessText[],
  baseId: string = defaultBase(witnesses),
  /** Called after each witness is aligned, with how many are done. */
  onProgress?: (done: number, total: number) => void,
): Collation {
  if (witnesses.length < 2) throw new Error('A collation needs two witnesses or more.');
  const ids = witnesses.map((witness) => witness.id);
  if (new Set(ids).size !== ids.length) throw new Error('Each witness must appear once.');
  const base = ids.indexOf(baseId);
  if (base < 0) throw new Error('The base must be one of the witnesses.');
  const spine = alignAll(
    witnesses.map((witness) => witness.text),
    base,
    onProgress && ((done) => onProgress(done, witnesses.length)),
  );
  return {
    witnesses: witnesses.map(({ id, path, title, date }) => ({ id, path, title, date })),
    base: baseId,
    rows: rowsOf(spine, ids, base),
  };
}
