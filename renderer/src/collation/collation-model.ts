// What the collation view lays out, derived from main's collation without re-aligning
// anything: the variation units in reading order, how many witnesses differ from the base at
// each (the heat), readings grouped by text, and each witness's distance from the base.
import type { Collation, CollationRow, CollationSegment } from '../../../preload/contract';

export interface Unit {
  /** Position in reading order (0-based), for next/previous. */
  index: number;
  row: number;
  /** The segment within the row; null for a paragraph the base lacks or some witnesses lack. */
  segment: number | null;
  /** Witnesses whose reading differs from the base's (absent paragraphs count). */
  differing: string[];
  /**
   * The readings differ only in spacing (how much space, indentation): shown faintly and kept
   * out of the heat, as the pair view shows such differences.
   */
  spacingOnly: boolean;
}

/** Whitespace by kind only: a line break stays a line break, any other run is one space. */
export const spacingKey = (text: string): string =>
  text.replace(/\s+/g, (run) => (/[\n\r\u2028\u2029]/.test(run) ? '\n' : ' '));

const PUNCTUATION = /[\p{P}\p{S}]/gu;
const spaced = (text: string): string => text.trim().replace(/\s+/g, ' ');
const wordsKey = (text: string): string => spaced(text.replace(PUNCTUATION, ''));

/**
 * Whether a unit's readings differ only in their punctuation ("us," / "us"): `all` when every
 * reading has the same words, `some` when at least two differing readings do; spacing-only
 * differences (and readings with no words at all) are not counted as punctuation.
 */
export function punctuationDifference(texts: Array<string | null>): 'all' | 'some' | null {
  const present = texts.filter((text): text is string => text !== null);
  const byWords = new Map<string, Set<string>>();
  for (const text of present) {
    const key = wordsKey(text);
    if (!key) continue;
    const spellings = byWords.get(key) ?? new Set<string>();
    spellings.add(spaced(text));
    byWords.set(key, spellings);
  }
  const differing = [...byWords.values()].filter((spellings) => spellings.size > 1).length;
  if (differing === 0) return null;
  return byWords.size === 1 && present.every((text) => wordsKey(text) !== '') ? 'all' : 'some';
}

export interface ReadingGroup {
  /** null: these witnesses have no paragraph here. */
  text: string | null;
  witnesses: string[];
  isBase: boolean;
}

export const isAgreement = (segment: CollationSegment): boolean => {
  const readings = Object.values(segment.readings);
  return readings.every((reading) => reading === readings[0]);
};

/** A witness's whole paragraph in a row (null when it has none there). */
export const paragraphText = (row: CollationRow, id: string): string | null =>
  row.paragraphs[id] === null || row.paragraphs[id] === undefined
    ? null
    : row.segments.map((segment) => segment.readings[id] ?? '').join('');

const absentFrom = (row: CollationRow, ids: readonly string[]): string[] =>
  ids.filter((id) => row.paragraphs[id] === null);

/** Every place where some witness differs from the base, in reading order. */
export function unitsOf(
  collation: Collation,
  ids: readonly string[] = collation.witnesses.map((w) => w.id),
): Unit[] {
  const units: Unit[] = [];
  const base = collation.base;
  collation.rows.forEach((row, r) => {
    const absent = absentFrom(row, ids);
    if (row.paragraphs[base] === null || absent.length > 0) {
      // The paragraph itself varies: who has it, and who does not, differs from the base.
      const baseHas = row.paragraphs[base] !== null;
      const differing = ids.filter((id) => id !== base && (row.paragraphs[id] !== null) !== baseHas);
      if (differing.length > 0)
        units.push({ index: units.length, row: r, segment: null, differing, spacingOnly: false });
    }
    if (row.paragraphs[base] === null) return;
    row.segments.forEach((segment, s) => {
      if (isAgreement(segment)) return;
      const baseReading = segment.readings[base]!;
      const others = ids.filter((id) => id !== base && segment.readings[id] !== undefined);
      let differing = others.filter((id) => spacingKey(segment.readings[id]!) !== spacingKey(baseReading));
      const spacingOnly = differing.length === 0;
      if (spacingOnly) differing = others.filter((id) => segment.readings[id] !== baseReading);
      if (differing.length > 0)
        units.push({ index: units.length, row: r, segment: s, differing, spacingOnly });
    });
  });
  return units;
}

/** The readings at a unit, witnesses with the same text grouped; the base's group first. */
export function groupsAt(collation: Collation, unit: Pick<Unit, 'row' | 'segment'>): ReadingGroup[] {
  const row = collation.rows[unit.row]!;
  const groups = new Map<string | null, ReadingGroup>();
  for (const { id } of collation.witnesses) {
    const text =
      unit.segment === null
        ? paragraphText(row, id)
        : row.paragraphs[id] === null
          ? null
          : row.segments[unit.segment]!.readings[id]!;
    const group = groups.get(text) ?? { text, witnesses: [], isBase: false };
    group.witnesses.push(id);
    if (id === collation.base) group.isBase = true;
    groups.set(text, group);
  }
  return [...groups.values()].sort((x, y) => Number(y.isBase) - Number(x.isBase));
}

