// The overview's article names and a passage's places grouped by article.
import { describe, expect, it } from 'vitest';
import type { FolderOverview, OverviewPassage } from '../../../preload/contract';
import { articleNames, placesByArticle, sharedTitle } from './overview-model';

const overview = (articles: string[]): FolderOverview => ({ articles, pairs: [], groups: [], passages: [] });

describe('articleNames', () => {
  it('names copies with one title by their files, and keeps the full title for a tooltip', () => {
    const articles = new Map([
      ['a', { title: 'Biden, Putin set stage for security talks', path: '000_ec51.txt' }],
      ['b', { title: 'Biden, Putin set stage for security talks', path: '001_43a9.txt' }],
      ['c', { title: 'What Biden and Putin Discussed', path: '004_ea4a.txt' }],
    ]);
    const names = articleNames(overview(['a', 'b', 'c']), articles);
    expect(['a', 'b', 'c'].map(names.label)).toEqual([
      '000_ec51.txt',
      '001_43a9.txt',
      'What Biden and Putin Discussed',
    ]);
    expect(names.full('a')).toBe('Biden, Putin set stage for security talks\n000_ec51.txt');
  });

  it('shows invisible controls in a label instead of obeying them', () => {
    const names = articleNames(
      overview(['a']),
      new Map([['a', { title: 'evil\u202Etxt.exe', path: 'a.txt' }]]),
    );
    expect(names.label('a')).toBe('evil⟨U+202E⟩txt.exe');
  });
});

describe('placesByArticle', () => {
  it('lists each article once, in the passage’s order, with the places it holds it', () => {
    const passage: OverviewPassage = {
      text: 'serious and substantive',
      words: 3,
      quotation: true,
      occurrences: [
        { article: 'x', start: 10, end: 30 },
        { article: 'y', start: 5, end: 25 },
        { article: 'x', start: 90, end: 110 },
        { article: 'x', start: 200, end: 220 },
      ],
    };
    expect(placesByArticle(passage)).toEqual([
      { article: 'x', places: [0, 2, 3] },
      { article: 'y', places: [1] },
    ]);
  });
});

describe('sharedTitle', () => {
  it('gives the title all members have, and none when one differs', () => {
    const articles = new Map([
      ['a', { title: 'Sea wall approved' }],
      ['b', { title: 'sea wall approved' }],
      ['c', { title: 'Sea wall delayed' }],
    ]);
    expect(sharedTitle(['a', 'b'], articles)).toBe('Sea wall approved');
    expect(sharedTitle(['a', 'b', 'c'], articles)).toBeNull();
  });
});
