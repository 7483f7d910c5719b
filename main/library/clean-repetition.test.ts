// The repetition rules, as cleanFolder reports them: a short block printed three times in one
// article, and a short block that unrelated articles share above or below their stories; what
// versions of one story share, quotations and long passages always stay.
import { describe, expect, it } from 'vitest';
import { BODY, cleanOne, reasons } from '../testing/clean-samples';
import { cleanFolder } from './clean';

describe('the repetition rules, through cleanFolder', () => {
  it('removes a short block repeated three times in one article; a sentence keeps its first copy', () => {
    const result = cleanOne([
      'Click here for the full gallery',
      BODY[0]!,
      'Click here for the full gallery',
      'The vote was delayed again.',
      BODY[1]!,
      'Click here for the full gallery',
      'The vote was delayed again.',
      'The vote was delayed again.',
      'Twice only',
      'Twice only',
    ]);
    expect(reasons(result)).toEqual({
      0: 'repeated 3 times in this article',
      2: 'repeated 3 times in this article',
      5: 'repeated 3 times in this article',
      6: 'repeated 3 times in this article',
      7: 'repeated 3 times in this article',
    });
    expect(result.kept).toEqual([
      BODY[0],
      'The vote was delayed again.',
      BODY[1],
      'Twice only',
      'Twice only',
    ]);
  });

  /** Three unrelated stories, each of its own words. */
  const stories = [
    [
      'Harbour ferry resumes service',
      'The harbour ferry resumed its timetable on Monday after a fortnight of repairs to the landing stage, the operator said, and passenger numbers were already back to normal by the evening rush.',
    ],
    [
      'School board delays vote',
      'The Verran Valley school board delayed its vote on a four-day week until April, saying it needed more time to hear from parents, teachers and bus drivers about the change.',
    ],
    [
      'Grass fire contained',
      'Hollis County crews contained a grass fire near Route 9 late on Sunday; nobody was hurt, although the road stayed closed for three hours while firefighters damped down the verges.',
    ],
  ];
  const footer = 'Copyright 2026 Valley Wire. All rights reserved.';

  it('removes a short block that several unrelated articles of the folder share', () => {
    const results = cleanFolder(stories.map((story, i) => ({ id: `s${i}`, paragraphs: [...story, footer] })));
    for (const [i, result] of results.entries()) {
      expect(result.id).toBe(`s${i}`);
      expect(result.kept).toEqual(stories[i]);
      expect(result.removed).toEqual([
        { index: 2, text: footer, reason: 'in 3 unrelated articles of the folder' },
      ]);
    }
  });

  it('keeps what versions of one story share, however many versions there are', () => {
    const versions = ['Budget passes', 'Budget passes after long night', 'Budget finally passes'].map(
      (title, i) => ({
        id: `v${i}`,
        paragraphs: [title, ...BODY.slice(0, 3 + (i % 2)), 'The vote was 9-2.', footer],
      }),
    );
    for (const [i, result] of cleanFolder(versions).entries()) {
      expect(result.removed).toEqual([]);
      expect(result.kept).toEqual(versions[i]!.paragraphs);
    }
  });

  it('keeps a quotation or a long passage that unrelated articles all end with', () => {
    const quote = '“We will respond decisively,” the statement said.';
    const singleQuoted = '‘We had no choice,’ the engineer told reporters.';
    for (const shared of [quote, singleQuoted, BODY.join(' ')]) {
      const results = cleanFolder(
        stories.map((story, i) => ({ id: `s${i}`, paragraphs: [...story, shared] })),
      );
      for (const result of results) expect(result.removed).toEqual([]);
    }
  });

  it('keeps a short block that unrelated articles share inside the story, where furniture never is', () => {
    const background = 'The bridge opened in 1987 and was last refurbished in 2004.';
    const results = cleanFolder(
      stories.map(([title, body], i) => ({
        id: `s${i}`,
        paragraphs: [title!, body!, background, `${body} Again.`],
      })),
    );
    for (const result of results) expect(result.removed).toEqual([]);
  });

  it('needs three unrelated articles: two are not a pattern', () => {
    const results = cleanFolder(
      stories.slice(0, 2).map((story, i) => ({ id: `s${i}`, paragraphs: [...story, footer] })),
    );
    for (const result of results) expect(result.removed).toEqual([]);
  });
});
