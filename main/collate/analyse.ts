// The analyse step: the aligned spine becomes rows of variation units. Runs of word positions
// where every present witness reads the same are agreements; the runs between are variation
// units, each witness's reading there being its words at those positions, joined.
import type { CollationRow, CollationSegment } from '../../preload/contract';
import type { Slot } from './spine';
import { transpositionsIn } from './transpose';

function rowOf(
  slot: Slot,
  ids: readonly string[],
  base: number,
  indexOfSlot: Map<Slot, number>,
): CollationRow {
  const present: number[] = [];
  const paragraphs: Record<string, number | null> = {};
  ids.forEach((id, w) => {
    paragraphs[id] = slot.paragraph[w] ?? null;
    if (slot.paragraph[w] !== null) present.push(w);
  });
  const segments: CollationSegment[] = [];
  let run: string[] | null = null;
  let runAgrees = false;
  /** By column: the segment it falls in. */
  const segmentOf: number[] = [];
  const flush = (): void => {
    if (!run) return;
    const readings: Record<string, string> = {};
    present.forEach((w, k) => (readings[ids[w]!] = run![k]!));
    segments.push({ readings });
  };
  for (const column of slot.columns) {
    const first = column.readings[present[0]!] ?? '';
    const agrees = present.every((w) => (column.readings[w] ?? '') === first);
    // A run of agreement ends at any variant; variant positions merge into one unit.
    if (!run || agrees !== runAgrees) {
      flush();
      run = present.map(() => '');
      runAgrees = agrees;
    }
    segmentOf.push(segments.length);
    present.forEach((w, k) => (run![k] += column.readings[w] ?? ''));
  }
  flush();
  const row: CollationRow = { paragraphs, segments };
  if (slot.paragraph[base] !== null) {
    const transpositions = present
      .filter((w) => w !== base)
      .flatMap((w) => transpositionsIn(slot, segmentOf, base, w, ids[w]!));
    if (transpositions.length > 0) row.transpositions = transpositions;
  }
  if (slot.movedWith.size > 0) {
    row.moved = {};
    for (const [w, other] of slot.movedWith) {
      const target = indexOfSlot.get(other);
      if (target !== undefined) row.moved[ids[w]!] = target;
    }
  }
  return row;
}

/** Rows for the spine, with witness ids in place of indices. */
export function rowsOf(spine: readonly Slot[], ids: readonly string[], base: number): CollationRow[] {
  const indexOfSlot = new Map(spine.map((slot, k) => [slot, k]));
  return spine.map((slot) => rowOf(slot, ids, base, indexOfSlot));
}

/** Whether a segment is an agreement: every reading in it is the same text. */
export function isAgreement(segment: CollationSegment): boolean {
  const readings = Object.values(segment.readings);
  return readings.every((reading) => reading === readings[0]);
}
