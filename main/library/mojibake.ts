// Finds mojibake in decoded text and repairs it where the repair reads better: UTF-8 that was
// once read in a single-byte code page (Windows-1252, Latin-1, Windows-1251, MacRoman, …)
// and saved again ("EspaÃ±ol", "â€™", "Ð¿Ñ€Ð¸Ð²ÐµÑ‚"), and Windows-1252 punctuation read
// as Latin-1 (C1 control characters where quotes belong). Pure.
//
// Each garbled cluster is decided on its own: its characters are turned back into the bytes
// a code page gave them, the bytes are read as UTF-8, and the repair is kept only when it
// makes that place of the text clearly less odd (text-oddness.ts). So one doubtful place
// never blocks the rest of a page, and a place that reads as real text ("NESTLÉ®",
// "a radius of 10 Å—") is never touched.

import { codePages, type CodePage, WINDOWS_1252_C1 } from './code-pages';
import { oddness } from './text-oddness';

export interface MojibakeRepair {
  /** The text with the repair made. */
  text: string;
  /** What the UI says, e.g. "repaired double-encoded text". */
  label: string;
  /** Characters restored. */
  count: number;
}

export type MojibakeCheck =
  | { kind: 'clean' }
  | ({ kind: 'repaired' } & MojibakeRepair)
  /** Looks like mojibake, but a repair could be wrong: left as decoded, with this warning. */
  | { kind: 'ambiguous'; warning: string };

export const DOUBLE_ENCODED_LABEL = 'repaired double-encoded text';
export const C1_PUNCTUATION_LABEL = 'repaired Windows-1252 punctuation';

/** How much less odd a place must read after a repair for the repair to be kept. */
const REQUIRED_GAIN = 3;
/** Characters of context on each side when a place is judged. */
const CONTEXT = 3;
/** Text read wrongly more than this many times over is past recognising. */
const MAX_DEPTH = 3;
/** A run of characters above ASCII: every misread byte became one. */
const NON_ASCII_RUN = /[\u0080-\uffff]+/g;
/** Passes over the text: enough for repairs that make their neighbours' context readable. */
const MAX_PASSES = 4;
/** Oddness per character above which a repaired run still reads as mojibake. */
const HOPELESS_ODDNESS = 2;
/**
 * Clear repairs a code page must make in a paragraph that also holds text it did not misread
 * (a real "–" or "é" on its own, which a misreading of the whole would have garbled too).
 */
const CONTRADICTED_CLEAR = 2;
/** C1 controls: never written on purpose, so a place holding one is misread beyond doubt. */
const C1_CONTROL = /[\u0080-\u009f]/;

interface Piece {
  /** Offset in the text and UTF-16 length of the garbled characters. */
  start: number;
  length: number;
  /** What they were: one character (as a string, astral ones included). */
  restored: string;
  /** A guess that needs a clearer repair of the same kind nearby to be made. */
  weak: boolean;
}

interface Cluster {
  start: number;
  end: number;
  restored: string;
  /** Characters restored. */
  count: number;
  weak: boolean;
  /** How much less odd the place reads restored (text-oddness.ts), less the code page's doubt. */
  gain: number;
}

