// The overview as the app runs it: the generated folder written to disk, opened by the
// Library (scan, cleaning), then OverviewService reading each article back and analysing it
// in the real worker thread. Times the first preview (of the articles read in the first
// moments, DEFAULT_PREVIEW), the whole folder's pairs and groups, and the full answer with shared passages,
// each from the moment the overview is asked for.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CorpusRunner } from '../corpus/corpus-runner';
import { OverviewService } from '../corpus/overview-service';
import { Library } from '../library/library';
import { makeFolder } from './corpus-bench';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

export async function runOverviewAppBench(log: (line: string) => void, counts: number[]): Promise<void> {
  log('\nOverview in the app’s path: files on disk, Library, OverviewService, worker thread');
  log('| articles | scan | first preview (articles) | pairs and groups | full answer | peak RSS |');
  log('| -------- | ---- | ------------------------ | ---------------- | ----------- | -------- |');
  for (const count of counts) {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'variorum-bench-overview-'));
    const library = new Library();
    const runner = new CorpusRunner(path.join(__dirname, 'corpus-worker.js'));
    try {
      const { docs } = makeFolder(count, 7 + count);
      for (const doc of docs) await writeFile(path.join(folder, doc.path), doc.text);
      let start = performance.now();
      await library.open(folder);
      const scanMs = performance.now() - start;
      const service = new OverviewService(library, (texts, minWords, options) =>
        runner.run(texts, minWords, options),
      );
      const previews: Array<{ ms: number; analysed: number; total: number }> = [];
      start = performance.now();
      const overview = await service.overview(8, {
        onProgress: () => {},
        onPreview: ({ analysed, total }) => previews.push({ ms: performance.now() - start, analysed, total }),
      });
      const fullMs = performance.now() - start;
      const preview = previews.find(({ analysed, total }) => analysed < total);
      const groupsMs = previews.find(({ analysed, total }) => analysed === total)?.ms;
      log(
        `| ${count.toLocaleString('en')} | ${seconds(scanMs)} | ` +
          `${preview ? `${seconds(preview.ms)} (${preview.analysed.toLocaleString('en')})` : 'none'} | ` +
          `${groupsMs === undefined ? '—' : seconds(groupsMs)} | ${seconds(fullMs)} | ` +
          `${Math.round((process.resourceUsage().maxRSS * 1024) / 1024 / 1024)} MB |`,
      );
      if (overview.articles.length !== count) throw new Error('The overview left articles out.');
    } finally {
      library.close();
      await runner.dispose();
      await rm(folder, { recursive: true, force: true });
    }
  }
}
