// A page's own charset declaration (<meta charset> or http-equiv Content-Type), checked
// against how its bytes were actually decoded, so a page that names an unknown or a different
// charset is read sensibly and says so. Pure; reads the markup as text, no DOM.
import type { TextEncodingLabel } from '../../preload/contract';

// Browsers look for the declaration in the first 1,024 bytes; pages in the wild put it later.
const HEAD_CHARS = 8192;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([^\s"';>/]+)/i;

const READ_AS: Record<TextEncodingLabel, string> = {
  'utf-8': 'UTF-8',
  'utf-8 (BOM)': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252',
};

export function declaredCharset(html: string): string | null {
  return META_CHARSET.exec(html.slice(0, HEAD_CHARS))?.[1] ?? null;
}

/** The WHATWG name of a charset label ("latin1" → "windows-1252"), or null if unknown. */
function canonicalCharset(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/**
 * A plain sentence when the page's declared charset is unknown or disagrees with how it was
 * read; null when it agrees, is absent, or cannot matter (the page is plain ASCII).
 */
export function charsetWarning(html: string, encoding: TextEncodingLabel): string | null {
  const declared = declaredCharset(html);
  if (declared === null) return null;
  const readAs = READ_AS[encoding];
  const canonical = canonicalCharset(declared);
  if (canonical === null) {
    return `declares the charset "${declared}", which is no known encoding: read as ${readAs}`;
  }
  const family = encoding.startsWith('utf-8') ? 'utf-8' : encoding;
  // A byte order mark outranks any declaration; UTF-16 pages often declare plain "utf-16".
  if (canonical === family || encoding.startsWith('utf-16')) return null;
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(html)) return null;
  return family === 'utf-8'
    ? `declares the charset "${declared}", but its bytes are valid UTF-8: read as UTF-8`
    : `declares the charset "${declared}", which Variorum does not decode: read as ${readAs}`;
}
