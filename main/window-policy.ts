// The decisions behind the window's security guards, as pure functions so tests can check
// them without Electron: where the window may navigate, which links may leave the app, and
// the Content-Security-Policy it is served with.
import { fileURLToPath } from 'node:url';

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
