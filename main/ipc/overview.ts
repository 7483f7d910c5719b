// The folder as a whole: the overview (in a worker, with progress and a preview of the first
// articles read) and cancelling it.
import { z } from 'zod';
import { expectNoArgs, parseArgs, type AreaHandlers, type Emit, type Services } from './types';

const overviewRequest = z.object({ minWords: z.number().int().min(5).max(200).optional() }).strict();
export function overviewHandlers(
  services: Services,
  emit: Emit,
): AreaHandlers<'overview' | 'cancelOverview'> {
  return {
    async overview(...args) {
      const request = parseArgs(overviewRequest, args, 'overview');
      if (!services.overview) throw new Error('The overview is not available here.');
      return services.overview.overview(request.minWords ?? 8, {
        onProgress: (progress) => emit('overviewProgress', progress),
        onPreview: (preview) => emit('overviewPreview', preview),
      });
    },
    async cancelOverview(...args) {
      expectNoArgs(args, 'cancelOverview');
      services.overview?.cancel();
    },
  };
}
