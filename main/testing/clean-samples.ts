// Text and helpers shared by the cleaning tests (clean, clean-line-rules, clean-repetition):
// a body of ordinary reporting long enough for lists after it to count as after the body.
import { cleanFolder, type CleanedArticle } from '../library/clean';

/** About 120 words of ordinary reporting, so lists after it count as "after the body". */
export const BODY = [
  'President Biden spoke with Russian President Vladimir Putin by phone for nearly an hour on Thursday as both leaders sought to set the stage for upcoming security talks.',
  'Officials from the U.S. and Russia are slated to meet Jan. 10 to discuss Moscow’s stepped-up security demands. That same week, Russian officials will also meet with NATO.',
  'The Kremlin released its demands earlier this month, as Russia’s buildup of troops near the Ukrainian border sparked fears that Moscow may be planning to invade again.',
  'Moving forward, the U.S. will take the next week to continue its consultations with allies and the Ukrainian government, the official said, which would include briefing allies on the call.',
];

/** One article cleaned on its own. */
export const cleanOne = (paragraphs: string[]): CleanedArticle => cleanFolder([{ id: 'a', paragraphs }])[0]!;
/** The reason each removed paragraph went, by its index. */
export const reasons = (result: CleanedArticle): Record<number, string> =>
  Object.fromEntries(result.removed.map((block) => [block.index, block.reason]));
