// Where each note of a report sits (pure): the row and side whose text holds its quote, the
// saved context breaking ties between repeats, notes that match no row listed apart.
import type { Comparison, Segment } from '../../../preload/contract';
import type { Note } from './model';
import { compileFilter } from './search-index';

export type Side = 'left' | 'right';
// ── Placing notes ───────────────────────────────────────────────────────────────────────

/** A note found in a row: where its quote sits in that side's text (UTF-16 offsets). */
export interface Placement {
  note: Note;
  start: number;
  end: number;
}

export interface PlacedNotes {
  /** Notes on the comparison or a whole article: listed before the rows. */
  general: Note[];
  /** Per row and side, in reading order. */
  atRow: Map<string, Placement[]>;
  /** Passage notes whose quote no row contains. */
  unplaced: Note[];
  /** Report-wide note numbers, in document order (ids come from data and are not trusted). */
  numbers: Map<Note, number>;
}

export const rowKey = (row: number, side: Side): string => `${row}:${side}`;

export function arrangeNotes(
  comparison: Comparison,
  notes: readonly Note[],
  numbers: Map<Note, number> = new Map(),
): PlacedNotes {
  const { left, right } = comparison;
  const inThisComparison = compileFilter({ comparison: { left: left.path, right: right.path } });
  const texts = {
    left: comparison.rows.map((row) => sideText(row.left)),
    right: comparison.rows.map((row) => sideText(row.right)),
  };
  const general: Note[] = [];
  const unplaced: Note[] = [];
  const atRow = new Map<string, Placement[]>();
  for (const note of notes) {
    const path = note.article?.path;
    const onArticle = note.scope === 'passage' && (path === left.path || path === right.path);
    if (!onArticle && !inThisComparison(note)) continue;
    if (!note.anchor || (path !== left.path && path !== right.path)) {
      general.push(note);
      continue;
    }
    const side: Side = path === left.path ? 'left' : 'right';
    const found = findQuote(texts[side], note);
    if (!found) {
      unplaced.push(note);
      continue;
    }
    const key = rowKey(found.row, side);
    const list = atRow.get(key) ?? [];
    list.push({ note, start: found.start, end: found.end });
    atRow.set(key, list);
  }
  general.sort(byCreated);
  unplaced.sort(byCreated);
  for (const list of atRow.values()) list.sort((a, b) => a.start - b.start || byCreated(a.note, b.note));

  const assignNumber = (note: Note): void => void numbers.set(note, numbers.size + 1);
  general.forEach(assignNumber);
  comparison.rows.forEach((_, row) => {
    for (const side of ['left', 'right'] as const) {
      for (const placement of atRow.get(rowKey(row, side)) ?? []) assignNumber(placement.note);
    }
  });
  unplaced.forEach(assignNumber);
  return { general, atRow, unplaced, numbers };
}

/**
 * The row and offsets of a note's quote, preferring the occurrence whose surroundings best
 * match the saved context. A quote that runs over a paragraph break is looked for by its first
 * line, which ends the paragraph where the passage starts.
 */
export function findQuote(
  texts: readonly string[],
  note: Note,
): { row: number; start: number; end: number } | null {
  const { exact, prefix, suffix } = note.anchor!.quote;
  const firstLine = exact.split(/\r\n|\r|\n/).find((line) => line.trim()) ?? '';
  for (const needle of [exact, firstLine]) {
    if (!needle.trim()) continue;
    let best: { row: number; start: number; end: number; score: number } | null = null;
    texts.forEach((text, row) => {
      for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
        const score = contextScore(text, at, at + needle.length, prefix, suffix);
        if (!best || score > best.score) best = { row, start: at, end: at + needle.length, score };
      }
    });
    if (best) return best;
  }
  return null;
}

/** How many characters of the saved context match right before `start` and right after `end`. */
function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  let before = 0;
  while (
    before < prefix.length &&
    before < start &&
    prefix[prefix.length - 1 - before] === text[start - 1 - before]
  )
    before++;
  let after = 0;
  while (after < suffix.length && end + after < text.length && suffix[after] === text[end + after]) after++;
  return before + after;
}

const sideText = (segments: readonly Segment[]): string => segments.map((segment) => segment.text).join('');

export const byCreated = (a: Note, b: Note): number =>
  a.created < b.created ? -1 : a.created > b.created ? 1 : 0;
