// cleanFolder: boilerplate goes (by rule and by repetition across unrelated articles), each
// removal with its reason, and the articles' real text always stays, word for word.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainTypography } from '../compare/normalize';
import { paragraphBlocks } from '../compare/paragraphs';
import { cleanFolder, removalSummary, type CleanedArticle } from './clean';

/** About 120 words of ordinary reporting, so lists after it count as "after the body". */
const BODY = [
  'President Biden spoke with Russian President Vladimir Putin by phone for nearly an hour on Thursday as both leaders sought to set the stage for upcoming security talks.',
  'Officials from the U.S. and Russia are slated to meet Jan. 10 to discuss Moscow’s stepped-up security demands. That same week, Russian officials will also meet with NATO.',
  'The Kremlin released its demands earlier this month, as Russia’s buildup of troops near the Ukrainian border sparked fears that Moscow may be planning to invade again.',
  'Moving forward, the U.S. will take the next week to continue its consultations with allies and the Ukrainian government, the official said, which would include briefing allies on the call.',
];

const cleanOne = (paragraphs: string[]): CleanedArticle => cleanFolder([{ id: 'a', paragraphs }])[0]!;
const reasons = (result: CleanedArticle): Record<number, string> =>
  Object.fromEntries(result.removed.map((block) => [block.index, block.reason]));

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

describe('cleanFolder: rules', () => {
  it('removes one-line widget errors of either wording, and keeps "Something went wrong." in prose', () => {
    const result = cleanOne([
      'Oops! Something went wrong. Please try again later.',
      'Something went wrong. Reload to try again.',
      BODY[0]!,
      'Something went wrong.',
      'Then, she said, something went wrong. Please try again later, the clerk told her.',
    ]);
    expect(reasons(result)).toEqual({ 0: 'widget error', 1: 'widget error' });
    expect(result.kept).toHaveLength(3);
  });

  it('removes page furniture printed as whole lines, not the same words inside text', () => {
    const result = cleanOne([
      'Advertisement',
      'Share this article',
      '5 min read',
      'Story continues below advertisement',
      'Share',
      'The proceeds they will share.',
      'Read more',
      'Read more about the bridge in our archive.',
    ]);
    expect(Object.values(reasons(result))).toEqual(Array(6).fill('page furniture'));
    expect(result.kept).toEqual([
      'The proceeds they will share.',
      'Read more about the bridge in our archive.',
    ]);
  });

  it('removes a site’s comment notice but not a report about someone suspending comments', () => {
    const result = cleanOne([
      'Comments are closed.',
      'We have disabled comments on this article to keep the conversation civil.',
      'YouTube said on Monday it was suspending comments on videos featuring young children.',
      '“We are suspending comments on these videos,” a spokesperson said.',
    ]);
    expect(reasons(result)).toEqual({ 0: 'comment notice', 1: 'comment notice' });
  });

  it('removes newsletter and subscription pitches, not text that merely mentions signing up', () => {
    const result = cleanOne([
      'Sign up for the Valley Wire Morning Brief, the day’s top regional stories delivered to your inbox.',
      'Subscribe for free',
      'Get our weekly newsletter on the climate.',
      'Sign up for the ferry lottery opened on Monday at the harbour office.',
      'Voters can subscribe to the council’s agenda by post.',
    ]);
    expect(reasons(result)).toEqual({ 0: 'newsletter pitch', 1: 'newsletter pitch', 2: 'newsletter pitch' });
  });

  it('removes only the pitch line from a paragraph that also holds text', () => {
    const paragraph = `${BODY[0]}\nMore from Axios: Sign up to get the latest market trends with Axios Markets. Subscribe for free`;
    const result = cleanOne([paragraph, BODY[1]!]);
    expect(result.kept).toEqual([BODY[0], BODY[1]]);
    expect(result.removed).toEqual([
      {
        index: 0,
        text: 'More from Axios: Sign up to get the latest market trends with Axios Markets. Subscribe for free',
        reason: 'newsletter pitch',
        partOfParagraph: true,
      },
    ]);
  });

  it('keeps one copy of a caption printed twice in a row, as paragraphs or as lines', () => {
    const caption = 'Fencing blocks the west entrance to the footbridge on Monday. (Valley Wire photo)';
    const apCaption =
      'In this image provided by The White House, President Joe Biden speaks with President Putin. (Adam Schultz/The White House via AP)';
    const result = cleanOne([BODY[0]!, caption, caption, BODY[1]!, `${apCaption}\n${apCaption}`]);
    expect(result.kept).toEqual([BODY[0], caption, BODY[1], apCaption]);
    expect(result.removed).toEqual([
      { index: 2, text: caption, reason: 'caption repeated' },
      { index: 4, text: apCaption, reason: 'caption repeated', partOfParagraph: true },
    ]);
  });

  it('keeps a line doubled on purpose, which is no caption', () => {
    const refrain = 'Ring out the bells across the frozen town,';
    const stanza = `${refrain}\n${refrain}\nAnd let the old year go.`;
    expect(cleanOne([stanza, refrain, refrain]).removed).toEqual([]);
  });

  it('removes a related list after the body even when its teasers are long', () => {
    const result = cleanOne([
      ...BODY,
      'More from Valley Wire',
      'Hollis County crews contain grass fire near Route 9',
      'Regional airport adds weekend flights to the coast',
    ]);
    expect(result.kept).toEqual(BODY);
  });

  it('removes a heading with a run of entries in mid-article, and keeps the text after it', () => {
    const result = cleanOne([
      BODY[0]!,
      'Related:',
      '• Bridge inspections lag across the region',
      '• Council approves emergency funds',
      BODY[1]!,
    ]);
    expect(result.kept).toEqual([BODY[0], BODY[1]]);
    expect(Object.values(reasons(result))).toEqual(Array(3).fill('related-stories list'));
  });

  it('keeps a "related" heading that is followed by ordinary text, and a summary list', () => {
    const digest = ['Top stories', 'Bridge closes', BODY[0]!, 'Council votes', BODY[1]!];
    expect(cleanOne(digest).removed).toEqual([]);
    const summary = [
      BODY[0]!,
      'What You Need To Know',
      '• President Joe Biden spoke with Putin',
      '• The two sides will meet in January',
      BODY[1]!,
    ];
    expect(cleanOne(summary).removed).toEqual([]);
  });
});

describe('cleanFolder: repetition', () => {
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
