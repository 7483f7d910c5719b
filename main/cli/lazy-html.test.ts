// The CLI loads the HTML stack (Readability, linkedom) only for pages: with html.ts made
// unloadable, a diff of text files still works and a diff of a page fails loudly.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from './index';

vi.mock('../library/html', () => {
  throw new Error('the HTML stack was loaded');
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'variorum-lazy-'));
  await writeFile(path.join(dir, 'a.txt'), 'Bridge closed\n\nThe bridge closed on Sunday.\n');
  await writeFile(path.join(dir, 'b.txt'), 'Bridge closed\n\nThe footbridge closed on Sunday.\n');
  await writeFile(
    path.join(dir, 'c.html'),
    '<html><body><article><p>The bridge closed.</p></article></body></html>',
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const code = await runCli(argv, { out: () => {}, err: (text) => err.push(text) });
  return { code, err: err.join('\n') };
}

describe('the CLI without the HTML stack', () => {
  it('diffs .txt files', async () => {
    const result = await run('diff', path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
    expect(result).toEqual({ code: 1, err: '' });
  });

  it('needs it for a page', async () => {
    const result = await run('diff', path.join(dir, 'a.txt'), path.join(dir, 'c.html'));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/error when mocking a module/);
  });
});
