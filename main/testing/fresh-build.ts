// Vitest global setup of the node tests: the tests that load the build (out/main/index.js,
// out/preload/index.cjs, the worker entries) find it current. It runs once, before any test
// worker starts, so no test reads out/ while another rebuilds it; `npm test` builds first,
// and then this only compares times.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** Newest modification time of the build's inputs: main/ and preload/ sources, and the renderer. */
function newestInput(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestInput(full));
    else if (/\.(ts|tsx|css|html)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      newest = Math.max(newest, statSync(full).mtimeMs);
    }
  }
  return newest;
}

/** A missing out/, or one older than its sources (a developer's run), is rebuilt. */
export default function ensureFreshBuild(): void {
  const built = statSync(path.join(ROOT, 'out/main/index.js'), { throwIfNoEntry: false });
  const inputs = Math.max(...['main', 'preload', 'renderer'].map((dir) => newestInput(path.join(ROOT, dir))));
  if (built && built.mtimeMs >= inputs) return;
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'],
    {
      cwd: ROOT,
      stdio: 'pipe',
      timeout: 300_000,
    },
  );
}
