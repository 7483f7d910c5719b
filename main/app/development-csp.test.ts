// `npm run dev`: the dev server's page gets a policy that lets Vite's injected <style> elements
// and React's inline refresh preamble run; the built page keeps the strict one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config, { developmentCsp } from '../../electron.vite.config';
import {
  CONTENT_SECURITY_POLICY,
  DEVELOPMENT_CONTENT_SECURITY_POLICY,
  withContentSecurityPolicy,
} from './window-policy';

const indexHtml = readFileSync(path.join(__dirname, '../../renderer/index.html'), 'utf8');
const metaPolicy = (html: string): string =>
  /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1] ?? '';

describe('the development Content-Security-Policy', () => {
  it('allows inline styles and scripts, and still nothing remote, framed or evaluated', () => {
    const directives = DEVELOPMENT_CONTENT_SECURITY_POLICY.split('; ');
    expect(directives).toContain("style-src 'self' 'unsafe-inline'");
    expect(directives).toContain("script-src 'self' 'unsafe-inline'");
    expect(DEVELOPMENT_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(directives).toContain("default-src 'none'");
    expect(directives).toContain("object-src 'none'");
  });

  it('is what the dev server puts in index.html; the built page keeps the strict policy', async () => {
    const plugin = developmentCsp();
    expect(plugin.apply).toBe('serve');
    const transform = plugin.transformIndexHtml as (html: string) => string;
    const served = transform(indexHtml);
    expect(metaPolicy(served)).toBe(DEVELOPMENT_CONTENT_SECURITY_POLICY);
    expect(served.replace(metaPolicy(served), '')).toBe(indexHtml.replace(metaPolicy(indexHtml), ''));
    // The page's own meta is the strict policy (less frame-ancestors, which a meta cannot carry).
    expect(metaPolicy(indexHtml)).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
    const renderer = (await Promise.resolve(config)) as { renderer?: { plugins?: unknown[] } };
    expect(renderer.renderer?.plugins?.flat()).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'variorum-development-csp' })]),
    );
  });

  it('refuses a page without a policy to replace', () => {
    expect(() => withContentSecurityPolicy('<html></html>', 'x')).toThrow(/no Content-Security-Policy/);
  });
});
