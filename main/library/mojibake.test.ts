// checkMojibake: planted double-encoded UTF-8 (via Windows-1252 and via Latin-1), C1
// punctuation, cases left alone as ambiguous, and the real energy.gov capture.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';
import { C1_PUNCTUATION_LABEL, checkMojibake, DOUBLE_ENCODED_LABEL } from './mojibake';
import { corpusPath, SHARED_CORPUS } from '../testing/shared-corpus';

/** What a UTF-8 file looks like after being read as Windows-1252 (or Latin-1) and saved again. */
function doubleEncode(text: string, via: 'windows-1252' | 'latin-1'): string {
  const cp1252: Record<number, number> = {
    0x80: 0x20ac,
    0x99: 0x2122,
    0x9c: 0x0153,
    0x9d: 0,
    0x93: 0x201c,
    0x94: 0x201d,
    0xa6: 0xa6,
    0x98: 0x02dc,
  };
  return Array.from(new TextEncoder().encode(text), (byte) => {
    if (via === 'windows-1252' && byte >= 0x80 && byte <= 0x9f && cp1252[byte])
      return String.fromCharCode(cp1252[byte]!);
    return String.fromCharCode(byte);
  }).join('');
}

const repairedText = (text: string): string => {
  const check = checkMojibake(text);
  if (check.kind !== 'repaired') throw new Error(`not repaired: ${check.kind}`);
  return check.text;
};

