// The corpus pipeline, index → candidate pairs → scoring → groups → order → passages, over
// articles already read and cleaned. Pure apart from its caches: an analyser keeps each
// article's words and shingles by content, and each pair's score by the two contents, so a
// folder where one file changed recomputes only what that file touches.
import type { DateSource } from '../../preload/contract';
import { connectedGroups, orderGroup, type GroupMember } from './groups';
import { findSharedPassages, type FoundPassage } from './passages';
import { coveredWords, pairScore, ShingleSet, type PairScore } from './score';
import { buildPostings, candidatePairs } from './shingle-index';
import { DEFAULT_LINK_OPTIONS, versionLinks, type LinkOptions } from './version-links';
import { shinglesOf, wordsOf, type WordList } from './words';

export interface CorpusDoc {
  /** Changes whenever the text does (e.g. a hash of it): the caches are keyed by it. */
  key: string;
  path: string;
  title: string;
  /** The cleaned text, the one Compare shows and note anchors count in. */
  text: string;
  date: string | null;
  /** Where the date comes from (see the contract's DateSource). */
  dateFrom: DateSource | null;
  dateIsFileTime: boolean;
}

export interface CorpusOptions {
  /** Shortest shared span, in words. */
  minWords: number;
  /** Shortest shared quotation, in words. */
  minQuotationWords: number;
  /** Shingles in more articles than this are ignored when looking for pairs. */
  maxDf: number;
  /** What links two articles as versions of one text. */
  links: LinkOptions;
}

export const DEFAULT_CORPUS_OPTIONS: CorpusOptions = {
  minWords: 8,
  minQuotationWords: 3,
  maxDf: 100,
  links: DEFAULT_LINK_OPTIONS,
};

/** Past this many articles, candidate pairs are counted on a quarter of the shingles. */
const SAMPLE_ABOVE = 1000;

export interface ScoredPair extends PairScore {
  a: number;
  b: number;
}

export interface CorpusGroup {
  /** Article indices, oldest first. */
  members: number[];
  orderedBy: 'date' | 'content';
}

export interface CorpusAnalysis {
  /** Word counts of the articles as the pipeline counts them. */
  words: number[];
  /** Candidate pairs with their exact scores, highest similarity first. */
  pairs: ScoredPair[];
  groups: CorpusGroup[];
  /** Each passage's occurrences earliest dated first (the first is the likely source). */
  passages: FoundPassage[];
}

export type CorpusStage = 'reading' | 'indexing' | 'scoring' | 'grouping' | 'passages';

export interface AnalyseHooks {
  onProgress?: (stage: CorpusStage, fraction: number) => void;
  /** Checked between stages and inside long ones; throwing stops the analysis. */
  checkCancelled?: () => void;
  /**
   * Pairs and groups are final and only the passages remain: the overview can show them
   * while the last stage runs. `passages` is empty.
   */
  onGroupsReady?: (analysis: CorpusAnalysis) => void;
}

export interface AnalyseMode {
  /**
   * A preview of part of a folder: no passages, and the caches keep what they held besides
   * (the full run that follows reuses this one's work and still finds the rest's).
   */
  preview: boolean;
}

interface DocFeatures {
  words: WordList;
  shingles: Uint32Array;
}

/** Oldest first: stated dates, then file dates, then undated; by path within a day. */
export function compareByDate(a: Pick<CorpusDoc, 'date' | 'dateIsFileTime' | 'path'>, b: typeof a): number {
  const rank = (doc: typeof a): number => (doc.date === null ? 2 : doc.dateIsFileTime ? 1 : 0);
  return rank(a) - rank(b) || (a.date ?? '').localeCompare(b.date ?? '') || a.path.localeCompare(b.path);
}

export class CorpusAnalyser {
  private features = new Map<string, DocFeatures>();
  private scores = new Map<string, PairScore>();

  constructor(private readonly options: CorpusOptions = DEFAULT_CORPUS_OPTIONS) {}

