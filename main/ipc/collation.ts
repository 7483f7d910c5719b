// The collation's two contract methods: collate (articles loaded cleaned, aligned in a worker,
// one collation at a time: a newer request cancels the one under way) and saveCollationExport
// (TEI, CSV or HTML of the last collation, written atomically where the user chooses).
import { z } from 'zod';
import path from 'node:path';
import type { Collation } from '../../preload/contract';
import { defaultSigla } from '../collate/apparatus';
import { apparatusCsv, apparatusHtml } from '../collate/tables';
import { collationToTei } from '../collate/tei';
import { writeFileAtomic } from '../export/atomic-write';
import { articleId, parseArgs, type AreaHandlers, type Emit, type Services } from './types';

/** Enough for any group; a cap keeps one request from loading a whole large folder. */
export const MAX_WITNESSES = 100;
const collateRequest = z
  .object({
    ids: z
      .array(articleId)
      .min(2, 'choose two articles or more')
      .max(MAX_WITNESSES, `at most ${MAX_WITNESSES} articles`)
      .refine((ids) => new Set(ids).size === ids.length, 'each article once'),
    baseId: articleId.optional(),
  })
  .strict()
  .refine((request) => request.baseId === undefined || request.ids.includes(request.baseId), {
    message: 'the base must be one of the articles',
  });
const exportRequest = z
  .object({
    format: z.enum(['tei', 'csv', 'html']),
    sigla: z.record(articleId, z.string().max(40)),
  })
  .strict();

const EXTENSIONS = { tei: 'xml', csv: 'csv', html: 'html' } as const;

export function collationHandlers(
  services: Services,
  emit: Emit,
): AreaHandlers<'collate' | 'saveCollationExport'> {
  let underWay: AbortController | null = null;
  let last: Collation | null = null;
  return {
    async collate(...args) {
      const request = parseArgs(collateRequest, args, 'collate');
      underWay?.abort();
      const controller = new AbortController();
      underWay = controller;
      try {
        const loaded = await Promise.all(request.ids.map((id) => services.library.load(id, { clean: true })));
        const witnesses = loaded.map(({ summary, text }) => ({
          id: summary.id,
          path: summary.path,
          title: summary.title,
          // Only a stated date says which version is older; a file's own time does not.
          date: summary.dateIsFileTime ? null : summary.date,
          text,
        }));
        const collation = await services.runCollation(
          { witnesses, baseId: request.baseId ?? request.ids[0]! },
          {
            signal: controller.signal,
            onProgress: (done, total) => emit('collateProgress', { done, total }),
          },
        );
        last = collation;
        return { ...collation, sigla: defaultSigla(collation) };
      } finally {
        if (underWay === controller) underWay = null;
      }
    },
    async saveCollationExport(...args) {
      const request = parseArgs(exportRequest, args, 'saveCollationExport');
      if (!last) throw new Error('Collate some articles first.');
      const sigla = defaultSigla(last, request.sigla);
      const content =
        request.format === 'tei'
          ? collationToTei(last, sigla)
          : request.format === 'csv'
            ? apparatusCsv(last, sigla)
            : apparatusHtml(last, sigla);
      const base = last.witnesses.find((witness) => witness.id === last!.base)!;
      const stem = path.basename(base.path).replace(/\.[^.]*$/, '') || 'collation';
      const name = `${stem}-collation.${EXTENSIONS[request.format]}`;
      const target = await services.chooseSavePath(name, request.format === 'tei' ? 'xml' : request.format);
      if (!target) return { saved: false };
      await writeFileAtomic(target, content);
      return { saved: true, fileName: path.basename(target) };
    },
  };
}
