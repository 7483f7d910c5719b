// TEI P5 parallel segmentation: a <listWit> of the witnesses, then the base text with an
// <app> at each variation unit (<lem> for the base's reading, <rdg> for the others). A
// paragraph some witnesses lack is itself an <app> whose readings hold the <p>. Words read
// in another order are <seg>s inside the readings, paired in a <listTranspose>.
import type { Collation, CollationRow, TranspositionEnd } from '../../preload/contract';
import { shortTitle } from '../../preload/shared/short-title';
import { readingGroups } from './apparatus';

const escapeXml = (text: string): string =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

/** xml:id values must be NCNames: unique, starting with a letter, no spaces. */
function xmlIds(collation: Collation, sigla: Record<string, string>): Record<string, string> {
  const used = new Set<string>();
  const ids: Record<string, string> = {};
  collation.witnesses.forEach((witness, k) => {
    let id = (sigla[witness.id] ?? '').replace(/[^\p{L}\p{N}_.-]/gu, '_');
    if (!/^[\p{L}_]/u.test(id)) id = `w${id || k + 1}`;
    while (used.has(id)) id = `${id}_${k + 1}`;
    used.add(id);
    ids[witness.id] = id;
  });
  return ids;
}

interface MovedSeg {
  start: number;
  end: number;
  id: string;
}

/**
 * The <seg>s a row's transpositions need, by segment and reading text (witnesses that read
 * alike share one <rdg>, so one seg), and the pairs of seg ids to list. Equal ranges share a
 * seg; a range overlapping another one in the same reading (two witnesses moving
 * overlapping phrases) cannot be marked without breaking nesting and is left out.
 */
function movedSegs(row: CollationRow, r: number, base: string) {
  const segs = new Map<string, MovedSeg[]>();
  const pairs: Array<[string, string]> = [];
  let made = 0;
  const segFor = (end: TranspositionEnd, witness: string): string | null => {
    const key = `${end.segment}\u0000${row.segments[end.segment]!.readings[witness]}`;
    const list = segs.get(key) ?? [];
    const same = list.find((seg) => seg.start === end.start && seg.end === end.end);
    if (same) return same.id;
    if (list.some((seg) => seg.start < end.end && end.start < seg.end)) return null;
    // Unique in the row however the ranges fall (a base range and a witness range may start alike).
    const id = `tr${r + 1}.${++made}`;
    list.push({ start: end.start, end: end.end, id });
    segs.set(key, list);
    return id;
  };
  for (const move of row.transpositions ?? []) {
    const from = segFor(move.base, base);
    const to = segFor(move.witnessAt, move.witness);
    if (from && to && !pairs.some(([a, b]) => a === from && b === to)) pairs.push([from, to]);
  }
  return { segs, pairs };
}

/** A reading's text with its moved phrases wrapped in <seg xml:id>. */
function withSegs(text: string, segs: readonly MovedSeg[] | undefined): string {
  if (!segs || segs.length === 0) return escapeXml(text);
  let out = '';
  let at = 0;
  for (const seg of [...segs].sort((x, y) => x.start - y.start)) {
    out += `${escapeXml(text.slice(at, seg.start))}<seg xml:id="${seg.id}">${escapeXml(text.slice(seg.start, seg.end))}</seg>`;
    at = seg.end;
  }
  return out + escapeXml(text.slice(at));
}

export function collationToTei(collation: Collation, sigla: Record<string, string> = {}): string {
  const ids = xmlIds(collation, sigla);
  const wit = (witnesses: string[]): string => witnesses.map((id) => `#${ids[id]}`).join(' ');
  const transposes: string[] = [];
  const paragraph = (row: CollationRow, k: number): string => {
    const { segs, pairs } = movedSegs(row, k, collation.base);
    for (const [from, to] of pairs)
      transposes.push(`        <transpose><ptr target="#${from}"/><ptr target="#${to}"/></transpose>`);
    const body = row.segments
      .map((segment, s) => {
        const groups = readingGroups(segment, collation);
        if (groups.length === 1) return escapeXml(groups[0]!.text);
        const readings = groups.map((group) => {
          const tag = group.lemma ? 'lem' : 'rdg';
          const attr = `wit="${wit(group.witnesses)}"`;
          return group.text === ''
            ? `<${tag} ${attr}/>`
            : `<${tag} ${attr}>${withSegs(group.text, segs.get(`${s}\u0000${group.text}`))}</${tag}>`;
        });
        return `<app>${readings.join('')}</app>`;
      })
      .join('');
    return `<p n="${k + 1}">${body}</p>`;
  };
  const rows = collation.rows.map((row, k) => {
    const present = collation.witnesses.filter((w) => row.paragraphs[w.id] !== null).map((w) => w.id);
    const absent = collation.witnesses.filter((w) => row.paragraphs[w.id] === null).map((w) => w.id);
    if (absent.length === 0) return `      ${paragraph(row, k)}`;
    const tag = present.includes(collation.base) ? 'lem' : 'rdg';
    const gap = absent.includes(collation.base) ? 'lem' : 'rdg';
    return `      <app><${tag} wit="${wit(present)}">${paragraph(row, k)}</${tag}><${gap} wit="${wit(absent)}"/></app>`;
  });
  const witnesses = collation.witnesses.map((witness) => {
    const facts = [witness.title, witness.date, witness.path].filter(Boolean).join(', ');
    return `          <witness xml:id="${ids[witness.id]}">${escapeXml(facts)}</witness>`;
  });
  const base = collation.witnesses.find((witness) => witness.id === collation.base)!;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<TEI xmlns="http://www.tei-c.org/ns/1.0">',
    '  <teiHeader>',
    '    <fileDesc>',
    `      <titleStmt><title>Collation of ${escapeXml(shortTitle(base.title))}</title></titleStmt>`,
    '      <publicationStmt><p>Collated with Variorum.</p></publicationStmt>',
    '      <sourceDesc>',
    '        <listWit>',
    ...witnesses,
    '        </listWit>',
    '      </sourceDesc>',
    '    </fileDesc>',
    '    <encodingDesc>',
    '      <variantEncoding method="parallel-segmentation" location="internal"/>',
    '    </encodingDesc>',
    '  </teiHeader>',
    '  <text>',
    // Readings keep their exact whitespace (line ends of verse included).
    '    <body xml:space="preserve">',
    ...rows,
    // Each <transpose>: first where the base reads the words, then where the witnesses of
    // the enclosing <rdg> read them.
    ...(transposes.length > 0 ? ['      <listTranspose>', ...transposes, '      </listTranspose>'] : []),
    '    </body>',
    '  </text>',
    '</TEI>',
    '',
  ].join('\n');
}
