// The TEI export is well-formed XML (saxes, namespaces on) and every witness's text can be
// rebuilt from it by following its sigil through <app>, <lem> and <rdg>.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../compare/tokenize';
import { joinParagraphs, mulberry32, randomEdits, randomInt, randomParagraphs } from '../compare/test-texts';
import { collateTexts, type WitnessText } from './collate';
import { apparatusCsv, apparatusHtml, apparatusLines } from './tables';
import { collationToTei } from './tei';
import { defaultSigla } from './apparatus';
import { SHARED_CORPUS } from '../testing/shared-corpus';
import { shortTitle } from '../../preload/shared/short-title';

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: Array<XmlElement | string>;
}

/** Parses with saxes (throws on any well-formedness error) into a small tree. */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack = [root];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const [name, attribute] of Object.entries(tag.attributes)) attributes[name] = attribute.value;
    const element: XmlElement = { name: tag.local, attributes, children: [] };
    stack[stack.length - 1]!.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (text) => stack[stack.length - 1]!.children.push(text));
  parser.write(xml).close();
  return root.children.find((child): child is XmlElement => typeof child !== 'string')!;
}

const find = (element: XmlElement, name: string): XmlElement[] =>
  element.children.flatMap((child) =>
    typeof child === 'string' ? [] : child.name === name ? [child, ...find(child, name)] : find(child, name),
  );

/** One witness's paragraphs, read from the TEI body. */
function rebuild(tei: XmlElement, sigil: string): string[] {
  const body = find(tei, 'body')[0]!;
  const paragraphs: string[] = [];
  const hasWitness = (element: XmlElement): boolean =>
    element.attributes.wit!.split(' ').includes(`#${sigil}`);
  const textOf = (element: XmlElement): string =>
    element.children
      .map((child) => {
        if (typeof child === 'string') return child;
        if (child.name === 'app') {
          const reading = child.children.find((r): r is XmlElement => typeof r !== 'string' && hasWitness(r));
          return reading ? textOf(reading) : '';
        }
        return textOf(child);
      })
      .join('');
  const walk = (element: XmlElement): void => {
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      if (child.name === 'p') paragraphs.push(textOf(child));
      else if (child.name === 'app') {
        const reading = child.children.find((r): r is XmlElement => typeof r !== 'string' && hasWitness(r));
        if (reading) walk(reading);
      } else walk(child);
    }
  };
  walk(body);
  return paragraphs;
}

function expectRebuildable(witnesses: WitnessText[], baseId?: string): void {
  const collation = collateTexts(witnesses, baseId);
  const sigla = defaultSigla(collation);
  const tei = parseXml(collationToTei(collation, sigla));
  const listed = find(tei, 'witness').map((w) => w.attributes['xml:id'] ?? w.attributes.id);
  expect(listed).toHaveLength(witnesses.length);
  expect(find(tei, 'listWit')).toHaveLength(1);
  // xml:ids are unique, and every <ptr> of the transpositions points at one.
  const xmlIds = find(tei, 'seg').map((seg) => seg.attributes['xml:id']!);
  expect(new Set(xmlIds).size).toBe(xmlIds.length);
  for (const ptr of find(tei, 'ptr')) expect(xmlIds).toContain(ptr.attributes.target!.slice(1));
  witnesses.forEach((witness) => {
    const sigil = sigla[witness.id]!;
    expect(rebuild(tei, sigil).join('\n\n')).toBe(splitParagraphs(witness.text).join('\n\n'));
  });
}

const witness = (id: string, text: string, date: string | null = null): WitnessText => ({
  id,
  path: `${id}.txt`,
  title: id,
  date,
  text,
});

const CORPUS = SHARED_CORPUS;