/** UTF-8's length for a lead byte, or 0 when the byte cannot start a multi-byte character. */
function utf8Length(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Reads `bytes` as one UTF-8 character, or null if they are not one. */
function decodeUtf8(bytes: number[]): number | null {
  const size = bytes.length;
  let code = bytes[0]! & (size === 2 ? 0x1f : size === 3 ? 0x0f : 0x07);
  for (let k = 1; k < size; k++) {
    const byte = bytes[k]!;
    if (byte < 0x80 || byte > 0xbf) return null;
    code = (code << 6) | (byte & 0x3f);
  }
  const minimum = size === 2 ? 0x80 : size === 3 ? 0x800 : 0x10000;
  if (code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return code;
}

/**
 * The UTF-8 characters hidden in text[runStart…runEnd] if it was read in `page`. A sequence
 * cut short at the end of a word, before a space, may have lost its last byte 0xA0 (read as
 * a no-break space) to a plain space on the way ("Å veices" for "Šveices", "à¸ à¸²" for
 * "ภา"). Such a guess is weak: only a clear repair nearby supports it. The exception is a
 * lone "Ã" (à, a word in French and Portuguese): there the space is its own, unless there
 * are two.
 */
function piecesIn(text: string, runStart: number, runEnd: number, page: CodePage): Piece[] {
  const pieces: Piece[] = [];
  const byteAt = (i: number): number => page.byteOf.get(text.charCodeAt(i)) ?? -1;
  for (let i = runStart; i < runEnd; i++) {
    const lead = byteAt(i);
    const size = utf8Length(lead);
    if (size === 0) continue;
    const available = Math.min(size, runEnd - i);
    const bytes = [lead];
    for (let k = 1; k < available; k++) bytes.push(byteAt(i + k));
    if (bytes.includes(-1)) continue;
    if (available === size) {
      const code = decodeUtf8(bytes);
      if (code !== null) {
        pieces.push({ start: i, length: size, restored: String.fromCodePoint(code), weak: false });
        i += size - 1;
      }
      continue;
    }
    if (available !== size - 1 || text[runEnd] !== ' ') continue;
    const code = decodeUtf8([...bytes, 0xa0]);
    if (code === null) continue;
    const doubled = text[runEnd + 1] === ' ';
    const keepsSpace = code === 0xe0 && !doubled;
    pieces.push({
      start: i,
      length: available + (keepsSpace ? 0 : 1),
      restored: String.fromCodePoint(code),
      weak: !doubled,
    });
    i = runEnd;
  }
  return pieces;
}

/** Readings already worked out in this text: a page repeats the same few garbled words. */
const readingsMemo = new Map<string, string[]>();

/**
 * The text a garbled cluster was before it was misread, perhaps more than once over (a text
 * read wrongly twice restores, once, to mojibake that is itself whole: "ÃƒÂ©" to "Ã©").
 * Every reading down to three deep, through any code page that reads all of it.
 */
function readingsOf(restored: string, depth = 1): string[] {
  const key = `${depth}${restored}`;
  const known = readingsMemo.get(key);
  if (known) return known;
  const readings = [restored];
  readingsMemo.set(key, readings);
  if (depth >= MAX_DEPTH) return readings;
  for (const page of codePages()) {
    const pieces = piecesIn(restored, 0, restored.length, page);
    if (pieces.some((piece) => piece.weak)) continue;
    const covered = pieces.reduce((sum, piece) => sum + piece.length, 0);
    if (covered !== restored.length) continue;
    readings.push(...readingsOf(pieces.map((piece) => piece.restored).join(''), depth + 1));
  }
  return readings;
}

/**
 * How much less odd the text reads from `start` to `end` with `restored` in their place; or
 * -Infinity when the restored characters read oddly themselves (letters of two alphabets in
 * a word, a phonetic letter, a small letter in a word of capitals): what a misreading of
 * real text decodes to, not what someone wrote.
 */
function gainOf(text: string, start: number, end: number, restored: string, count: number): number {
  const key = `${start}:${end}:${restored}`;
  let gain = gainMemo.get(key);
  if (gain !== undefined) return gain;
  const before = text.slice(Math.max(0, start - CONTEXT), start);
  const after = text.slice(end, end + CONTEXT);
  const restoredOddness = oddness(before + restored + after);
  gain =
    restoredOddness - oddness(before + after) > 3 * count
      ? -Infinity
      : oddness(before + text.slice(start, end) + after) - restoredOddness;
  gainMemo.set(key, gain);
  return gain;
}

let hasLetter: RegExp | undefined; // built on first use, as text-oddness.ts's classes are

/** Gains already worked out in the paragraph being decided: code pages often agree. */
const gainMemo = new Map<string, number>();

/**
 * Neighbouring pieces form one garbled cluster, judged as a whole and restored to its best
 * reading. A code page people seldom misread with must restore a letter, not a lone sign.
 */
function clustersOf(text: string, pieces: Piece[], page: CodePage): Cluster[] {
  const clusters: Cluster[] = [];
  for (const piece of pieces) {
    const last = clusters[clusters.length - 1];
    if (last && last.end === piece.start) {
      last.end += piece.length;
      last.restored += piece.restored;
      last.count++;
      last.weak &&= piece.weak;
    } else {
      const { start, length, restored, weak } = piece;
      clusters.push({ start, end: start + length, restored, weak, count: 1, gain: 0 });
    }
  }
  for (const cluster of clusters) {
    let best = -Infinity;
    let bestReading = cluster.restored;
    for (const reading of readingsOf(cluster.restored)) {
      const gain = gainOf(text, cluster.start, cluster.end, reading, cluster.count);
      if (gain > best) {
        best = gain;
        bestReading = reading;
      }
    }
    cluster.restored = bestReading;
    const needsLetter = page.doubt >= 2 && !(hasLetter ??= /\p{L}/u).test(bestReading);
    cluster.gain = needsLetter ? -Infinity : best - page.doubt;
  }
  return clusters;
}

const isClear = (cluster: Cluster): boolean => !cluster.weak && cluster.gain >= REQUIRED_GAIN;

/**
 * One paragraph's repairs. Each run of non-ASCII characters takes the code page that restores
 * it best. A cluster is repaired when the repair is clear on its own, or when it helps at all
 * and the same code page made a clear repair elsewhere in the paragraph (a Czech "ÄŒ" beside
 * an unmistakable "Å¡"): misread text is misread the same way throughout.
 */
function decideParagraph(
  text: string,
  start: number,
  end: number,
  evidentBefore: boolean[],
): { kept: Cluster[]; doubtful: number } {
  const runs = Array.from(text.slice(start, end).matchAll(NON_ASCII_RUN), (run): [number, number] => [
    start + run.index,
    start + run.index + run[0].length,
  ]);
  if (runs.length === 0) return { kept: [], doubtful: 0 };
  gainMemo.clear();
  const readings = runs.map(([runStart, runEnd]) =>
    codePages().map((page) => clustersOf(text, piecesIn(text, runStart, runEnd, page), page)),
  );
  const paragraphGain = codePages().map((_, p) =>
    readings.reduce(
      (sum, run) => sum + run[p]!.filter(isClear).reduce((total, cluster) => total + cluster.gain, 0),
      0,
    ),
  );
  const likeliest = paragraphGain.indexOf(Math.max(...paragraphGain));
  // Characters above ASCII that read as they are through this code page ("–", "é" on their
  // own): the paragraph was not misread through it as a whole, so a place must make its own
  // case more clearly, or lean on one that did.
  const contradicted = codePages().map((_, p) => readings.some((run) => run[p]!.length === 0));
  const clearPlaces = codePages().map((_, p) => readings.flatMap((run) => run[p]!.filter(isClear)));
  const believable = codePages().map(
    (_, p) =>
      !contradicted[p] ||
      evidentBefore[p] ||
      clearPlaces[p]!.length >= CONTRADICTED_CLEAR ||
      clearPlaces[p]!.some((cluster) => C1_CONTROL.test(text.slice(cluster.start, cluster.end))),
  );
  const kept: Cluster[] = [];
  let doubtful = 0;
  readings.forEach((run, r) => {
    let best: Cluster[] = [];
    let bestScore = 0;
    run.forEach((clusters, p) => {
      const evident = paragraphGain[p]! > 0 || evidentBefore[p]!;
      const accepted = believable[p]
        ? clusters.filter((cluster) => isClear(cluster) || (evident && cluster.gain >= 0))
        : [];
      // Ties go to the code page that explains most of the paragraph.
      const score =
        accepted.reduce((sum, cluster) => sum + cluster.gain + 0.5, 0) + (p === likeliest ? 0.25 : 0);
      if (accepted.length > 0 && score > bestScore) [best, bestScore] = [accepted, score];
    });
    if (best.length > 0 && !isHopeless(text, runs[r]!, best)) kept.push(...best);
    else if (run.some((clusters) => clusters.some((cluster) => !cluster.weak && cluster.gain > 0)))
      doubtful++;
  });
  paragraphGain.forEach((gain, p) => (evidentBefore[p] ||= gain > 0));
  return { kept, doubtful };
}

/**
 * A run that still reads as mojibake after its best repair was misread in a way these code
 * pages do not explain (or was garbled and then changed, say lower-cased): a partial repair
 * would only make different nonsense of it.
 */
function isHopeless(text: string, [start, end]: [number, number], kept: Cluster[]): boolean {
  let restored = '';
  let from = start;
  for (const cluster of kept) {
    restored += text.slice(from, cluster.start) + cluster.restored;
    from = cluster.end;
  }
  restored += text.slice(from, end);
  const characters = Array.from(restored).length;
  return characters >= 4 && oddness(restored) / characters > HOPELESS_ODDNESS;
}

/** What a pass keeps about each paragraph (by its place among the text's lines). */
interface ParagraphState {
  /** The code pages that made a clear repair in it. */
  evident: boolean[];
  /** Whether the last pass changed it: only changed paragraphs can hold more to repair. */
  changed: boolean;
}

/** One pass over the text, paragraph by paragraph. */
function repairPass(
  text: string,
  states: ParagraphState[],
): { text: string; count: number; doubtful: number; places: Array<{ start: number; end: number }> } {
  let out = '';
  const places: Array<{ start: number; end: number }> = [];
  let from = 0;
  let count = 0;
  let doubtful = 0;
  let ordinal = 0;
  for (const paragraph of text.matchAll(/[^\n]+/g)) {
    const state = (states[ordinal++] ??= { evident: codePages().map(() => false), changed: true });
    if (!state.changed) continue;
    const decision = decideParagraph(
      text,
      paragraph.index,
      paragraph.index + paragraph[0].length,
      state.evident,
    );
    state.changed = decision.kept.length > 0;
    doubtful += decision.doubtful;
    for (const cluster of decision.kept) {
      out += text.slice(from, cluster.start) + cluster.restored;
      from = cluster.end;
      count += cluster.count;
      places.push({ start: cluster.start, end: cluster.end });
    }
  }
  return { text: out + text.slice(from), count, doubtful, places };
}

/**
 * One garbled-looking place in a whole text whose other accents and signs read as they are
 * ("double-encoded UTF-8 ("EspaÃ±ol")" in a note about encodings): the text was not misread,
 * and the place is more likely quoted than broken. A C1 control inside it settles the doubt.
 */
function isLoneMention(text: string, place: { start: number; end: number }): boolean {
  const rest = text.slice(0, place.start) + text.slice(place.end);
  return !C1_CONTROL.test(text.slice(place.start, place.end)) && /[\u0080-\uffff]/.test(rest);
}

/** C1 controls left after the repairs are Windows-1252 punctuation read as Latin-1. */
function repairC1(text: string): { text: string; count: number } {
  let count = 0;
  const repaired = text.replace(/[\u0080-\u009f]/g, (control) => {
    const punctuation = WINDOWS_1252_C1[control.charCodeAt(0) - 0x80]!;
    if (punctuation === control) return control;
    count++;
    return punctuation;
  });
  return { text: repaired, count };
}

/**
 * Checks decoded text for mojibake and repairs every place where the repair clearly reads
 * better, as many times over as the text was misread (up to three). C1 controls left over
 * become the Windows-1252 punctuation they stood for.
 */
export function checkMojibake(text: string): MojibakeCheck {
  // Every mojibake character is above U+007F: pure ASCII (most files) needs no scan.
  if (!/[\u0080-\uffff]/.test(text)) return { kind: 'clean' };
  let repaired = text;
  let doubleEncoded = 0;
  let doubtful = 0;
  // Each pass sees the last one's repairs as context; which code pages proved themselves in
  // which paragraph carries over.
  const states: ParagraphState[] = [];
  readingsMemo.clear();
  let places = 0;
  let firstPlace: { start: number; end: number } | undefined;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = repairPass(repaired, states);
    if (pass === 0) [doubtful, firstPlace] = [result.doubtful, result.places[0]];
    places += result.places.length;
    if (result.count === 0) break;
    repaired = result.text;
    doubleEncoded += result.count;
  }
  if (places === 1 && isLoneMention(text, firstPlace!))
    [repaired, doubleEncoded, doubtful] = [text, 0, doubtful + 1];
  const punctuation = repairC1(repaired);
  if (doubleEncoded === 0 && punctuation.count === 0) {
    if (doubtful === 0) return { kind: 'clean' };
    return {
      kind: 'ambiguous',
      warning: `${doubtful} ${doubtful === 1 ? 'passage looks' : 'passages look'} double-encoded but could be real text: left as decoded`,
    };
  }
  return {
    kind: 'repaired',
    text: punctuation.text,
    label: doubleEncoded > 0 ? DOUBLE_ENCODED_LABEL : C1_PUNCTUATION_LABEL,
    count: doubleEncoded + punctuation.count,
  };
}
