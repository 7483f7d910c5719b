// cleanFolder: boilerplate goes (by rule and by repetition across unrelated articles), each
// removal with its reason, and the articles' real text always stays, word for word. Each
// rule's own cases are in clean-line-rules.test.ts and clean-repetition.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainTypography } from '../compare/normalize';
import { paragraphBlocks } from '../compare/paragraphs';
import { BODY, cleanOne, reasons } from '../testing/clean-samples';
import { cleanFolder, removalSummary } from './clean';

describe('cleanFolder: a scraped, syndicated copy', () => {
  // The junk of a real scraped copy, as printed there (widget lines indented under bullets).
  const scraped = [
    'Biden, Putin set stage for security talks',
    '  • Oops!\n    Something went wrong.\n    Please try again later.\n  • Oops!\n    Something went wrong.\n    Please try again later.\n·2 min read\nIn this article:\n  • Oops!\n    Something went wrong.\n    Please try again later.',
    ...BODY,
    'Our goal is to create a safe and engaging place for users to connect over interests and passions. In order to improve our community experience, we are temporarily suspending article commenting',
    'Recommended Stories',
    "• Chile's election 'powerful example' for world, Biden tells president-elect Boric",
    'Chile\'s free and fair elections set a "powerful example" for the region and the world, U.S. President Joe Biden told leftist leader Gabriel Boric.',
    '• General Patton’s Car Accident Remains Controversial Today',
    'Was it actually an accident?',
    '• Keith Olbermann criticized for tweet targeting Romney family',
    "Sports and political commentator Keith Olbermann drew backlash on Wednesday after tweeting about Sen. Mitt Romney's (R-Utah) family.",
  ];

  it('removes the widget block, the comment notice and the whole recommended list', () => {
    const result = cleanOne(scraped);
    expect(result.kept).toEqual(['Biden, Putin set stage for security talks', ...BODY]);
    expect(reasons(result)).toEqual({
      1: 'widget error, page furniture',
      6: 'comment notice',
      7: 'related-stories list',
      8: 'related-stories list',
      9: 'related-stories list',
      10: 'related-stories list',
      11: 'related-stories list',
      12: 'related-stories list',
      13: 'related-stories list',
    });
    // Removed blocks are the input paragraphs, verbatim, in order.
    expect(result.removed.map((block) => block.text)).toEqual([scraped[1], ...scraped.slice(6)]);
    expect(result.removed.every((block) => !block.partOfParagraph)).toBe(true);
  });

  it('keeps the articles of the bundled sample folder whole and strips the syndicated copy’s junk', () => {
    const samples = path.resolve(__dirname, '../../resources/samples');
    const files = [
      '2026-03-02-harbour-courier-original.txt',
      '2026-03-03-harbour-courier-updated.txt',
      '2026-03-04-riverside-ledger-analysis.md',
      'syndicated/2026-03-02-valley-wire-copy.txt',
    ];
    const articles = files.map((file) => ({
      id: file,
      paragraphs: paragraphBlocks(readFileSync(path.join(samples, file), 'utf8')),
    }));
    const [original, updated, analysis, copy] = cleanFolder(articles);
    for (const [index, result] of [original!, updated!, analysis!].entries()) {
      expect(result.removed).toEqual([]);
      expect(result.kept).toEqual(articles[index]!.paragraphs);
    }
    expect(reasons(copy!)).toEqual({
      1: 'page furniture', // Advertisement
      2: 'page furniture', // Share this article
      3: 'page furniture', // 3 min read
      4: 'widget error',
      5: 'widget error',
      11: 'caption repeated',
      21: 'related-stories list', // More from Valley Wire, and five headlines
      22: 'related-stories list',
      23: 'related-stories list',
      24: 'related-stories list',
      25: 'related-stories list',
      26: 'related-stories list',
      27: 'newsletter pitch',
    });
    // Whole paragraphs, exactly as in the file.
    for (const block of copy!.removed) expect(block.text).toBe(articles[3]!.paragraphs[block.index]);
    // What is left is the original's text (straight quotes, spaced dashes) plus one caption.
    const wordsOnly = (text: string): string =>
      plainTypography(text)
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ');
    const originalText = wordsOnly(original!.kept.join('\n\n'));
    const leftOver = copy!.kept.slice(1).filter((paragraph) => !originalText.includes(wordsOnly(paragraph)));
    expect(leftOver).toEqual([
      'Fencing blocks the west entrance to the Ashcombe Footbridge in Calderport on Monday, March 2. (Valley Wire photo)',
    ]);
    expect(copy!.kept).toHaveLength(articles[3]!.paragraphs.length - 13);
  });
});
describe('removalSummary', () => {
  it('counts the removed blocks and their words', () => {
    const result = cleanOne([
      BODY[0]!,
      'Advertisement',
      `${BODY[1]}\nSubscribe for free`,
      'Share this article',
    ]);
    expect(removalSummary(result)).toEqual({ blocks: 3, words: 1 + 3 + 3 });
    expect(removalSummary(cleanOne([BODY[0]!]))).toEqual({ blocks: 0, words: 0 });
  });
});