/** Heat level 1–5 for `differing` witnesses out of `others` (all witnesses but the base). */
export function heatLevel(differing: number, others: number): number {
  if (differing <= 0 || others <= 0) return 0;
  return Math.max(1, Math.min(5, Math.ceil((5 * differing) / others)));
}

const wordCount = (text: string): number => (text.match(/\S+/g) ?? []).length;

export interface Distance {
  /**
   * 0–1: one minus the share of words the witness and the base have in common (2 × words in
   * places where they read alike ÷ both texts' words), as the pair view's similarity counts.
   */
  share: number;
  /** Variation units where the two differ (spacing aside). */
  units: number;
}

/** Each witness's distance from the base, counted over the collation's readings (spacing aside). */
export function distancesFromBase(collation: Collation): Record<string, Distance> {
  const base = collation.base;
  const result: Record<string, Distance> = {};
  for (const { id } of collation.witnesses) {
    let common = 0;
    let units = 0;
    let words = 0;
    for (const row of collation.rows) {
      const hasBase = row.paragraphs[base] !== null;
      const has = row.paragraphs[id] !== null;
      if (!hasBase && !has) continue;
      for (const segment of row.segments) {
        const mine = has ? (segment.readings[id] ?? '') : '';
        const theirs = hasBase ? (segment.readings[base] ?? '') : '';
        words += wordCount(mine) + wordCount(theirs);
        if (spacingKey(mine) === spacingKey(theirs)) common += wordCount(mine);
        else units++;
      }
    }
    result[id] = { units, share: words === 0 ? 0 : 1 - (2 * common) / words };
  }
  return result;
}

/**
 * Where each of a witness's paragraphs starts in its text (paragraphs joined by blank lines,
 * as the pair view and notes count), and where each row's reading starts, by row.
 */
export function paragraphStarts(collation: Collation, id: string): Map<number, number> {
  const texts: string[] = [];
  const firstRow = new Map<number, number>();
  const rowStart = new Map<number, number>();
  collation.rows.forEach((row, r) => {
    const index = row.paragraphs[id];
    if (index === null || index === undefined) return;
    if (texts[index] === undefined) {
      texts[index] = '';
      firstRow.set(index, r);
    }
    rowStart.set(r, texts[index].length);
    texts[index] += paragraphText(row, id)!;
  });
  let offset = 0;
  const starts = new Map<number, number>();
  texts.forEach((text, index) => {
    starts.set(index, offset);
    offset += text.length + 2;
  });
  // By row: the paragraph's start plus what earlier rows of the same paragraph hold.
  const byRow = new Map<number, number>();
  for (const [r, within] of rowStart) byRow.set(r, starts.get(collation.rows[r]!.paragraphs[id]!)! + within);
  return byRow;
}

/** Offset in witness `id`'s text where the unit starts (its row's start when it has no words there). */
export function offsetOf(
  collation: Collation,
  unit: Pick<Unit, 'row' | 'segment'>,
  id: string,
): number | null {
  const start = paragraphStarts(collation, id).get(unit.row);
  if (start === undefined) return null;
  const row = collation.rows[unit.row]!;
  let within = 0;
  for (let s = 0; s < (unit.segment ?? 0); s++) within += (row.segments[s]!.readings[id] ?? '').length;
  return start + within;
}

/** Witnesses in reading order: stated dates oldest first when all have one, else as given. */
export function orderWitnesses<T extends { date: string | null; dateIsFileTime?: boolean }>(
  articles: T[],
): T[] {
  const dated = articles.every((article) => article.date !== null && !article.dateIsFileTime);
  return dated ? [...articles].sort((x, y) => x.date!.localeCompare(y.date!)) : articles;
}

/** A transposition seen from one of its units: the words, and where the other end stands. */
export interface UnitMove {
  words: string;
  /** `base`: the base reads the words in this unit; `witness`: these witnesses read them here. */
  here: 'base' | 'witness';
  witnesses: string[];
  /** The unit at the other end (null if it is not a unit, which should not happen). */
  other: number | null;
  /** Where in the base's reading here the words stand (for `base` ends only). */
  start: number;
  end: number;
}

