// Find in folder: every article of the open folder read a few at a time and searched with
// the find rule the comparison's own find uses.
import { z } from 'zod';
import { comparedText } from '../compare/tokenize';
import { findInArticles } from '../find/find-in-folder';
import { parseArgs, type AreaHandlers, type Services } from './types';

const folderFindRequest = z
  .object({
    query: z.string().min(1, 'nothing to find').max(1000, 'the search is too long'),
    matchCase: z.boolean(),
    matchDiacritics: z.boolean(),
    clean: z.boolean(),
  })
  .strict();

export function findHandlers(services: Services): AreaHandlers<'findInFolder'> {
  return {
    async findInFolder(...args) {
      const request = parseArgs(folderFindRequest, args, 'findInFolder');
      const summaries = services.library.snapshot()?.articles ?? [];
      // Read a few files at a time: the folder may hold thousands, the disk is shared.
      const texts: Array<{ id: string; text: string }> = [];
      for (let at = 0; at < summaries.length; at += 8) {
        const batch = await Promise.all(
          summaries.slice(at, at + 8).map((summary) =>
            services.library.load(summary.id, { clean: request.clean }).then(
              (loaded) => ({ id: summary.id, text: comparedText(loaded.text) }),
              () => null,
            ),
          ),
        );
        for (const loaded of batch) if (loaded) texts.push(loaded);
      }
      return findInArticles(texts, request.query, request);
    },
  };
}