describe('checkMojibake', () => {
  it('leaves ASCII and correct UTF-8 alone', () => {
    expect(checkMojibake('Plain ASCII text.')).toEqual({ kind: 'clean' });
    expect(checkMojibake('Café, naïve, Español, “quoted” — 20 °C, © 2021, 北京, 🙂')).toEqual({
      kind: 'clean',
    });
  });

  it('repairs UTF-8 read as Windows-1252 and saved again, and labels it', () => {
    const original = 'The minister’s “serious” talks in España — 5 €.';
    const garbled = doubleEncode(original, 'windows-1252');
    expect(garbled).toContain('â€™');
    expect(garbled).toContain('EspaÃ±a');
    const check = checkMojibake(garbled);
    expect(check).toEqual({ kind: 'repaired', text: original, label: DOUBLE_ENCODED_LABEL, count: 6 });
  });

  it('repairs UTF-8 read as Latin-1 (C1 controls inside the sequences)', () => {
    const original = 'Women’s Equality Day… and naïveté';
    expect(repairedText(doubleEncode(original, 'latin-1'))).toBe(original);
  });

  it('repairs text encoded twice over', () => {
    const original = 'Didn’t know';
    expect(repairedText(doubleEncode(doubleEncode(original, 'windows-1252'), 'windows-1252'))).toBe(original);
  });

  it('turns Windows-1252 punctuation read as Latin-1 into the punctuation', () => {
    const check = checkMojibake('It\u0092s \u0093done\u0094 \u0096 now');
    expect(check).toEqual({
      kind: 'repaired',
      text: 'It’s “done” – now',
      label: C1_PUNCTUATION_LABEL,
      count: 4,
    });
  });

  it('never touches real words that only look garbled', () => {
    for (const real of [
      'NESTLÉ® requiere contratar personal',
      'the CAFÉ™ range',
      'RETWEET SE VOCÊ…',
      'Join ZZAJÉ’s Official Fan List',
      'a radius of 10 Å—',
      'Er sagte »Gruß« und ging.',
      'C O N C L U S Ã O',
      'ВІКІ is Ukrainian for WIKI',
      'Offering 5×£35 pin ups',
    ])
      expect(checkMojibake(`A clean paragraph. ${real} and more.`), real).toEqual({ kind: 'clean' });
  });

  it('decides each garbled place on its own: one doubtful run never blocks the rest', () => {
    // "NESTLÉ®" reads as a real word; the unmistakable "EspaÃ±ol" beside it is repaired.
    const check = checkMojibake('NESTLÉ® hires staff. Read it in EspaÃ±ol, or in franÃ§ais.');
    expect(check).toMatchObject({
      kind: 'repaired',
      text: 'NESTLÉ® hires staff. Read it in Español, or in français.',
    });
  });

  it('doubts one lone place in a paragraph whose other accents read as they are', () => {
    // The real "–" shows the paragraph was not misread as a whole; a single "Ã¥" (å?) is then
    // not enough to change the text: it is left with a warning.
    expect(checkMojibake('Notes – from KÃ¥re Olsen, the harbour master.')).toMatchObject({
      kind: 'ambiguous',
    });
    // Two clear places, or one holding a C1 control (never written on purpose), make the case.
    expect(repairedText('Notes – from KÃ¥re and BjÃ¸rn, the harbour masters.')).toBe(
      'Notes – from Kåre and Bjørn, the harbour masters.',
    );
    expect(repairedText('Notes – she said \u00e2\u0080\u009cyes\u00e2\u0080\u009d twice.')).toBe(
      'Notes – she said “yes” twice.',
    );
  });

  it('leaves one garbled-looking word quoted in a text whose other accents read right', () => {
    const note = 'Encodings — a short note.\n\nA page read twice shows "EspaÃ±ol" where it meant Spanish.';
    expect(checkMojibake(note)).toMatchObject({ kind: 'ambiguous' });
    // The same word in an all-ASCII text, or one of several, is repaired.
    expect(repairedText('A page read twice shows EspaÃ±ol.')).toBe('A page read twice shows Español.');
    expect(repairedText(`${note} And franÃ§ais.`)).toContain('"Español"');
  });

  it('repairs a double-encoded page whose language menu has many writing systems', () => {
    const page = [
      'Languages: English · Español · עברית · العربية · हिन्दी · ไทย · 日本語 · Русский · Ελληνικά',
      'The agency’s “roaming” guidance — updated 5 May — costs €0 to read.',
    ].join('\n');
    const garbled = doubleEncode(page, 'windows-1252');
    expect(garbled).toContain('EspaÃ±ol');
    expect(repairedText(garbled)).toBe(page);
  });

  it('repairs UTF-8 misread in other code pages: Windows-1251, MacRoman', () => {
    const russian = 'Привет, мир';
    const asCp1251 = new TextDecoder('windows-1251').decode(new TextEncoder().encode(russian));
    expect(repairedText(`Greeting: ${asCp1251}.`)).toBe(`Greeting: ${russian}.`);
    const french = 'Le médecin conseille gâteaux';
    const asMacRoman = new TextDecoder('macintosh').decode(new TextEncoder().encode(french));
    expect(asMacRoman).toContain('√©');
    expect(repairedText(asMacRoman)).toBe(french);
  });

  it('says when a place looks double-encoded but reads too much like real text to change', () => {
    // "Ã’s" would be "Òs" restored, but reads as a possessive of the letter Ã.
    expect(checkMojibake('There are a lot of Ã’s in mojibake text.')).toEqual({
      kind: 'ambiguous',
      warning: '1 passage looks double-encoded but could be real text: left as decoded',
    });
  });

  const real = SHARED_CORPUS && corpusPath('web-captures/energy-gov/capture-1.html');
  it.skipIf(!real)('repairs the real energy.gov capture (UTF-8 read as Latin-1, saved as UTF-8)', () => {
    const decoded = decodeText(readFileSync(real!));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.text).toContain('Women\u00e2\u0080\u0099s Equality Day');
    const check = checkMojibake(decoded.text);
    expect(check.kind).toBe('repaired');
    if (check.kind !== 'repaired') return;
    expect(check.label).toBe(DOUBLE_ENCODED_LABEL);
    expect(check.text).toContain('Women’s Equality Day');
    expect(check.text).not.toMatch(/[\u0080-\u009f]|â€|Â /);
    expect(check.count).toBe(22);
  });
});