  analyse(
    docs: CorpusDoc[],
    hooks: AnalyseHooks = {},
    mode: AnalyseMode = { preview: false },
  ): CorpusAnalysis {
    const { onProgress, checkCancelled } = hooks;
    const features: DocFeatures[] = [];
    // A full run keeps only its own articles' features, so the cache follows the folder.
    const keptFeatures = mode.preview ? this.features : new Map<string, DocFeatures>();
    docs.forEach((doc, index) => {
      let found = this.features.get(doc.key) ?? keptFeatures.get(doc.key);
      if (!found) {
        const words = wordsOf(doc.text);
        found = { words, shingles: shinglesOf(words) };
      }
      keptFeatures.set(doc.key, found);
      features.push(found);
      if (index % 200 === 199) {
        checkCancelled?.();
        onProgress?.('reading', index / docs.length);
      }
    });
    this.features = keptFeatures;
    checkCancelled?.();
    onProgress?.('indexing', 0);
    const postings = buildPostings(features.map((feature) => feature.shingles));
    // Small folders count every shingle, so even pairs sharing a sentence get a figure.
    const sample = docs.length > SAMPLE_ABOVE ? 4 : 1;
    const candidates = candidatePairs(postings, docs.length, {
      maxDf: this.options.maxDf,
      minShared: 2,
      sample,
    });
    checkCancelled?.();
    onProgress?.('scoring', 0);
    const pairs = this.scorePairs(docs, features, candidates, hooks, mode);
    checkCancelled?.();
    onProgress?.('grouping', 0);
    const groups = this.groupsOf(docs, features, pairs);
    checkCancelled?.();
    const words = features.map((feature) => feature.words.hashes.length);
    if (mode.preview) return { words, pairs, groups, passages: [] };
    hooks.onGroupsReady?.({ words, pairs, groups, passages: [] });
    onProgress?.('passages', 0);
    const groupOf = Int32Array.from({ length: docs.length }, (_, i) => -1 - i);
    groups.forEach((group, g) => group.members.forEach((member) => (groupOf[member] = g)));
    const passages = findSharedPassages(
      docs.map((doc, i) => ({ text: doc.text, ...features[i]!, group: groupOf[i]! })),
      postings,
      { minWords: this.options.minWords, minQuotationWords: this.options.minQuotationWords },
    );
    for (const passage of passages) {
      passage.occurrences.sort((x, y) => compareByDate(docs[x.doc]!, docs[y.doc]!) || x.start - y.start);
    }
    passages.sort(
      (x, y) =>
        new Set(y.occurrences.map((o) => o.doc)).size - new Set(x.occurrences.map((o) => o.doc)).size ||
        y.words - x.words ||
        x.text.localeCompare(y.text),
    );
    onProgress?.('passages', 1);
    return { words, pairs, groups, passages };
  }

  private scorePairs(
    docs: CorpusDoc[],
    features: DocFeatures[],
    candidates: Array<{ a: number; b: number }>,
    { checkCancelled, onProgress }: AnalyseHooks,
    mode: AnalyseMode,
  ): ScoredPair[] {
    const keyOf = (a: number, b: number): string => `${docs[a]!.key}\u0000${docs[b]!.key}`;
    const scores = mode.preview ? this.scores : new Map<string, PairScore>();
    const pending: Array<{ a: number; b: number }> = [];
    const pairs: ScoredPair[] = [];
    for (const { a, b } of candidates) {
      const known = this.scores.get(keyOf(a, b)) ?? this.scores.get(keyOf(b, a));
      if (known) {
        scores.set(keyOf(a, b), known);
        pairs.push({ a, b, ...known });
      } else pending.push({ a, b });
    }
    // Each article's shingle set is built once, for all its partners: covered[p] holds the
    // words of a covered by b and of b covered by a.
    const partners: number[][] = Array.from({ length: docs.length }, () => []);
    pending.forEach(({ a, b }, p) => {
      partners[a]!.push(p);
      partners[b]!.push(p);
    });
    const coveredA = new Int32Array(pending.length);
    const coveredB = new Int32Array(pending.length);
    const set = new ShingleSet();
    for (let d = 0; d < docs.length; d++) {
      if (partners[d]!.length === 0) continue;
      set.fill(features[d]!.shingles);
      for (const p of partners[d]!) {
        const { a, b } = pending[p]!;
        if (a === d) coveredB[p] = coveredWords(features[b]!.shingles, set);
        else coveredA[p] = coveredWords(features[a]!.shingles, set);
      }
      if (d % 200 === 199) {
        checkCancelled?.();
        onProgress?.('scoring', d / docs.length);
      }
    }
    pending.forEach(({ a, b }, p) => {
      const score = pairScore(
        features[a]!.words.hashes.length,
        coveredA[p]!,
        features[b]!.words.hashes.length,
        coveredB[p]!,
      );
      scores.set(keyOf(a, b), score);
      pairs.push({ a, b, ...score });
    });
    this.scores = scores;
    return pairs.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  }

  private groupsOf(docs: CorpusDoc[], features: DocFeatures[], pairs: ScoredPair[]): CorpusGroup[] {
    const links = versionLinks(
      features.map((feature) => feature.words.hashes),
      pairs,
      this.options.links,
    );
    const similarity = new Map<number, number>();
    const pairKey = (a: number, b: number): number => Math.min(a, b) * docs.length + Math.max(a, b);
    for (const pair of pairs) similarity.set(pairKey(pair.a, pair.b), pair.similarity);
    const info = (index: number): GroupMember => ({
      words: features[index]!.words.hashes.length,
      date: docs[index]!.date,
      dateIsFileTime: docs[index]!.dateIsFileTime,
      name: docs[index]!.path,
    });
    return connectedGroups(docs.length, links.edges)
      .map((members) => orderGroup(members, info, (a, b) => similarity.get(pairKey(a, b)) ?? 0))
      .sort((x, y) => y.members.length - x.members.length || x.members[0]! - y.members[0]!);
  }
}
