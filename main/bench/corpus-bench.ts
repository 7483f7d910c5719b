// Benchmarks the overview's pipeline on generated folders (500 and 5,000 articles; 20,000
// with --corpus-20k) of 300–3,000 words with planted groups (chains of versions with 1–30%
// of words edited, scraped copies with junk around the body) and quotations planted across
// unrelated articles. Reports time, peak memory, pairwise precision and recall of groups and
// recall of planted quotations, against two same-run baselines: the engine over all pairs at
// 500 articles (timed on a sample of pairs, extrapolated) and plain shingle single-link.
import { compareTexts } from '../compare/compare';
import { CorpusAnalyser, type CorpusDoc } from '../corpus/analyse';
import { wordsOf } from '../corpus/words';
import { seededRandom, textGenerator, type Random } from './generate-texts';
import { shingleSingleLink } from './shingle-baseline';

interface PlantedFolder {
  docs: CorpusDoc[];
  /** Planted group of each article (-1: none). */
  truth: Int32Array;
  /** Each planted quotation: its text and where it sits (article, UTF-16 start). */
  quotations: Array<{ text: string; at: Array<{ doc: number; start: number }> }>;
}

const JUNK = [
  'Advertisement',
  'Oops! Something went wrong. Please try again later.',
  'Recommended Stories\n• Ten things to know before the weekend\n• Why the markets moved today\n• Local team wins again',
  'Sign up for our morning newsletter and get the day’s top headlines delivered straight to your inbox.',
];

export function makeFolder(count: number, seed: number): PlantedFolder {
  const random = seededRandom(seed);
  const generator = textGenerator(seed, 20_000);
  const paragraph = (): string[][] =>
    Array.from({ length: 2 + Math.floor(random() * 5) }, () => generator.sentence());
  const article = (words: number): string[][][] => {
    const paragraphs: string[][][] = [];
    let total = 0;
    while (total < words) {
      const p = paragraph();
      total += p.flat().length;
      paragraphs.push(p);
    }
    return paragraphs;
  };
  const edit = (source: string[][][], rate: number): string[][][] => {
    const edited = source.map((p) => p.map((s) => [...s]));
    let budget = Math.round(edited.flat(2).length * rate);
    while (budget > 0) {
      const p = edited[Math.floor(random() * edited.length)]!;
      const roll = random();
      if (roll < 0.7 || p.length < 2) {
        const s = p[Math.floor(random() * p.length)]!;
        const run = Math.min(1 + Math.floor(random() * 3), s.length);
        const at = Math.floor(random() * (s.length - run + 1));
        for (let k = 0; k < run; k++) s[at + k] = generator.word();
        budget -= run;
      } else if (roll < 0.85) {
        budget -= p.splice(Math.floor(random() * p.length), 1)[0]!.length;
      } else {
        const s = generator.sentence();
        p.splice(Math.floor(random() * (p.length + 1)), 0, s);
        budget -= s.length;
      }
    }
    return edited.filter((p) => p.length > 0);
  };
  const toText = (paragraphs: string[][][]): string =>
    paragraphs.map((p) => p.map((s) => s.join(' ')).join(' ')).join('\n\n');

  const texts: string[] = [];
  const truthList: number[] = [];
  let groups = 0;
  while (texts.length < count) {
    const words = 300 + Math.floor(random() * 2_700);
    let current = article(words);
    const roll = random();
    if (roll < 0.45) {
      texts.push(toText(current));
      truthList.push(-1);
      continue;
    }
    const group = groups++;
    const size = Math.min(count - texts.length, 2 + Math.floor(random() * 7));
    for (let v = 0; v < size; v++) {
      if (v > 0 && random() < 0.3) {
        // A scraped copy of the version before, with junk around its body.
        const junk = (): string => JUNK[Math.floor(random() * JUNK.length)]!;
        texts.push(`${junk()}\n\n${toText(current)}\n\n${junk()}\n\n${junk()}`);
      } else {
        if (v > 0) current = edit(current, 0.01 + random() * 0.29);
        texts.push(toText(current));
      }
      truthList.push(group);
    }
  }
  // Quotations of 8–20 words, each planted in 2–5 articles of different planted groups.
  const quotations: PlantedFolder['quotations'] = [];
  const plantedIn = new Map<number, string[]>();
  const quotationCount = Math.max(20, Math.round(count / 20));
  for (let q = 0; q < quotationCount; q++) {
    const words = Array.from({ length: 8 + Math.floor(random() * 13) }, () => generator.word());
    const text = words.join(' ');
    const carriers = new Set<number>();
    const groupsUsed = new Set<number>();
    const wanted = 2 + Math.floor(random() * 4);
    for (let tries = 0; carriers.size < wanted && tries < 100; tries++) {
      const doc = Math.floor(random() * count);
      const group = truthList[doc]! < 0 ? -1 - doc : truthList[doc]!;
      if (groupsUsed.has(group)) continue;
      groupsUsed.add(group);
      carriers.add(doc);
    }
    for (const doc of carriers) plantedIn.set(doc, [...(plantedIn.get(doc) ?? []), text]);
    quotations.push({ text, at: [...carriers].map((doc) => ({ doc, start: -1 })) });
  }
  const docs: CorpusDoc[] = texts.map((text, i) => {
    let full = text;
    for (const quote of plantedIn.get(i) ?? []) {
      const lead = generator.sentence().join(' ');
      full += `\n\n${lead} “${quote},” said the spokesperson.`;
      const at = quotations.find((q) => q.text === quote)!.at.find((place) => place.doc === i)!;
      at.start = full.lastIndexOf(quote);
    }
    return {
      key: String(i),
      path: `article-${i}.txt`,
      title: `Article ${i}`,
      text: full,
      date: null,
      dateFrom: null,
      dateIsFileTime: false,
    };
  });
  return { docs, truth: Int32Array.from(truthList), quotations };
}

