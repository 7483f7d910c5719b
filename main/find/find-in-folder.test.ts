// Find in folder lists hits with snippets, counts all of them, and caps what it lists.
import { describe, expect, it } from 'vitest';
import { findInArticles, LISTED_IN_ALL, LISTED_PER_ARTICLE } from './find-in-folder';

const loose = { matchCase: false, matchDiacritics: false };

describe('findInArticles', () => {
  it('lists articles with hits in order, with exact counts and snippets', () => {
    const result = findInArticles(
      [
        { id: 'a', text: 'Zürich council met. The council voted.' },
        { id: 'b', text: 'Nothing here.' },
        { id: 'c', text: 'Zurich again' },
      ],
      'zurich',
      loose,
    );
    expect(result.total).toBe(2);
    expect(result.articles.map((article) => [article.id, article.count])).toEqual([
      ['a', 1],
      ['c', 1],
    ]);
    expect(result.articles[0]!.hits[0]!.snippet.match).toBe('Zürich');
  });

  it('caps the hits listed but keeps counting', () => {
    const many = Array.from({ length: 40 }, (_, index) => ({ id: `x${index}`, text: 'word '.repeat(30) }));
    const result = findInArticles(many, 'word', loose);
    expect(result.total).toBe(40 * 30);
    expect(result.articles[0]!.hits).toHaveLength(LISTED_PER_ARTICLE);
    expect(result.articles.reduce((sum, article) => sum + article.hits.length, 0)).toBe(LISTED_IN_ALL);
    expect(result.articles.every((article) => article.count === 30)).toBe(true);
  });
});
