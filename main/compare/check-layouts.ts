// Test-only check of the "one row model" promise: what each layout derives from the engine's
// ordered edits (preload/shared/row-pieces.ts) spells each text exactly. Used by the
// property test and by the test over the real corpus.
import type { TextComparison } from '../../preload/contract';
import { changeCount, inlinePieces, sidePieces, type Piece } from '../../preload/shared/row-pieces';
import { leftSegments, rightSegments } from './row-edits';

const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);

const textOn = (pieces: Piece[], sides: string[]): string =>
  pieces
    .filter((piece) => sides.includes(piece.side))
    .map((piece) => piece.text)
    .join('');

/** First word position where two word lists part, described; null when they are equal. */
function firstDifference(label: string, shown: string[], expected: string[]): string | null {
  const length = Math.max(shown.length, expected.length);
  for (let k = 0; k < length; k++) {
    if (shown[k] !== expected[k]) {
      return `${label}: word ${k} is ${JSON.stringify(shown[k])}, expected ${JSON.stringify(expected[k])} (${shown.length} vs ${expected.length} words; …${expected.slice(Math.max(0, k - 4), k + 2).join(' ')}…)`;
    }
  }
  return null;
}

/**
 * Broken promises, described; none when all hold: inline text under left/both is A's words
 * in order and under right/both B's; each side-by-side pane is its text's words; the segment
 * lists are the edits split by side; the renderer's change count is the engine's.
 */
export function layoutProblems(a: string, b: string, result: TextComparison): string[] {
  const problems: string[] = [];
  // Words row by row: a row's text ends where its paragraph does.
  const wordsShown = (
    piecesOf: (row: TextComparison['rows'][number]) => Piece[],
    sides: string[],
  ): string[] => result.rows.flatMap((row) => wordsOf(textOn(piecesOf(row), sides)));
  const inline = result.rows.flatMap((row) => inlinePieces(row));
  const checks: Array<[string, string[], string]> = [
    ['inline left/both', wordsShown(inlinePieces, ['left', 'both']), a],
    ['inline right/both', wordsShown(inlinePieces, ['right', 'both']), b],
    ['side by side left', wordsShown((row) => (row.left.length ? sidePieces(row, 'left') : []), ['left']), a],
    [
      'side by side right',
      wordsShown((row) => (row.right.length ? sidePieces(row, 'right') : []), ['right']),
      b,
    ],
  ];
  for (const [label, shown, text] of checks) {
    const problem = firstDifference(label, shown, wordsOf(text));
    if (problem) problems.push(problem);
  }
  if (inline.some((piece) => piece.text === '')) problems.push('inline: an empty piece');
  result.rows.forEach((row, index) => {
    // A move's two ends each show one side; `equal` there means equal to the other end.
    const leftShown = row.kind !== 'moved' || row.left.length > 0;
    const rightShown = row.kind !== 'moved' || row.right.length > 0;
    if (leftShown && JSON.stringify(leftSegments(row.edits)) !== JSON.stringify(row.left))
      problems.push(`row ${index}: left ≠ edits`);
    if (rightShown && JSON.stringify(rightSegments(row.edits)) !== JSON.stringify(row.right))
      problems.push(`row ${index}: right ≠ edits`);
  });
  const changes = result.rows.reduce((sum, row) => sum + changeCount(row), 0);
  if (changes !== result.stats.edits) problems.push(`changes: view ${changes}, engine ${result.stats.edits}`);
  return problems;
}