describe('collationToTei', () => {
  it('is well-formed and rebuilds every witness, with markup characters in the texts', () => {
    expectRebuildable([
      witness('A', 'Fish & chips <b>cost</b> "£3".\n\nSecond "para" here.'),
      witness('B', 'Fish & chips <i>cost</i> "£4".\n\nAn extra one < >.\n\nSecond "para" here.'),
      witness('C', 'Fish and chips cost "£3".'),
    ]);
  });

  it('rebuilds every witness under random edits (seeded)', () => {
    const shape = { minParagraphs: 2, maxParagraphs: 10, minWords: 1, maxWords: 40 };
    for (let seed = 100; seed < 120; seed++) {
      const rand = mulberry32(seed);
      const original = randomParagraphs(rand, shape);
      const witnesses = Array.from({ length: randomInt(rand, 2, 5) }, (_, k) =>
        witness(`id${k}`, joinParagraphs(rand, randomEdits(rand, original, randomInt(rand, 0, 10), shape))),
      );
      expectRebuildable(witnesses, witnesses[randomInt(rand, 0, witnesses.length - 1)]!.id);
    }
  });

  it('uses <lem> for the base reading, <rdg> for the others, and names sigla as xml:ids', () => {
    const collation = collateTexts([
      witness('a1', 'The quick brown fox.', '1850-01-01'),
      witness('a2', 'The quick red fox.', '1870-01-01'),
      witness('a3', 'The quick red fox.', '1881-01-01'),
    ]);
    const xml = collationToTei(collation, defaultSigla(collation));
    expect(xml).toContain('<app><lem wit="#w1850">brown </lem><rdg wit="#w1870 #w1881">red </rdg></app>');
    expect(xml).toContain('<witness xml:id="w1850">a1, 1850-01-01, a1.txt</witness>');
  });

  it("titles the export with the base's short title, not a first sentence of 200 characters", () => {
    const sentence =
      'The harbour board met on Monday evening to hear the inspectors, who had spent the whole of ' +
      'the previous week on the north pier, report on the cracks they had found in its deck. Then more.';
    const collation = collateTexts([
      { ...witness('a1', 'The pier closed.'), title: sentence },
      witness('a2', 'The pier reopened.'),
    ]);
    const sigla = defaultSigla(collation);
    const title = /<title>Collation of (.*)<\/title>/.exec(collationToTei(collation, sigla))![1]!;
    expect(title).toBe(shortTitle(sentence));
    expect(title.length).toBeLessThan(100);
    const html = apparatusHtml(collation, sigla);
    expect(html).toContain(`<title>Apparatus: ${title}</title>`);
    expect(html).toContain(`<h1>Apparatus: ${title}</h1>`);
  });

  it('lists transpositions as <transpose> of two <ptr>s: the base words, then the witnesses', () => {
    const witnesses = [
      witness('A', 'On the next morning, the ship left the harbour.\n\nIt rained.'),
      witness('B', 'The ship left the harbour on the next morning.\n\nIt rained.'),
      witness('C', 'The ship left the harbour on the next morning.\n\nIt rained.'),
    ];
    expectRebuildable(witnesses);
    const collation = collateTexts(witnesses);
    const tei = parseXml(collationToTei(collation, { A: 'A', B: 'B', C: 'C' }));
    const segs = new Map(find(tei, 'seg').map((seg) => [seg.attributes['xml:id'], seg]));
    const transposes = find(find(tei, 'listTranspose')[0]!, 'transpose');
    // B and C read alike: one <rdg>, one seg, one transposition.
    expect(transposes).toHaveLength(1);
    const [from, to] = find(transposes[0]!, 'ptr').map((ptr) => segs.get(ptr.attributes.target!.slice(1))!);
    expect(from!.children).toEqual(['On the next morning,']);
    expect(to!.children).toEqual(['on the next morning.']);
    const holder = (seg: XmlElement): XmlElement =>
      find(tei, 'app')
        .flatMap((app) => app.children.filter((c): c is XmlElement => typeof c !== 'string'))
        .find((reading) => reading.children.includes(seg))!;
    expect(holder(from!).name).toBe('lem');
    expect(holder(to!).attributes.wit).toBe('#B #C');
  });

  it.skipIf(!CORPUS)('rebuilds the Rossetti witnesses and the Wikipedia revisions', () => {
    const folders = [
      path.join(CORPUS!, 'rossetti-blessed-damozel'),
      ...readdirSync(path.join(CORPUS!, 'wikipedia-revisions')).map((name) =>
        path.join(CORPUS!, 'wikipedia-revisions', name),
      ),
    ];
    for (const folder of folders) {
      const files = readdirSync(folder)
        .filter((file) => file.endsWith('.txt') && file !== 'SOURCE.txt')
        .sort();
      expectRebuildable(
        files.map((file, k) => witness(`w${k}`, readFileSync(path.join(folder, file), 'utf8'))),
      );
    }
  });
});

