// Planted cases for the corpus pipeline: versions far apart that must group through the
// versions between, a scraped copy, unrelated articles sharing quotations, and the order.
import { describe, expect, it } from 'vitest';
import { articleText, editArticle, generateArticle } from '../bench/generate-texts';
import { CorpusAnalyser, type CorpusDoc } from './analyse';
import { toPassagesJson } from './report';

const doc = (path: string, text: string, date: string | null = null, dateIsFileTime = false): CorpusDoc => ({
  key: `${path}:${text.length}`,
  path,
  title: path,
  text,
  date,
  dateFrom: date === null ? null : dateIsFileTime ? 'file time' : 'stated',
  dateIsFileTime,
});

const groupsByPath = (docs: CorpusDoc[], analysis: ReturnType<CorpusAnalyser['analyse']>): string[][] =>
  analysis.groups.map((group) => group.members.map((member) => docs[member]!.path));

// An article of its own carrying the two quotations the passage tests look for.
const quote = '“We will respond decisively to any further escalation of the crisis,”';
const short = '"serious and substantive"';
const withQuotes = (seed: number, lead: string): string => {
  const paragraphs = articleText(generateArticle(seed, 700)).split('\n\n');
  paragraphs.splice(1, 0, `${lead} said the minister, ${quote} adding that the talks were ${short}.`);
  return paragraphs.join('\n\n');
};

describe('groups', () => {
  it('links a stub to the full article through the versions between', () => {
    // Each version grows the last and rewrites some of it; the first and last share little.
    let article = generateArticle(1, 250);
    const versions = [article];
    for (let v = 1; v < 6; v++) {
      article = [...editArticle(article, 0.15, v), ...generateArticle(100 + v, 150)];
      versions.push(article);
    }
    const docs = [
      ...versions.map((version, v) => doc(`story-v${v}.txt`, articleText(version), null, true)),
      doc('other-a.txt', articleText(generateArticle(7, 900))),
      doc('other-b.txt', articleText(generateArticle(8, 900))),
    ];
    const analysis = new CorpusAnalyser().analyse(docs);
    expect(groupsByPath(docs, analysis)).toEqual([
      ['story-v0.txt', 'story-v1.txt', 'story-v2.txt', 'story-v3.txt', 'story-v4.txt', 'story-v5.txt'],
    ]);
    expect(analysis.groups[0]!.orderedBy).toBe('content');
    const firstAndLast = analysis.pairs.find((pair) => pair.a === 0 && pair.b === 5);
    expect(firstAndLast?.similarity ?? 0).toBeLessThan(0.4);
  });

  it('groups byte-identical short stubs, which are too short for shingle containment to count', () => {
    const stub =
      'Himalia is a moon of Jupiter, found in 1904 by Charles Dillon Perrine at the Lick Observatory in California.';
    const docs = [
      doc('x1.txt', stub),
      doc('long.txt', articleText(generateArticle(5, 800))),
      doc('x2.txt', stub),
      doc('x3.txt', `${stub}\n`),
    ];
    const analysis = new CorpusAnalyser().analyse(docs);
    expect(groupsByPath(docs, analysis).map((group) => [...group].sort())).toEqual([
      ['x1.txt', 'x2.txt', 'x3.txt'],
    ]);
  });

  it('orders by stated date when every member states one, whatever the file names say', () => {
    const base = generateArticle(2, 600);
    const docs = [
      doc('a.txt', articleText(editArticle(base, 0.1, 3)), '2024-03-02'),
      doc('b.txt', articleText(base), '2024-03-01'),
      doc('c.txt', articleText(editArticle(editArticle(base, 0.1, 3), 0.1, 4)), '2024-03-05'),
    ];
    const analysis = new CorpusAnalyser().analyse(docs);
    expect(groupsByPath(docs, analysis)).toEqual([['b.txt', 'a.txt', 'c.txt']]);
    expect(analysis.groups[0]!.orderedBy).toBe('date');
  });

  it('infers the chain of versions when dates are missing, and reads it from a stated date', () => {
    let article = generateArticle(3, 500);
    const chain = [article];
    for (let v = 1; v < 5; v++) chain.push((article = editArticle(article, 0.12, 20 + v)));
    // Shuffled names and file dates, so neither can give the order away.
    const names = ['q.txt', 'c.txt', 'x.txt', 'a.txt', 'm.txt'];
    const docs = chain.map((version, v) =>
      doc(names[v]!, articleText(version), v === 4 ? '2020-01-09' : v === 0 ? '2020-01-01' : null),
    );
    const analysis = new CorpusAnalyser().analyse(docs);
    expect(analysis.groups).toHaveLength(1);
    expect(analysis.groups[0]!.orderedBy).toBe('content');
    expect(groupsByPath(docs, analysis)[0]).toEqual(names);
  });

  it('groups a copy carrying junk around the body, and keeps independent reports apart', () => {
    const body = articleText(generateArticle(4, 800));
    const junk = 'Subscribe to our newsletter for the latest headlines delivered to your inbox every morning';
    const docs = [
      doc('original.txt', body),
      doc('copy.txt', `${junk}\n\nRecommended for you: ten ways to save money\n\n${body}\n\n${junk}`),
      doc('report.txt', articleText(generateArticle(5, 800))),
    ];
    const analysis = new CorpusAnalyser().analyse(docs);
    expect(groupsByPath(docs, analysis)).toEqual([['original.txt', 'copy.txt']]);
  });
});

