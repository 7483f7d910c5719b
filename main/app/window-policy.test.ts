// window-policy: where the window may navigate, which links may leave for the system browser,
// and that the Content-Security-Policy is strict and agrees with renderer/index.html's meta tag.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  droppedPath,
  isAppUrl,
  isSafeExternalUrl,
  originOf,
  rendererFile,
  rendererHeaders,
} from './window-policy';

/** Directive name → its sources, e.g. "img-src" → "'self' data:". */
function directivesOf(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources.join(' ')]),
  );
}

function metaPolicy(): string {
  const html = readFileSync(path.resolve(__dirname, '../../renderer/index.html'), 'utf8');
  const meta = html.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i);
  if (!meta) throw new Error('renderer/index.html has no CSP meta tag');
  return meta[1]!;
}

// A <meta> CSP ignores these (CSP3 §"Enforcing via meta"), so only the header can carry them.
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

describe('CONTENT_SECURITY_POLICY', () => {
  const directives = directivesOf(CONTENT_SECURITY_POLICY);

  it('denies by default and allows scripts only from the app itself', () => {
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
  });

  it('allows no inline or eval’d code and no remote source', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });

  it('matches the meta tag in renderer/index.html, apart from header-only directives', () => {
    const meta = directivesOf(metaPolicy());
    for (const [name, sources] of meta) expect(directives.get(name), name).toBe(sources);
    const inHeaderOnly = [...directives.keys()].filter((name) => !meta.has(name));
    expect(inHeaderOnly.every((name) => HEADER_ONLY.has(name))).toBe(true);
  });
});

describe('isAppUrl', () => {
  const DEV_ORIGIN = 'http://localhost:5173';

  it('accepts pages of the app origin and nothing else', () => {
    expect(isAppUrl(`${DEV_ORIGIN}/index.html`, DEV_ORIGIN)).toBe(true);
    expect(isAppUrl(`${DEV_ORIGIN}/`, DEV_ORIGIN)).toBe(true);
    for (const url of [
      'http://localhost:5174/index.html',
      'https://localhost:5173/index.html',
      'http://evil.example/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url, DEV_ORIGIN), url).toBe(false);
    }
  });

  it('refuses file: and data: urls against APP_ORIGIN', () => {
    expect(isAppUrl('file:///etc/passwd', APP_ORIGIN)).toBe(false);
    expect(isAppUrl('data:text/html,<h1>hi</h1>', APP_ORIGIN)).toBe(false);
  });

  // URL.origin is the opaque "null" for app: urls; the app's own pages must still match.
  it('accepts the app’s own pages at app://variorum', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`, APP_ORIGIN)).toBe(true);
  });

  it('refuses file:, data: and foreign app: urls against the origin main/app/window.ts derives', () => {
    const derivedOrigin = originOf(`${APP_ORIGIN}/index.html`)!;
    for (const url of ['file:///etc/passwd', 'data:text/html,hi', 'app://evil/index.html']) {
      expect(isAppUrl(url, derivedOrigin), url).toBe(false);
    }
  });
});

describe('isSafeExternalUrl', () => {
  it('accepts plain web pages', () => {
    expect(isSafeExternalUrl('https://example.com/article?id=1#top')).toBe(true);
    expect(isSafeExternalUrl('http://example.com/')).toBe(true);
  });

  it('refuses every other scheme', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      `${APP_ORIGIN}/index.html`,
      'ftp://example.com/file',
      'smb://server/share',
      'mailto:someone@example.com',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('refuses urls carrying credentials', () => {
    expect(isSafeExternalUrl('https://user:pass@example.com/')).toBe(false);
    expect(isSafeExternalUrl('https://user@example.com/')).toBe(false);
    expect(isSafeExternalUrl('https://:pass@example.com/')).toBe(false);
  });

  it('refuses garbage', () => {
    for (const url of ['', 'not a url', 'https://', '//example.com', 'example.com']) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });
});

describe('droppedPath', () => {
  it('gives the local path a dropped folder or file navigates to', () => {
    expect(droppedPath('file:///home/reporter/articles')).toBe('/home/reporter/articles');
    expect(droppedPath('file:///tmp/with%20space/a.txt')).toBe('/tmp/with space/a.txt');
  });

  it('ignores every other kind of navigation', () => {
    for (const url of [
      'https://example.com/',
      'app://variorum/index.html',
      'file://server/share/x',
      'nonsense',
    ]) {
      expect(droppedPath(url), url).toBeNull();
    }
  });
});

describe('rendererFile and rendererHeaders', () => {
  const dir = path.resolve('/app/out/renderer');
  it('maps request paths into the renderer folder, "/" to index.html', () => {
    expect(rendererFile(dir, '/')).toBe(path.join(dir, 'index.html'));
    expect(rendererFile(dir, '/assets/index-1.js')).toBe(path.join(dir, 'assets/index-1.js'));
  });

  it('refuses anything that climbs out of the folder, encoded or not', () => {
    expect(rendererFile(dir, '/../main/index.js')).toBeNull();
    expect(rendererFile(dir, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
  });

  it('serves every file with its type and the CSP', () => {
    expect(rendererHeaders(path.join(dir, 'index.html'))).toEqual({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CONTENT_SECURITY_POLICY,
    });
    expect(rendererHeaders(path.join(dir, 'x.bin'))['content-type']).toBe('application/octet-stream');
  });
});
