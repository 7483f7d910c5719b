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
      encoding: 'utf-8',
    });
  });

  it('removes a UTF-8 byte order mark so it never leaks into titles or diffs', () => {
    const result = decodeText(withBom(utf8('Headline\n\nBody')));
    expect(result).toEqual({ ok: true, text: 'Headline\n\nBody', encoding: 'utf-8 (BOM)' });
  });

  it('keeps a U+FEFF that is not at the start, since only a leading one is a BOM', () => {
    const result = decodeText(utf8('a\uFEFFb'));
    expect(result).toEqual({ ok: true, text: 'a\uFEFFb', encoding: 'utf-8' });
  });

  it('turns CRLF and lone CR line endings into LF, so Windows and old Mac files diff alike', () => {
    expect(decodeText(utf8('one\r\ntwo\rthree\nfour\r\n'))).toEqual({
      ok: true,
      text: 'one\ntwo\nthree\nfour\n',
      encoding: 'utf-8',
    });
  });

  it('treats CR CR LF as two line breaks, not one', () => {
    expect(decodeText(utf8('a\r\r\nb'))).toEqual({ ok: true, text: 'a\n\nb', encoding: 'utf-8' });
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

  it('refuses a file that is valid UTF-8 except for one character cut off at the end', () => {
    const bytes = utf8('fine text é');
    const result = decodeText(bytes.subarray(0, bytes.length - 1));
    expect(result).toEqual({
      ok: false,
      reason: 'not valid UTF-8: the file ends in the middle of a character (cut short?)',
    });
  });
});