describe('shared passages', () => {
  it('finds a long quotation and a short one across unrelated articles, oldest first', () => {
    const docs = [
      doc('later.txt', withQuotes(10, 'On Friday'), '2024-05-03'),
      doc('first.txt', withQuotes(11, 'Yesterday'), '2024-05-01'),
      doc('undated.txt', withQuotes(12, 'Late on Thursday')),
      doc('plain.txt', articleText(generateArticle(13, 700)), '2024-04-01'),
    ];
    const analysis = new CorpusAnalyser().analyse(docs);
    expect(analysis.groups).toEqual([]);
    const report = toPassagesJson('/folder', docs, analysis);
    const long = report.passages.find((passage) => passage.text.includes('respond decisively'));
    expect(long).toBeDefined();
    expect(long!.quotation).toBe(true);
    expect(long!.words).toBeGreaterThanOrEqual(11);
    expect(long!.occurrences.map((o) => o.path)).toEqual(['first.txt', 'later.txt', 'undated.txt']);
    const shortOne = report.passages.find((passage) => passage.text === 'serious and substantive');
    expect(shortOne).toMatchObject({ words: 3, quotation: true });
    expect(shortOne!.occurrences).toHaveLength(3);
    for (const passage of report.passages) {
      for (const occurrence of passage.occurrences) {
        const text = [...docs.find((d) => d.path === occurrence.path)!.text];
        expect(text.slice(occurrence.start, occurrence.end).join('').toLowerCase()).toContain(
          passage.text.toLowerCase().split(/\s+/)[0],
        );
      }
    }
  });

  it('does not report what only the versions of one text share, and counts offsets in code points', () => {
    const base = `😀 ${withQuotes(20, 'Today')}`;
    const docs = [
      doc('v1.txt', base),
      doc('v2.txt', articleText(editArticle(generateArticle(20, 700), 0.05, 1)) + base),
    ];
    const analysis = new CorpusAnalyser().analyse(docs);
    expect(analysis.groups).toHaveLength(1);
    expect(analysis.passages).toEqual([]);
    const astral = [doc('a.txt', `😀😀 ${short} is what he said`), doc('b.txt', `They called it ${short}.`)];
    const found = toPassagesJson('/f', astral, new CorpusAnalyser().analyse(astral));
    const inA = found.passages[0]!.occurrences.find((o) => o.path === 'a.txt')!;
    expect([...astral[0]!.text].slice(inA.start, inA.end).join('')).toBe('serious and substantive');
  });

  it('reuses the work done for unchanged articles when one file changes', () => {
    const analyser = new CorpusAnalyser();
    const docs = [doc('one.txt', withQuotes(30, 'Now')), doc('two.txt', withQuotes(31, 'Then'))];
    const before = analyser.analyse(docs);
    const changed = [docs[0]!, doc('two.txt', `${withQuotes(31, 'Then')}\n\nA new closing paragraph.`)];
    const after = analyser.analyse(changed);
    expect(after.passages.map((p) => p.text)).toEqual(before.passages.map((p) => p.text));
    expect(new CorpusAnalyser().analyse(changed)).toEqual(after);
  });
});

describe('previews', () => {
  // Two chains of versions and unrelated articles quoting one another.
  const folder = (): CorpusDoc[] => {
    const docs: CorpusDoc[] = [];
    for (let chain = 0; chain < 2; chain++) {
      let article = generateArticle(40 + chain, 500);
      for (let v = 0; v < 3; v++) {
        docs.push(doc(`chain${chain}-v${v}.txt`, articleText(article)));
        article = editArticle(article, 0.1, 50 + v);
      }
    }
    for (let i = 0; i < 4; i++) docs.push(doc(`other-${i}.txt`, withQuotes(60 + i, `Report ${i}`)));
    return docs;
  };

  it('gives pairs and groups of the first articles without passages, and the full run is unchanged', () => {
    const docs = folder();
    const expected = new CorpusAnalyser().analyse(docs);
    const analyser = new CorpusAnalyser();
    const preview = analyser.analyse(docs.slice(0, 4), {}, { preview: true });
    expect(preview.passages).toEqual([]);
    expect(groupsByPath(docs, preview).map((group) => group.sort())).toEqual([
      ['chain0-v0.txt', 'chain0-v1.txt', 'chain0-v2.txt'],
    ]);
    expect(preview.words).toEqual(expected.words.slice(0, 4));
    expect(analyser.analyse(docs)).toEqual(expected);
    // A preview after a full run leaves the caches whole: the next full run is the same again.
    analyser.analyse(docs.slice(2, 5), {}, { preview: true });
    expect(analyser.analyse(docs)).toEqual(expected);
  });

  it('tells when pairs and groups are final, before the passages are found', () => {
    const docs = folder();
    const ready: Array<ReturnType<CorpusAnalyser['analyse']>> = [];
    const stages: string[] = [];
    const analysis = new CorpusAnalyser().analyse(docs, {
      onGroupsReady: (partial) => ready.push(partial),
      onProgress: (stage) => stages.push(stage),
    });
    expect(ready).toHaveLength(1);
    expect(ready[0]).toEqual({ ...analysis, passages: [] });
    expect(analysis.passages.length).toBeGreaterThan(0);
    expect(stages.at(-1)).toBe('passages');
  });
});
