// The CLI's output errors, on the real thing: the CLI is bundled with esbuild (as the build
// does) and run as a child process into a closed pipe and into /dev/full.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliOutput, type OutputStream } from './output';

let dir: string;
let cli: string;
let a: string;
let b: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'variorum-cli-output-'));
  cli = path.join(dir, 'cli.js');
  await build({
    entryPoints: {
      cli: path.join(__dirname, 'index.ts'),
      'prepare-worker': path.join(__dirname, '../library/prepare-worker.ts'),
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outdir: dir,
    logLevel: 'silent',
  });
  // Far more output than a pipe holds (64 KiB), so the writer meets the closed pipe.
  const paragraphs = Array.from(
    { length: 4000 },
    (_, i) => `Paragraph ${i} of the first version, with words.`,
  );
  a = path.join(dir, 'a.txt');
  b = path.join(dir, 'b.txt');
  await writeFile(a, paragraphs.join('\n\n'));
  await writeFile(b, paragraphs.map((p, i) => (i % 2 ? p.replace('first', 'second') : p)).join('\n\n'));
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const shell = (command: string): { status: number | null; stdout: string; stderr: string } => {
  const result = spawnSync('bash', ['-o', 'pipefail', '-c', command], { encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe.skipIf(process.platform === 'win32')('the CLI writing into trouble', () => {
  it(
    'stops quietly when the reader goes away, keeping "different" as its status',
    { timeout: 40_000 },
    () => {
      const result = shell(`node '${cli}' diff --json '${a}' '${b}' | head -c 10`);
      expect(result.stdout).toHaveLength(10);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(1);
    },
  );

  it.skipIf(!existsSync('/dev/full'))(
    'says the disk is full and exits 2, without a stack trace',
    { timeout: 40_000 },
    () => {
      const result = shell(`node '${cli}' diff '${a}' '${b}' > /dev/full`);
      expect(result.stderr).toBe('variorum: could not write the output (the disk is full)\n');
      expect(result.status).toBe(2);
    },
  );

  it('still exits 1 for different files when the output is read in full', { timeout: 40_000 }, async () => {
    const run = await promisify(execFile)('node', [cli, 'diff', a, b], { maxBuffer: 64 * 1024 * 1024 }).catch(
      (error: { code: number; stdout: string }) => error,
    );
    expect('code' in run ? run.code : 0).toBe(1);
    expect(run.stdout).toContain('Paragraph 3999 of the [-first-] {+second+} version');
  });
});

describe('cliOutput', () => {
  const fakeStream = (): OutputStream & { written: string[]; fail: (code: string) => void } => {
    let listener: ((error: NodeJS.ErrnoException) => void) | undefined;
    const written: string[] = [];
    return {
      written,
      write: (text) => written.push(text) > 0,
      on: (_event, handler) => (listener = handler),
      fail: (code) => listener?.(Object.assign(new Error(code), { code })),
    };
  };

  it('writes nothing more after EPIPE, and keeps the command’s status', () => {
    const [stdout, stderr] = [fakeStream(), fakeStream()];
    const output = cliOutput(stdout, stderr);
    output.io.out('first');
    stdout.fail('EPIPE');
    output.io.out('second');
    expect(stdout.written).toEqual(['first\n']);
    expect(stderr.written).toEqual([]);
    expect(output.exitCode(1)).toBe(1);
  });

  it('reports another write error once and turns the status into 2', () => {
    const [stdout, stderr] = [fakeStream(), fakeStream()];
    const output = cliOutput(stdout, stderr);
    stdout.fail('EIO');
    stdout.fail('EIO');
    output.io.out('lost');
    expect(stdout.written).toEqual([]);
    expect(stderr.written).toEqual(['variorum: could not write the output (EIO)\n']);
    expect(output.exitCode(0)).toBe(2);
    process.exitCode = undefined;
  });
});
