// decodeText: which byte sequences become text (BOM stripped, line endings unified) and
// which are refused with a plain reason instead of being shown garbled.
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const withBom = (bytes: Uint8Array): Uint8Array => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);

describe('decodeText', () => {
  it('decodes plain UTF-8, including non-ASCII characters', () => {
    expect(decodeText(utf8('Café — “quoted” ✓\nsecond line'))).toEqual({
      ok: true,
      text: 'Café — “quoted” ✓\nsecond line',
    });
  });

  it('removes a UTF-8 byte order mark so it never leaks into titles or diffs', () => {
    const result = decodeText(withBom(utf8('Headline\n\nBody')));
    expect(result).toEqual({ ok: true, text: 'Headline\n\nBody' });
  });

  it('keeps a U+FEFF that is not at the start, since only a leading one is a BOM', () => {
    const result = decodeText(utf8('a\uFEFFb'));
    expect(result).toEqual({ ok: true, text: 'a\uFEFFb' });
  });

  it('turns CRLF and lone CR line endings into LF, so Windows and old Mac files diff alike', () => {
    expect(decodeText(utf8('one\r\ntwo\rthree\nfour\r\n'))).toEqual({
      ok: true,
      text: 'one\ntwo\nthree\nfour\n',
    });
  });

  it('treats CR CR LF as two line breaks, not one', () => {
    expect(decodeText(utf8('a\r\r\nb'))).toEqual({ ok: true, text: 'a\n\nb' });
  });

  it('refuses an empty file', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, reason: 'empty file' });
  });

  it('refuses a file of only whitespace (and a BOM alone) as empty', () => {
    for (const bytes of [utf8(' \n\t\r\n  '), withBom(new Uint8Array()), withBom(utf8('\n\n'))]) {
      const result = decodeText(bytes);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(/^empty file/);
    }
  });

  it('refuses bytes containing NUL as binary', () => {
    const result = decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/binary/);
  });

  it('refuses invalid UTF-8 (Windows-1252 curly quotes) rather than showing U+FFFD', () => {
    // "“Hi”" saved as Windows-1252: 0x93 and 0x94 are not valid UTF-8 on their own.
    const result = decodeText(Uint8Array.from([0x93, 0x48, 0x69, 0x94]));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(/UTF-8/);
      expect(result.reason).not.toContain('\uFFFD');
    }
    expect(JSON.stringify(result)).not.toContain('\uFFFD');
  });

  it('refuses a file that is valid UTF-8 except for one truncated multi-byte character', () => {
    const bytes = utf8('fine text é');
    const result = decodeText(bytes.subarray(0, bytes.length - 1));
    expect(result.ok).toBe(false);
  });
});