describe('apparatus tables', () => {
  const collation = collateTexts([
    witness('A', 'Tom & "Jerry" ran, <fast>.'),
    witness('B', 'Tom & "Jerry" walked, <fast>.'),
    witness('C', 'Tom & "Jerry" ran, <fast>.\n\nA coda.'),
  ]);
  const sigla = { A: 'A', B: 'B<script>', C: 'C' };

  it('lists one line per variation unit with context and omissions', () => {
    const lines = apparatusLines(collation);
    expect(lines).toEqual([
      {
        slot: 1,
        unit: 1,
        context: 'Tom & "Jerry"',
        readings: { A: 'ran, ', B: 'walked, ', C: 'ran, ' },
        transposed: [],
      },
      { slot: 2, unit: 1, context: '', readings: { A: null, B: null, C: 'A coda.' }, transposed: [] },
    ]);
  });

  it('quotes CSV fields that need it', () => {
    const csv = apparatusCsv(collation, sigla);
    expect(
      csv.startsWith('\ufeffparagraph,unit,context,A (A.txt),B<script> (B.txt),C (C.txt),transposed\r\n'),
    ).toBe(true);
    expect(csv).toContain('1,1,"Tom & ""Jerry""","ran,","walked,","ran,",\r\n');
    expect(csv).toContain('2,1,,—,—,A coda.,\r\n');
  });

  it('escapes every text in the HTML table', () => {
    const html = apparatusHtml(collation, sigla);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<fast>');
    expect(html).toContain('B&lt;script&gt;<br><small>B.txt</small></th>');
    expect(html).toContain('Tom &amp; &quot;Jerry&quot;');
    expect(html).toContain('<td class="differs">walked,</td>');
  });
});

describe('the apparatus table with transpositions', () => {
  const collation = collateTexts([
    witness('A', 'Permission is granted for distribution and use of this work in any form.'),
    witness('B', 'Permission is granted for use and distribution of this work in any form.'),
  ]);
  const sigla = { A: 'A', B: 'B' };

  it('names at each end which words a witness reads in another place, and that place', () => {
    const lines = apparatusLines(collation);
    const moves = lines.flatMap((line) => line.transposed.map((move) => ({ line, move })));
    expect(moves.length).toBeGreaterThanOrEqual(2);
    for (const { line, move } of moves) {
      const other = lines.find((l) => `${l.slot}.${l.unit}` === move.other)!;
      // The other end points back here, with the same words.
      expect(other.transposed).toContainEqual({
        witness: 'B',
        words: move.words,
        here: move.here === 'base' ? 'witness' : 'base',
        other: `${line.slot}.${line.unit}`,
      });
      const reading = line.readings[move.here === 'base' ? 'A' : 'B']!.toLowerCase();
      expect(reading).toContain(move.words.toLowerCase());
    }
    const csv = apparatusCsv(collation, sigla);
    const base = moves.find(({ move }) => move.here === 'base')!;
    expect(csv).toContain(`B reads “${base.move.words}” at ${base.move.other}`);
    const landing = moves.find(({ move }) => move.here === 'witness')!;
    expect(csv).toContain(`B reads “${landing.move.words}” here (base: ${landing.move.other})`);
    expect(csv).toContain(',distribution and,om.,B reads “distribution” at 1.2; B reads “and” at 1.2\r\n');
    expect(apparatusHtml(collation, sigla)).toContain(`<td class="moved">⇄ B reads “`);
  });
});
