// The apparatus of one variation unit: witnesses grouped under each distinct reading, the
// base's reading (the lemma) first. Shared by the TEI, CSV and HTML writers and the CLI.
import type { Collation, CollationSegment } from '../../preload/contract';

export interface ReadingGroup {
  text: string;
  /** Witness ids, in the collation's witness order. */
  witnesses: string[];
  /** This is the base witness's reading. */
  lemma: boolean;
}

export function readingGroups(segment: CollationSegment, collation: Collation): ReadingGroup[] {
  const groups = new Map<string, ReadingGroup>();
  for (const { id } of collation.witnesses) {
    const text = segment.readings[id];
    if (text === undefined) continue;
    const group = groups.get(text) ?? { text, witnesses: [], lemma: false };
    group.witnesses.push(id);
    if (id === collation.base) group.lemma = true;
    groups.set(text, group);
  }
  return [...groups.values()].sort((x, y) => Number(y.lemma) - Number(x.lemma));
}

/** A witness's year: from its stated date, else from a year in its file name (damozel-1850-germ). */
function yearOf(witness: Collation['witnesses'][number]): string | null {
  if (witness.date) return witness.date.slice(0, 4);
  return /(?<!\d)(1[4-9]\d\d|20\d\d)(?!\d)/.exec(witness.path.split('/').pop() ?? '')?.[1] ?? null;
}

/**
 * Short names for the witnesses: years when every witness has one (1870a, 1870b where a
 * year repeats), else A, B, C… `given` (edited by the user) wins where set.
 */
export function defaultSigla(
  collation: Collation,
  given: Record<string, string> = {},
): Record<string, string> {
  const years = collation.witnesses.map(yearOf);
  const byYears = years.every((year) => year !== null);
  const count = new Map<string, number>();
  for (const year of years) if (year) count.set(year, (count.get(year) ?? 0) + 1);
  const seen = new Map<string, number>();
  const sigla: Record<string, string> = {};
  collation.witnesses.forEach((witness, k) => {
    let fallback = letters(k);
    if (byYears) {
      const year = years[k]!;
      const nth = seen.get(year) ?? 0;
      seen.set(year, nth + 1);
      fallback = count.get(year)! > 1 ? `${year}${String.fromCharCode(97 + (nth % 26))}` : year;
    }
    sigla[witness.id] = given[witness.id]?.trim() || fallback;
  });
  return sigla;
}

function letters(k: number): string {
  let name = '';
  for (let n = k + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const collapsed = (text: string): string => (text.trim() === '' ? 'om.' : text.trim().replace(/\s+/g, ' '));
const visibleSpace = (text: string): string => text.replace(/\n/g, '↵').replace(/[^\S\n]/g, '·');

/**
 * Readings as an apparatus prints them: words with single spaces, "om." for an omission;
 * when that would make two different readings look alike (indentation or a line end in
 * verse), line ends are shown as ↵ and spaces as ·.
 */
export function shownReadings(texts: readonly string[]): string[] {
  const plain = texts.map(collapsed);
  return new Set(plain).size === new Set(texts).size
    ? plain
    : texts.map((t) => (t === '' ? 'om.' : visibleSpace(t)));
}
