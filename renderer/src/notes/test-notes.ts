// Deterministic notes for tests and benchmarks: the same seed always gives the same notes, with
// realistic bodies, quotes, tags, articles and times. Never used by the app itself.
import type { ArticleSummary } from '../../../preload/contract';
import { selectorsFor } from './anchor';
import type { ArticleRef, Note } from './model';
import { NOTE_COLORS } from './model';

const WORDS = (
  'harbour council mayor wall flood quay ferry market budget vote euros winter storm report ' +
  'witness police statement correction update source agency wire editor headline quote minister ' +
  'opposition résumé café naïve Zürich São Paulo reform inquiry court ruling appeal figure percent'
).split(' ');
const TAGS = ['sourcing', 'numbers', 'correction', 'quote', 'framing', 'omission', 'headline', 'Zürich'];

/** A small linear congruential generator: reproducible without a dependency. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** An article text of `paragraphs` paragraphs, for anchoring generated notes. */
export function generateArticleText(seed: number, paragraphs = 12): string {
  const next = random(seed);
  const word = (): string => WORDS[Math.floor(next() * WORDS.length)]!;
  const sentence = (): string => {
    const words = Array.from({ length: 8 + Math.floor(next() * 12) }, word).join(' ');
    return `${words[0]!.toUpperCase()}${words.slice(1)}.`;
  };
  return Array.from({ length: paragraphs }, () => Array.from({ length: 3 }, sentence).join(' ')).join('\n\n');
}

export function generateArticles(count: number, seed = 1): { ref: ArticleRef; text: string }[] {
  return Array.from({ length: count }, (_, i) => ({
    ref: {
      path: `${2026 - (i % 3)}/story-${String(i).padStart(3, '0')}.txt`,
      contentHash: (i * 2654435761 + seed).toString(16).padStart(64, '0'),
      title: `Story ${i}: harbour council and the wall`,
    },
    text: generateArticleText(seed * 1000 + i),
  }));
}

/** `count` notes in folder `folder`, spread over 50 articles: a tenth folder notes, half passages. */
export function generateNotes(count: number, seed = 1, folder = 'newsroom'): Note[] {
  const next = random(seed);
  const articles = generateArticles(50, seed);
  const start = Date.UTC(2026, 0, 1);
  return Array.from({ length: count }, (_, i): Note => {
    const { ref, text } = articles[Math.floor(next() * articles.length)]!;
    const created = new Date(start + i * 60_000).toISOString();
    const updated = new Date(start + i * 60_000 + Math.floor(next() * 3_600_000)).toISOString();
    const words = Array.from(
      { length: 10 + Math.floor(next() * 40) },
      () => WORDS[Math.floor(next() * WORDS.length)],
    );
    const tags = TAGS.filter(() => next() < 0.2);
    const kind = i % 10 === 0 ? 'folder' : next() < 0.5 ? 'passage' : 'article';
    const base = {
      id: uuidFrom(next),
      body: `Note ${i}: ${words.join(' ')}`,
      tags,
      color: NOTE_COLORS[i % NOTE_COLORS.length]!,
      created,
      updated,
      folder,
      status: 'anchored' as const,
    };
    if (kind === 'folder') return { ...base, scope: 'folder' };
    if (kind === 'article') return { ...base, scope: 'article', article: ref };
    const length = [...text].length;
    const from = Math.floor(next() * (length - 60));
    return {
      ...base,
      scope: 'passage',
      article: ref,
      anchor: selectorsFor(text, from, from + 20 + Math.floor(next() * 40)),
    };
  });
}

function uuidFrom(next: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(next() * 4)]!;
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** An article as the library lists it, with whatever the test sets. */
export function testSummary(overrides: Partial<ArticleSummary>): ArticleSummary {
  return {
    id: 'id',
    path: 'a.txt',
    title: 'A',
    source: null,
    date: null,
    dateFrom: null,
    dateIsFileTime: false,
    author: null,
    words: 0,
    bytes: 0,
    format: 'txt',
    encoding: 'utf-8',
    warnings: [],
    cleaning: { blocks: 0, words: 0 },
    repair: null,
    contentHash: '00'.repeat(32),
    fileHash: '00'.repeat(32),
    ...overrides,
  };
}

/** A short article the attachment and repository tests anchor notes in, and its first reference. */
export const SEA_WALL_TEXT = [
  'Harbour council approves new sea wall',
  '',
  'The mayor said the wall would cost 4.2 million euros and take two years to finish.',
  'Opponents argued that the money should go to the ferry service instead.',
].join('\n');
export const SEA_WALL: ArticleRef = {
  path: 'courier/sea-wall.txt',
  contentHash: 'a1'.repeat(32),
  title: 'Sea wall approved',
};
