// The worker runs the same collation as the process would, reports progress per witness, and
// a cancelled job rejects at once. Needs the built worker (electron-vite build).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  collateInProcess,
  CollateRunner,
  COLLATION_CANCELLED,
  type CollateWorkerRequest,
} from './collate-runner';

const WORKER = path.resolve(__dirname, '../../out/main/collate-worker.js');
const witness = (id: string, text: string) => ({ id, path: `${id}.txt`, title: id, date: null, text });
const request: CollateWorkerRequest = {
  witnesses: [
    witness('a', 'One two three.'),
    witness('b', 'One too three.'),
    witness('c', 'One two three four.'),
  ],
  baseId: 'a',
};

describe.skipIf(!existsSync(WORKER))('CollateRunner', () => {
  it('collates in a worker with progress, as in process', async () => {
    const progress: number[] = [];
    const result = await new CollateRunner(WORKER).run(request, {
      onProgress: (done) => progress.push(done),
    });
    expect(result).toEqual(await collateInProcess(request));
    expect(progress).toEqual([1, 2, 3]);
  });

  it('rejects when cancelled', async () => {
    const controller = new AbortController();
    const running = new CollateRunner(WORKER).run(request, { signal: controller.signal });
    controller.abort();
    await expect(running).rejects.toThrow(COLLATION_CANCELLED);
  });
});
