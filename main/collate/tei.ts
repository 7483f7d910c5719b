// TEI P5 parallel segmentation: a <listWit> of the witnesses, then the base text with an
// <app> at each variation unit (<lem> for the base's reading, <rdg> for the others). A
// paragraph some witnesses lack is itself an <app> whose readings hold the <p>.
import type { Collation, CollationRow } from '../../preload/contract';
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

export function collationToTei(collation: Collation, sigla: Record<string, string> = {}): string {
  const ids = xmlIds(collation, sigla);
  const wit = (witnesses: string[]): string => witnesses.map((id) => `#${ids[id]}`).join(' ');
  const paragraph = (row: CollationRow, k: number): string => {
    const body = row.segments
      .map((segment) => {
        const groups = readingGroups(segment, collation);
        if (groups.length === 1) return escapeXml(groups[0]!.text);
        const readings = groups.map((group) => {
          const tag = group.lemma ? 'lem' : 'rdg';
          const attr = `wit="${wit(group.witnesses)}"`;
          return group.text === ''
            ? `<${tag} ${attr}/>`
            : `<${tag} ${attr}>${escapeXml(group.text)}</${tag}>`;
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
    `      <titleStmt><title>Collation of ${escapeXml(base.title)}</title></titleStmt>`,
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
    '    </body>',
    '  </text>',
    '</TEI>',
    '',
  ].join('\n');
}