/** UTF-16 bytes of `text` after the byte order mark, in the given byte order. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = [...(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff])];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = [code & 0xff, code >> 8];
    bytes.push(...(order === 'le' ? pair : pair.reverse()));
  }
  return Uint8Array.from(bytes);
}

describe('decodeText: UTF-16', () => {
  it('reads UTF-16 LE with a byte order mark, although its bytes contain NUL', () => {
    expect(decodeText(utf16('Grüße “hi” 😀\r\nnext', 'le'))).toEqual({
      ok: true,
      text: 'Grüße “hi” 😀\nnext',
      encoding: 'utf-16le',
    });
  });

  it('reads UTF-16 BE with a byte order mark', () => {
    expect(decodeText(utf16('Headline\r\rBody', 'be'))).toEqual({
      ok: true,
      text: 'Headline\n\nBody',
      encoding: 'utf-16be',
    });
  });

  it('refuses UTF-16 cut in the middle of a character (odd number of bytes)', () => {
    const bytes = utf16('abc', 'le');
    const result = decodeText(bytes.subarray(0, bytes.length - 1));
    expect(result).toEqual({
      ok: false,
      reason: 'starts as UTF-16 LE text but is not valid UTF-16 LE (cut short or damaged)',
    });
  });

  it('refuses a UTF-16 byte order mark with nothing, or only spaces, after it', () => {
    expect(decodeText(Uint8Array.from([0xfe, 0xff]))).toEqual({
      ok: false,
      reason: 'empty file (only a byte order mark)',
    });
    const result = decodeText(utf16(' \r\n ', 'le'));
    expect(result).toEqual({ ok: false, reason: 'empty file (only whitespace)' });
  });

  it('refuses UTF-16 that holds NUL characters as binary', () => {
    const result = decodeText(utf16('ab\u0000\u0000cd', 'le'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/binary/);
  });

  it('refuses UTF-32, whose byte order mark begins like UTF-16 LE', () => {
    const result = decodeText(Uint8Array.from([0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]));
    expect(result).toEqual({ ok: false, reason: 'UTF-32 text is not supported (save it as UTF-8)' });
  });
});

describe('decodeText: Windows-1252 fallback', () => {
  it('reads invalid UTF-8 as Windows-1252 and says so (curly quotes, dashes, euro, accents)', () => {
    // "“Café” – 5 €…" saved as Windows-1252.
    const bytes = Uint8Array.from([
      0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80, 0x85,
    ]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: '“Café” – 5 €…', encoding: 'windows-1252' });
  });

  it('maps every defined byte 0x80–0x9F to its Windows-1252 character, never a control character', () => {
    const defined = Array.from({ length: 32 }, (_, i) => 0x80 + i).filter(
      (byte) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(byte),
    );
    const result = decodeText(Uint8Array.from([0x41, ...defined]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toBe('A€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
    expect(result.text).not.toMatch(/[\u0080-\u009f\uFFFD]/);
  });

  it('unifies line endings in Windows-1252 text too', () => {
    expect(decodeText(Uint8Array.from([0x93, 0x61, 0x94, 0x0d, 0x0a, 0x62, 0x0d, 0x63]))).toEqual({
      ok: true,
      text: '“a”\nb\nc',
      encoding: 'windows-1252',
    });
  });

  it('refuses bytes that are undefined in Windows-1252 rather than showing U+FFFD', () => {
    const result = decodeText(Uint8Array.from([0x48, 0x69, 0x81, 0x8d]));
    expect(result).toEqual({
      ok: false,
      reason: 'not valid UTF-8, and not Windows-1252 text either (unknown encoding)',
    });
    expect(JSON.stringify(result)).not.toContain('\uFFFD');
  });

  it('refuses UTF-8 mixed with stray bytes of another encoding rather than garbling the accents', () => {
    // "café" in UTF-8, then a Windows-1252 closing quote.
    const result = decodeText(Uint8Array.from([...utf8('café said '), 0x94]));
    expect(result).toEqual({
      ok: false,
      reason: 'mostly UTF-8 but with 1 invalid byte from another encoding (mixed encodings)',
    });
  });

  it('refuses damaged text behind a UTF-8 byte order mark instead of guessing', () => {
    const result = decodeText(withBom(Uint8Array.from([0x41, 0x93, 0x42])));
    expect(result).toEqual({ ok: false, reason: 'marked as UTF-8 but not valid UTF-8 (damaged text)' });
  });

  it('refuses overlong and surrogate encodings, which are not well-formed UTF-8', () => {
    for (const bad of [
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
    ]) {
      const result = decodeText(Uint8Array.from([0x61, ...bad, 0x62]));
      // Either refused or read as Windows-1252; never decoded as UTF-8.
      if (result.ok) expect(result.encoding).toBe('windows-1252');
      expect(JSON.stringify(result)).not.toContain('\uFFFD');
    }
  });
});

describe('decodeText: binary that has no NUL bytes', () => {
  it('refuses text full of control characters', () => {
    const bytes = Uint8Array.from([0x47, 0x49, 0x46, 0x01, 0x02, 0x03, 0x1b, 0x10, 0x41, 0x42]);
    expect(decodeText(bytes)).toEqual({ ok: false, reason: 'binary file (control characters), not text' });
  });

  it('tolerates a rare control character in long text (a form feed, a DOS end-of-file mark)', () => {
    const result = decodeText(utf8(`${'Plain words. '.repeat(20)}\f\n${'More. '.repeat(20)}\u001a`));
    expect(result.ok).toBe(true);
  });
});

describe('decodeText: never U+FFFD', () => {
  it('returns no replacement character for any of thousands of random byte strings', () => {
    // A fixed-seed generator, so a failure reproduces; bytes lean to the ranges UTF-8 cares about.
    let seed = 12345;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pool = [
      0x41, 0x20, 0x0a, 0x80, 0x9f, 0xa0, 0xbf, 0xc2, 0xc3, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5,
    ];
    let decodedAsUtf8 = 0;
    for (let n = 0; n < 5000; n++) {
      const length = 1 + Math.floor(next() * 12);
      const bytes = Uint8Array.from({ length }, () =>
        next() < 0.5 ? pool[Math.floor(next() * pool.length)]! : Math.floor(next() * 256),
      );
      const result = decodeText(bytes);
      if (result.ok) {
        expect(result.text).not.toContain('\uFFFD');
        if (result.encoding === 'utf-8') decodedAsUtf8++;
      }
    }
    expect(decodedAsUtf8).toBeGreaterThan(0);
  });
});