/** Each unit's transpositions (among witnesses `ids`), witnesses moving the same words grouped. */
export function movesByUnit(
  collation: Collation,
  units: readonly Unit[],
  ids: readonly string[],
): Map<number, UnitMove[]> {
  const unitAt = new Map(units.map((unit) => [`${unit.row}:${unit.segment}`, unit.index]));
  const result = new Map<number, UnitMove[]>();
  const add = (unit: number | undefined, move: Omit<UnitMove, 'witnesses'>, witness: string): void => {
    if (unit === undefined) return;
    const list = result.get(unit) ?? [];
    const same = list.find(
      (m) =>
        m.here === move.here && m.words === move.words && m.other === move.other && m.start === move.start,
    );
    if (same) same.witnesses.push(witness);
    else list.push({ ...move, witnesses: [witness] });
    result.set(unit, list);
  };
  collation.rows.forEach((row, r) => {
    for (const move of row.transpositions ?? []) {
      if (!ids.includes(move.witness)) continue;
      const from = unitAt.get(`${r}:${move.base.segment}`);
      const to = unitAt.get(`${r}:${move.witnessAt.segment}`);
      const words = row.segments[move.base.segment]!.readings[collation.base]!.slice(
        move.base.start,
        move.base.end,
      );
      add(
        from,
        { words, here: 'base', other: to ?? null, start: move.base.start, end: move.base.end },
        move.witness,
      );
      add(to, { words, here: 'witness', other: from ?? null, start: 0, end: 0 }, move.witness);
    }
  });
  return result;
}

/**
 * The base's reading at a unit cut at the words it reads elsewhere in some witness: pieces in
 * order, `moved` for those words. Overlapping ranges (two witnesses moving overlapping
 * phrases) are merged, so each character stands in one piece.
 */
export function movedPieces(
  text: string,
  moves: readonly UnitMove[],
): Array<{ text: string; moved: boolean }> {
  return piecesAt(
    text,
    moves.filter((move) => move.here === 'base'),
  ).map(({ text, ranges }) => ({ text, moved: ranges.length > 0 }));
}

/**
 * A reading cut at the given ranges: pieces in order, each with the ranges that cover it
 * (none for the words between). Overlapping ranges are merged into one piece, which keeps them
 * all, so each character stands in one piece.
 */
export function piecesAt<T extends { start: number; end: number }>(
  text: string,
  ranges: readonly T[],
): Array<{ text: string; ranges: T[] }> {
  const sorted = [...ranges].sort((x, y) => x.start - y.start);
  const pieces: Array<{ text: string; ranges: T[] }> = [];
  let at = 0;
  for (const range of sorted) {
    const last = pieces[pieces.length - 1];
    if (range.start < at && last) {
      // Overlaps the piece before (a range ended at `at`): that piece grows to hold it.
      if (range.end > at) {
        last.text += text.slice(at, range.end);
        at = range.end;
      }
      last.ranges.push(range);
      continue;
    }
    if (range.start > at) pieces.push({ text: text.slice(at, range.start), ranges: [] });
    pieces.push({ text: text.slice(range.start, range.end), ranges: [range] });
    at = range.end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), ranges: [] });
  return pieces.filter((piece) => piece.text !== '' || pieces.length === 1);
}

/** A transposed phrase in one witness's cell of the alignment table. */
export interface CellMove {
  /** Where the phrase stands in this witness's reading of the segment. */
  start: number;
  end: number;
  words: string;
  /**
   * `base`: the base's words, which `partners` read elsewhere in the paragraph; `witness`: this
   * witness reads here the words the base reads elsewhere (`partners` is the base).
   */
  here: 'base' | 'witness';
  partners: string[];
  /** The unit at the other end (null if it is not a unit, which should not happen). */
  other: number | null;
}

export const cellKey = (row: number, segment: number, witness: string): string =>
  `${row}:${segment}:${witness}`;

/**
 * The transpositions (among witnesses `ids`) as the alignment table marks them, by cell
 * (cellKey): at the base's words in the base's column, and at the witness's words in its own.
 * Witnesses moving the same words from the same place share one mark in the base's cell.
 */
export function cellMoves(
  collation: Collation,
  units: readonly Unit[],
  ids: readonly string[],
): Map<string, CellMove[]> {
  const unitAt = new Map(units.map((unit) => [`${unit.row}:${unit.segment}`, unit.index]));
  const result = new Map<string, CellMove[]>();
  const add = (key: string, move: CellMove): void => {
    const list = result.get(key) ?? [];
    const same = list.find(
      (m) => m.here === 'base' && move.here === 'base' && m.start === move.start && m.end === move.end,
    );
    if (same) same.partners.push(...move.partners);
    else list.push(move);
    result.set(key, list);
  };
  collation.rows.forEach((row, r) => {
    for (const move of row.transpositions ?? []) {
      if (!ids.includes(move.witness)) continue;
      const from = unitAt.get(`${r}:${move.base.segment}`) ?? null;
      const to = unitAt.get(`${r}:${move.witnessAt.segment}`) ?? null;
      const words = row.segments[move.base.segment]!.readings[collation.base]!.slice(
        move.base.start,
        move.base.end,
      );
      add(cellKey(r, move.base.segment, collation.base), {
        start: move.base.start,
        end: move.base.end,
        words,
        here: 'base',
        partners: [move.witness],
        other: to,
      });
      add(cellKey(r, move.witnessAt.segment, move.witness), {
        start: move.witnessAt.start,
        end: move.witnessAt.end,
        words: row.segments[move.witnessAt.segment]!.readings[move.witness]!.slice(
          move.witnessAt.start,
          move.witnessAt.end,
        ),
        here: 'witness',
        partners: [collation.base],
        other: from,
      });
    }
  });
  return result;
}
