// The apparatus as a table, one line per variation unit, one column per witness, and a last
// column naming the unit's transpositions: CSV for spreadsheets (RFC 4180, UTF-8 with a byte
// order mark) and a self-contained HTML page.
import type { Collation } from '../../preload/contract';
import { isAgreement } from './analyse';
import { shownReadings } from './apparatus';
import { shortTitle } from '../../preload/shared/short-title';

export interface ApparatusLine {
  /** 1-based paragraph slot and unit number within it (unit 1 is the whole paragraph when some lack it). */
  slot: number;
  unit: number;
  /** The words of the base (or of the first present witness) just before the unit. */
  context: string;
  /** By witness id: its reading, "" for an omission, null when it has no paragraph here. */
  readings: Record<string, string | null>;
  /** Transposed words at this unit, each with the place ("3.2") of the other end. */
  transposed: LineMove[];
}

/** One end of a transposition, seen from the apparatus line where it stands. */
export interface LineMove {
  witness: string;
  /** The words as the base reads them. */
  words: string;
  /** `base`: the base reads the words here, the witness elsewhere; `witness`: the reverse. */
  here: 'base' | 'witness';
  /** The other end's place, paragraph and unit ("3.2"). */
  other: string;
}

const CONTEXT_WORDS = 4;

export function apparatusLines(collation: Collation): ApparatusLine[] {
  const lines: ApparatusLine[] = [];
  collation.rows.forEach((row, r) => {
    const reader =
      row.paragraphs[collation.base] !== null
        ? collation.base
        : collation.witnesses.find((w) => row.paragraphs[w.id] !== null)!.id;
    let before = '';
    let unit = 0;
    // A paragraph some witnesses lack is itself a variant: one line with each whole paragraph.
    if (collation.witnesses.some((w) => row.paragraphs[w.id] === null)) {
      const readings: Record<string, string | null> = {};
      for (const { id } of collation.witnesses) {
        readings[id] = row.paragraphs[id] === null ? null : row.segments.map((s) => s.readings[id]).join('');
      }
      lines.push({ slot: r + 1, unit: ++unit, context: '', readings, transposed: [] });
    }
    const lineOf = new Map<number, ApparatusLine>();
    row.segments.forEach((segment, s) => {
      if (isAgreement(segment)) {
        before += segment.readings[reader] ?? '';
        return;
      }
      const readings: Record<string, string | null> = {};
      for (const { id } of collation.witnesses) readings[id] = segment.readings[id] ?? null;
      const context = before.trim().split(/\s+/).slice(-CONTEXT_WORDS).join(' ');
      const line: ApparatusLine = { slot: r + 1, unit: ++unit, context, readings, transposed: [] };
      lines.push(line);
      lineOf.set(s, line);
      before += segment.readings[reader] ?? '';
    });
    for (const move of row.transpositions ?? []) {
      const from = lineOf.get(move.base.segment);
      const to = lineOf.get(move.witnessAt.segment);
      if (!from || !to) continue;
      const words = row.segments[move.base.segment]!.readings[collation.base]!.slice(
        move.base.start,
        move.base.end,
      );
      from.transposed.push({ witness: move.witness, words, here: 'base', other: `${to.slot}.${to.unit}` });
      to.transposed.push({
        witness: move.witness,
        words,
        here: 'witness',
        other: `${from.slot}.${from.unit}`,
      });
    }
  });
  return lines;
}

/**
 * "B reads “Space” at 1.3" where the base reads the words, "B reads “Space” here (base: 1.1)"
 * where the witness does; one line's moves joined by "; ".
 */
function transposedText(line: ApparatusLine, sigla: Record<string, string>): string {
  return line.transposed
    .map((move) => {
      const who = sigla[move.witness] ?? move.witness;
      return move.here === 'base'
        ? `${who} reads “${move.words}” at ${move.other}`
        : `${who} reads “${move.words}” here (base: ${move.other})`;
    })
    .join('; ');
}

/** A line's cells: the readings as an apparatus prints them, "—" for a witness without the paragraph. */
function cellsOf(line: ApparatusLine, collation: Collation): string[] {
  const readings = collation.witnesses.map((w) => line.readings[w.id]!);
  const present = readings.filter((reading): reading is string => reading !== null);
  const shown = new Map(present.map((reading, k) => [reading, shownReadings(present)[k]!]));
  return readings.map((reading) => (reading === null ? '—' : shown.get(reading)!));
}

const csvField = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

export function apparatusCsv(collation: Collation, sigla: Record<string, string>): string {
  // Siglum and file: revisions often share one title, so the file tells which is which.
  const header = [
    'paragraph',
    'unit',
    'context',
    ...collation.witnesses.map((w) => `${sigla[w.id] ?? w.title} (${w.path})`),
    'transposed',
  ];
  const lines = apparatusLines(collation).map((line) => [
    String(line.slot),
    String(line.unit),
    line.context,
    ...cellsOf(line, collation),
    transposedText(line, sigla),
  ]);
  return `\ufeff${[header, ...lines].map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;
}

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  );

export function apparatusHtml(collation: Collation, sigla: Record<string, string>): string {
  const base = collation.witnesses.find((w) => w.id === collation.base)!;
  const head = collation.witnesses
    .map(
      (w) =>
        `<th scope="col" title="${escapeHtml(w.title)}">${escapeHtml(sigla[w.id] ?? w.title)}<br><small>${escapeHtml(w.path)}</small></th>`,
    )
    .join('');
  const body = apparatusLines(collation)
    .map((line) => {
      const baseReading = line.readings[collation.base];
      const shown = cellsOf(line, collation);
      const cells = collation.witnesses
        .map((w, k) => {
          const differs = w.id !== collation.base && line.readings[w.id] !== baseReading;
          return `<td${differs ? ' class="differs"' : ''}>${escapeHtml(shown[k]!)}</td>`;
        })
        .join('');
      const moves = transposedText(line, sigla);
      return `<tr><th scope="row">${line.slot}.${line.unit}</th><td class="context">…${escapeHtml(line.context)}</td>${cells}<td${moves ? ' class="moved"' : ''}>${moves ? `⇄ ${escapeHtml(moves)}` : ''}</td></tr>`;
    })
    .join('\n');
  const witnesses = collation.witnesses
    .map(
      (w) =>
        `<li><b>${escapeHtml(sigla[w.id] ?? '')}</b> ${escapeHtml(w.title)}${w.date ? `, ${escapeHtml(w.date)}` : ''} (${escapeHtml(w.path)})</li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Apparatus: ${escapeHtml(shortTitle(base.title))}</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 2em; color: #1a1a1a; }
table { border-collapse: collapse; }
th small { font-weight: 400; color: #555; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; vertical-align: top; text-align: left; }
td.context { color: #555; font-style: italic; }
td.differs { background: #fde8c8; }
td.moved { border: 1.5px dashed #7b3294; }
</style>
</head>
<body>
<h1>Apparatus: ${escapeHtml(shortTitle(base.title))}</h1>
<p>Base text: <b>${escapeHtml(sigla[base.id] ?? base.title)}</b>. “om.” marks an omission, “—” a witness without this paragraph; shaded readings differ from the base; ⇄ names words a witness reads in another place of the paragraph (a transposition) and that place.</p>
<ul>${witnesses}</ul>
<table>
<thead><tr><th scope="col">Place</th><th scope="col">Context</th>${head}<th scope="col">Transposed</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
</body>
</html>
`;
}
