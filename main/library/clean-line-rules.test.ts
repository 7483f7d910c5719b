// The line rules, each as cleanFolder reports it: what a rule removes and the text beside it
// that it must leave; and how a line is read (bullets, quotations, wholly marked paragraphs).
import { describe, expect, it } from 'vitest';
import { BODY, cleanOne, reasons } from '../testing/clean-samples';
import { hasQuotation, isWhollyMarked, markLineRules, toLine } from './clean-line-rules';

describe('reading a line', () => {
  it('takes a bullet or list number off, but not a minus sign or a year', () => {
    expect(toLine('  • Council approves funds')).toMatchObject({
      plain: 'Council approves funds',
      bulleted: true,
    });
    expect(toLine('2) Second item')).toMatchObject({ plain: 'Second item', bulleted: true });
    expect(toLine('-5 degrees at dawn')).toMatchObject({ plain: '-5 degrees at dawn', bulleted: false });
    expect(toLine('1987 was the year')).toMatchObject({ bulleted: false, words: 4 });
    expect(toLine('  spaced\t out  ')).toMatchObject({ plain: 'spaced out', words: 2 });
    expect(toLine('')).toMatchObject({ plain: '', words: 0 });
  });

  it('tells a quotation from an apostrophe', () => {
    expect(hasQuotation('“We will respond,” she said.')).toBe(true);
    expect(hasQuotation("He said 'no' twice.")).toBe(true);
    expect(hasQuotation("The council's vote")).toBe(false);
  });

  it('counts a paragraph as removed only when every line with text is marked', () => {
    const lines = ['• Oops!', 'Something went wrong.', 'Please try again later.', '•'].map(toLine);
    markLineRules(lines);
    expect(lines.map((line) => line.reason)).toEqual([
      'widget error',
      'widget error',
      'widget error',
      undefined,
    ]);
    expect(isWhollyMarked(lines)).toBe(true);
    const mixed = [BODY[0]!, 'Subscribe for free'].map(toLine);
    markLineRules(mixed);
    expect(mixed.map((line) => line.reason)).toEqual([undefined, 'newsletter pitch']);
    expect(isWhollyMarked(mixed)).toBe(false);
    expect(isWhollyMarked([toLine('')])).toBe(false);
  });
});

describe('the line rules, through cleanFolder', () => {
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
