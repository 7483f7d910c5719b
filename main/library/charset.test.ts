// charsetWarning: a page's declared charset against how its bytes were decoded, including the
// real capture that declares a charset that does not exist.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charsetWarning, declaredCharset } from './charset';
import { decodeText } from './decode';
import { prepareArticle } from './prepare-article';
import { corpusPath, SHARED_CORPUS } from '../testing/shared-corpus';

const page = (meta: string, body = 'Café'): string =>
  `<html><head>${meta}</head><body><p>${body}</p></body></html>`;

describe('charsetWarning', () => {
  it('reads both forms of the declaration', () => {
    expect(declaredCharset(page('<meta charset="UTF-8">'))).toBe('UTF-8');
    expect(
      declaredCharset(page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')),
    ).toBe('iso-8859-1');
    expect(declaredCharset(page(''))).toBeNull();
  });

  it('says nothing when the declaration agrees or is absent', () => {
    expect(charsetWarning(page('<meta charset="utf-8">'), 'utf-8')).toBeNull();
    expect(charsetWarning(page('<meta charset="latin1">'), 'windows-1252')).toBeNull();
    expect(charsetWarning(page(''), 'utf-8')).toBeNull();
    // Plain ASCII reads the same in any of them.
    expect(charsetWarning(page('<meta charset="iso-8859-1">', 'Cafe'), 'utf-8')).toBeNull();
  });

  it('names an unknown charset and what the page was read as', () => {
    expect(charsetWarning(page('<meta charset="who-knows">'), 'utf-8')).toBe(
      'declares the charset "who-knows", which is no known encoding: read as UTF-8',
    );
  });

  it('says when the bytes contradict the declaration', () => {
    expect(charsetWarning(page('<meta charset="iso-8859-1">'), 'utf-8')).toMatch(
      /valid UTF-8: read as UTF-8/,
    );
    expect(charsetWarning(page('<meta charset="shift_jis">'), 'windows-1252')).toMatch(
      /does not decode: read as Windows-1252/,
    );
  });

  const capture = SHARED_CORPUS && corpusPath('web-captures/nws-radar-status-unknown-charset.html');
  it.skipIf(!capture)('reads the real page that declares "who-knows-what-i-am" and says so', () => {
    const decoded = decodeText(readFileSync(capture!));
    if (!decoded.ok) throw new Error(decoded.reason);
    const prepared = prepareArticle({
      format: 'html',
      text: decoded.text,
      fileName: 'nws.html',
      encoding: decoded.encoding,
    });
    expect(prepared.text.trim()).not.toBe('');
    expect(prepared.warnings[0]).toBe(
      'declares the charset "who-knows-what-i-am", which is no known encoding: read as UTF-8',
    );
  });
});