interface Quality {
  precision: number;
  recall: number;
}

/** Pairwise precision and recall of found groups against the planted ones. */
function pairwiseQuality(found: number[][], truth: Int32Array): Quality {
  const foundOf = new Int32Array(truth.length).fill(-1);
  found.forEach((members, g) => members.forEach((m) => (foundOf[m] = g)));
  const countPairs = (sizes: Map<number, number>): number =>
    [...sizes.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
  const bySize = (key: (i: number) => number | null): Map<number | string, number> => {
    const sizes = new Map<number | string, number>();
    for (let i = 0; i < truth.length; i++) {
      const k = key(i);
      if (k !== null) sizes.set(k, (sizes.get(k) ?? 0) + 1);
    }
    return sizes;
  };
  const truePairs = countPairs(bySize((i) => (truth[i]! >= 0 ? truth[i]! : null)) as Map<number, number>);
  const foundPairs = countPairs(
    bySize((i) => (foundOf[i]! >= 0 ? foundOf[i]! : null)) as Map<number, number>,
  );
  const both = countPairs(
    bySize((i) =>
      truth[i]! >= 0 && foundOf[i]! >= 0 ? (`${truth[i]}:${foundOf[i]}` as unknown as number) : null,
    ) as Map<number, number>,
  );
  return { precision: foundPairs ? both / foundPairs : 1, recall: truePairs ? both / truePairs : 1 };
}

function quotationRecall(
  folder: PlantedFolder,
  passages: ReturnType<CorpusAnalyser['analyse']>['passages'],
): number {
  const byDoc = new Map<number, Array<{ start: number; end: number; passage: number }>>();
  passages.forEach((passage, p) =>
    passage.occurrences.forEach((o) =>
      byDoc.set(o.doc, [...(byDoc.get(o.doc) ?? []), { start: o.start, end: o.end, passage: p }]),
    ),
  );
  let found = 0;
  for (const quotation of folder.quotations) {
    if (quotation.at.length < 2) continue;
    // Found when one passage covers the quotation in at least two of the articles carrying it.
    const hits = new Map<number, number>();
    for (const { doc, start } of quotation.at) {
      const end = start + quotation.text.length;
      const seen = new Set<number>();
      for (const o of byDoc.get(doc) ?? []) {
        if (o.start < end && o.end > start && !seen.has(o.passage)) {
          seen.add(o.passage);
          hits.set(o.passage, (hits.get(o.passage) ?? 0) + 1);
        }
      }
    }
    if ([...hits.values()].some((n) => n >= 2)) found++;
  }
  return found / folder.quotations.filter((q) => q.at.length >= 2).length;
}

/** Plain shingle single-link: Jaccard of shingle sets ≥ 0.5 links two articles. */
function timedSingleLink(docs: CorpusDoc[]): { groups: number[][]; ms: number } {
  const start = performance.now();
  const groups = shingleSingleLink(
    docs.map((doc) => wordsOf(doc.text)),
    0.5,
  );
  return { groups, ms: performance.now() - start };
}

const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;
const fixed = (value: number): string => value.toFixed(3);

function naiveAllPairs(docs: CorpusDoc[], random: Random, sample: number): number {
  const start = performance.now();
  for (let i = 0; i < sample; i++) {
    const a = Math.floor(random() * docs.length);
    const b = (a + 1 + Math.floor(random() * (docs.length - 1))) % docs.length;
    compareTexts(docs[a]!.text, docs[b]!.text);
  }
  const perPair = (performance.now() - start) / sample;
  return perPair * ((docs.length * (docs.length - 1)) / 2);
}

export async function runCorpusBench(log: (line: string) => void, large: boolean): Promise<void> {
  log('Overview pipeline on generated folders (planted groups and quotations)');
  log('| articles | generate | overview | peak RSS | groups P / R | quotations | single-link P / R (time) |');
  log('| -------- | -------- | -------- | -------- | ------------ | ---------- | ------------------------ |');
  for (const count of large ? [500, 5_000, 20_000] : [500, 5_000]) {
    let start = performance.now();
    const folder = makeFolder(count, 7 + count);
    const generated = performance.now() - start;
    start = performance.now();
    const analysis = new CorpusAnalyser().analyse(folder.docs);
    const overviewMs = performance.now() - start;
    const peak = process.resourceUsage().maxRSS * 1024;
    const quality = pairwiseQuality(
      analysis.groups.map((group) => group.members),
      folder.truth,
    );
    const quotes = quotationRecall(folder, analysis.passages);
    const baseline = timedSingleLink(folder.docs);
    const baselineQuality = pairwiseQuality(baseline.groups, folder.truth);
    log(
      `| ${count.toLocaleString('en')} | ${Math.round(generated)} ms | ${Math.round(overviewMs)} ms | ${mb(peak)} | ${fixed(quality.precision)} / ${fixed(quality.recall)} | ${(quotes * 100).toFixed(1)}% | ${fixed(baselineQuality.precision)} / ${fixed(baselineQuality.recall)} (${Math.round(baseline.ms)} ms) |`,
    );
    if (count === 500) {
      const naive = naiveAllPairs(folder.docs, seededRandom(3), 200);
      log(
        `  500 articles, the engine over all ${((500 * 499) / 2).toLocaleString('en')} pairs (200 timed, extrapolated): ` +
          `${(naive / 1000).toFixed(1)} s, ${Math.round(naive / overviewMs)}× the overview's ${Math.round(overviewMs)} ms`,
      );
    }
  }
  log('  peak RSS is the process high-water mark so far (the sizes run in increasing order)');
}
