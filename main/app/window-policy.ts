// The decisions behind the window's security guards, as pure functions so tests can check
// them without Electron: where the window may navigate, which links may leave the app, and
// the Content-Security-Policy it is served with.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isInside } from '../library/read-file';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://variorum`;

/** Strict: only the app's own scripts and styles; no inline script, no remote anything. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * Under `npm run dev` only: Vite injects its styles as <style> elements and React's refresh
 * preamble as an inline module script, which the strict policy blocks (an unstyled window).
 * Remote loads, frames and eval stay blocked; the built app never gets this policy.
 */
export const DEVELOPMENT_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
  "script-src 'self'",
  "script-src 'self' 'unsafe-inline'",
)
  .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
  // A <meta> policy cannot carry frame-ancestors (Chromium warns and ignores it).
  .replace("; frame-ancestors 'none'", '');

/** index.html with its CSP meta set to `policy` (the dev server serves it this way). */
export function withContentSecurityPolicy(html: string, policy: string): string {
  const meta = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")[^"]*(")/;
  if (!meta.test(html)) throw new Error('index.html has no Content-Security-Policy meta to replace');
  return html.replace(meta, `$1${policy}$2`);
}

/**
 * Whether the window may use a permission. Only writing to the clipboard (Copy buttons call
 * navigator.clipboard.writeText), and only for the app's own pages; camera, microphone,
 * location, notifications, reading the clipboard and everything else are refused.
 */
export function isPermissionGranted(permission: string, requestingUrl: string, appOrigin: string): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl, appOrigin);
}

/**
 * `scheme://host[:port]` of a URL, or null. Not URL.origin: for a non-special scheme such as
 * app:// that is the opaque "null", which file:, data: and any other app:// page share too.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/** The window may only ever show the app itself. */
export function isAppUrl(url: string, appOrigin: string): boolean {
  return originOf(url) === appOrigin;
}

/** Links that may be handed to the system browser: plain web pages, nothing else. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

/** The local folder or file a file: URL names (what a drop onto the window navigates to). */
export function droppedPath(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:' || parsed.host !== '') return null;
    return fileURLToPath(parsed);
  } catch {
    return null;
  }
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** The built renderer's file for a request path ("/" is index.html), or null outside its folder. */
export function rendererFile(rendererDir: string, urlPathname: string): string | null {
  const relative = decodeURIComponent(urlPathname === '/' ? '/index.html' : urlPathname);
  const file = path.join(rendererDir, relative);
  return isInside(rendererDir, file) && file !== rendererDir ? file : null;
}

/** Headers every renderer file is served with: its type and the Content-Security-Policy. */
export function rendererHeaders(file: string): Record<string, string> {
  return {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
  };
}
