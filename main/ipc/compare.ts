// Comparing two articles (in a worker, one comparison at a time: choosing another pair
// cancels the one under way) and saving the comparison as a PDF.
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../export/atomic-write';
import { articleId, parseArgs, type AreaHandlers, type Emit, type Services } from './types';

const compareRequest = z
  .object({
    leftId: articleId,
    rightId: articleId,
    options: z
      .object({
        granularity: z.enum(['word', 'sentence']),
        ignoreCase: z.boolean(),
        ignoreWhitespace: z.boolean(),
        ignorePunctuation: z.boolean(),
        ignoreTypography: z.boolean(),
      })
      .partial()
      .strict()
      .optional(),
    clean: z.object({ left: z.boolean(), right: z.boolean() }).strict().optional(),
    repair: z.object({ left: z.boolean(), right: z.boolean() }).strict().optional(),
  })
  .strict();

const pdfRequest = z
  .object({
    suggestedName: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[^/\\\0]+\.pdf$/, 'a .pdf file name, not a path'),
  })
  .strict();

export function compareHandlers(
  services: Services,
  emit: Emit,
): AreaHandlers<'compare' | 'saveComparisonPdf'> {
  let comparisonUnderWay: AbortController | null = null;
  return {
    async compare(...args) {
      const request = parseArgs(compareRequest, args, 'compare');
      const clean = request.clean ?? { left: true, right: true };
      const repair = request.repair ?? { left: true, right: true };
      comparisonUnderWay?.abort();
      const controller = new AbortController();
      comparisonUnderWay = controller;
      try {
        const [left, right] = await Promise.all([
          services.library.load(request.leftId, { clean: clean.left, repair: repair.left }),
          services.library.load(request.rightId, { clean: clean.right, repair: repair.right }),
        ]);
        const result = await services.runComparison(
          { a: left.text, b: right.text, options: request.options ?? {} },
          {
            signal: controller.signal,
            onProgress: (fraction) =>
              emit('compareProgress', { leftId: request.leftId, rightId: request.rightId, fraction }),
          },
        );
        return {
          left: left.summary,
          right: right.summary,
          ...result,
          removed: { left: left.removed, right: right.removed },
        };
      } finally {
        if (comparisonUnderWay === controller) comparisonUnderWay = null;
      }
    },
    async saveComparisonPdf(...args) {
      const request = parseArgs(pdfRequest, args, 'saveComparisonPdf');
      const target = await services.chooseSavePath(request.suggestedName, 'pdf');
      if (!target) return { saved: false };
      await writeFileAtomic(target, await services.printToPdf());
      return { saved: true, fileName: path.basename(target) };
    },
  };
}
