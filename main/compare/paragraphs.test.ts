// Paragraph shapes: wrapped prose, one paragraph per line, verse, Markdown lists and headings,
// mixed files; on invented texts and on the real files of ../shared/corpus.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blockShape, paragraphBlocks } from './paragraphs';
import { splitParagraphs } from './tokenize';
import { SHARED_CORPUS } from '../testing/shared-corpus';

const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);
const corpus = SHARED_CORPUS ?? '';
const hasCorpus = SHARED_CORPUS !== undefined;
if (!hasCorpus) console.warn('Skipping the real-corpus paragraph tests: the shared corpus is absent.');
const readCorpus = (file: string): string => readFileSync(path.join(corpus, file), 'utf8');

/** Every paragraph is a slice of the text, in order, and together they hold all its words. */
function exactnessProblems(text: string, paragraphs: string[]): string[] {
  const problems: string[] = [];
  let from = 0;
  for (const paragraph of paragraphs) {
    const at = text.indexOf(paragraph, from);
    if (at < 0) problems.push(`not a slice at or after ${from}: ${paragraph.slice(0, 40)}`);
    else from = at + paragraph.length;
  }
  if (wordsOf(paragraphs.join(' ')).join(' ') !== wordsOf(text).join(' ')) problems.push('words differ');
  return problems;
}

const WRAPPED = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light.

There were a king with a large jaw and a queen with a plain face, on the
throne of England; there were a king with a large jaw and a queen with a
fair face, on the throne of France.`;

const STANZA = `The blessed Damozel leaned out
From the gold bar of Heaven:
Her blue grave eyes were deeper much
Than a deep water, even.
She had three lilies in her hand,
And the stars in her hair were seven.`;

describe('paragraphBlocks', () => {
  it('keeps hard-wrapped prose as blank-line paragraphs, line breaks inside kept', () => {
    const paragraphs = paragraphBlocks(WRAPPED);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]!.split('\n')).toHaveLength(3);
    expect(paragraphs[1]).toContain('the\nthrone of England');
    expect(exactnessProblems(WRAPPED, paragraphs)).toEqual([]);
  });

  it('reads one paragraph per line when the lines are too long to be wrapped', () => {
    const lines = [
      'The minister said on Thursday that the bridge would reopen in the spring, after repairs that had taken most of the year.',
      'Why it matters: the bridge carries a third of the traffic into the city, and its closure has doubled commuting times.',
      'Short line in between.',
      'Officials said the cost of the work had risen from $4.8 million to $8.4 million because of the cables and the weather.',
    ];
    const text = lines.join('\n');
    expect(paragraphBlocks(text)).toEqual(lines);
  });

  it('reads short whole-sentence lines as paragraphs, but not a verse stanza', () => {
    const lines = [
      'The council met on Monday night to vote on the budget for the coming year.',
      'Three members voted against it, saying the roads had been forgotten again.',
      'The mayor said the roads would get their share of the money next spring.',
    ];
    expect(paragraphBlocks(lines.join('\n'))).toEqual(lines);
    expect(paragraphBlocks(STANZA)).toEqual([STANZA]);
    expect(blockShape(STANZA.split('\n'))).toBe('block');
  });

  it('keeps every line of a verse stanza, stanzas being paragraphs', () => {
    const poem = `${STANZA}\n\n${STANZA.replace('blessed', 'blesséd')}\n`;
    const paragraphs = paragraphBlocks(poem);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs.map((p) => p.split('\n').length)).toEqual([6, 6]);
  });

  it('gives Markdown headings and list items their own paragraphs', () => {
    const text = [
      '# The bridge',
      'Work began in March and is to end',
      'before the winter.',
      '- first, the cables',
      '- then the deck, which',
      '  takes longest',
      '1. one',
      '2. two',
      'Costs',
      '=====',
      'They rose.',
    ].join('\n');
    expect(paragraphBlocks(text)).toEqual([
      '# The bridge',
      'Work began in March and is to end\nbefore the winter.',
      '- first, the cables',
      '- then the deck, which\n  takes longest',
      '1. one',
      '2. two',
      'Costs\n=====',
      'They rose.',
    ]);
  });

  it('leaves a wrapped line that starts with a year as prose', () => {
    const text = 'The report was first published in\n2019. The second edition followed.';
    expect(paragraphBlocks(text)).toEqual([text]);
  });

  it('decides block by block in a mixed file', () => {
    const longLines = [
      'Speaking to reporters from his home, the president laid out two paths that would depend on what happened next week.',
      'One is a path of diplomacy leading to de-escalation, while the other is a path more focused on deterrence and sanctions.',
    ];
    const text = ['## Background', WRAPPED, longLines.join('\n'), STANZA].join('\n\n');
    const paragraphs = paragraphBlocks(text);
    expect(paragraphs).toEqual(['## Background', ...WRAPPED.split('\n\n'), ...longLines, STANZA]);
    expect(exactnessProblems(text, paragraphs)).toEqual([]);
  });

  it('is exact on random line soups', () => {
    let seed = 42;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = [
      'word',
      'Long sentence here.',
      '- item',
      '# head',
      '1. one',
      '===',
      '',
      '  ',
      'x'.repeat(120),
    ];
    for (let round = 0; round < 200; round++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
        Array.from(
          { length: 1 + Math.floor(random() * 4) },
          () => pieces[Math.floor(random() * pieces.length)],
        ).join(' '),
      );
      const text = lines.join(random() < 0.5 ? '\n' : '\n\n');
      expect(exactnessProblems(text, paragraphBlocks(text))).toEqual([]);
    }
  });
});

describe.skipIf(!hasCorpus)('paragraphs of the real corpus (../shared/corpus)', () => {
  it('reads seeds/002 (one paragraph per line, no blank lines) as one paragraph per line', () => {
    const file = readdirSync(path.join(corpus, 'seeds')).find((name) => name.startsWith('002_'))!;
    const text = readCorpus(`seeds/${file}`);
    const lines = text.split('\n').filter((line) => line.trim() !== '');
    expect(text).not.toMatch(/\n\s*\n/);
    expect(splitParagraphs(text)).toEqual(lines.map((line) => line.trim()));
  });

  it('reads each Rossetti witness stanza by stanza, every line kept as a line', () => {
    const folder = path.join(corpus, 'rossetti-blessed-damozel');
    for (const file of readdirSync(folder).filter((name) => name.startsWith('damozel-'))) {
      const text = readCorpus(`rossetti-blessed-damozel/${file}`);
      const stanzas = text.split(/\n\s*\n/).filter((block) => block.trim() !== '');
      const paragraphs = splitParagraphs(text);
      expect(paragraphs, file).toHaveLength(stanzas.length);
      expect(paragraphs.join('\n').split('\n').length, file).toBe(
        text.split('\n').filter((line) => line.trim() !== '').length,
      );
    }
  });

  it('keeps blank-line paragraphs as they are in the other seeds, and every corpus text exact', () => {
    const text = readCorpus('seeds/000_ec51e3a349923cd4.txt');
    expect(splitParagraphs(text)).toEqual(
      text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean),
    );
    const walk = (folder: string): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? walk(path.join(folder, entry.name))
          : entry.name.endsWith('.txt')
            ? [path.join(folder, entry.name)]
            : [],
      );
    for (const file of walk(corpus)) {
      const body = readFileSync(file, 'utf8');
      expect(exactnessProblems(body, splitParagraphs(body)), file).toEqual([]);
    }
  });
});
