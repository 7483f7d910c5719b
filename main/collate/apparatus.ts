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

/**
 * Short names for the witnesses: the year when each has a distinct one, else A, B, C…
 * `given` (edited by the user) wins where set.
 */
export function defaultSigla(
  collation: Collation,
  given: Record<string, string> = {},
): Record<string, string> {
  const years = collation.witnesses.map((witness) => witness.date?.slice(0, 4) ?? null);
  const distinct = years.every((year) => year !== null) && new Set(years).size === years.length;
  const sigla: Record<string, string> = {};
  collation.witnesses.forEach((witness, k) => {
    const fallback = distinct ? years[k]! : letters(k);
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
