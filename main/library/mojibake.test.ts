// checkMojibake: planted double-encoded UTF-8 (via Windows-1252 and via Latin-1), C1
// punctuation, cases left alone as ambiguous, and the real energy.gov capture.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';
import { C1_PUNCTUATION_LABEL, checkMojibake, DOUBLE_ENCODED_LABEL } from './mojibake';
import { corpusPath, SHARED_CORPUS } from '../shared-corpus';

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

  it('leaves text alone when a repair could be wrong, and says so', () => {
    // German with guillemets: "ß«" would decode to an NKo letter.
    const german = 'Er sagte »Gruß« und ging.';
    expect(checkMojibake(german)).toMatchObject({ kind: 'ambiguous' });
    // Real accented letters beside a pair that real text could hold ("Ã©" beside "é").
    const mixed = 'Résumé: the Ã© here might be real.';
    const check = checkMojibake(mixed);
    expect(check.kind).toBe('ambiguous');
    if (check.kind === 'ambiguous') expect(check.warning).toMatch(/left as decoded/);
  });

  it('still repairs unmistakable sequences beside real accented letters', () => {
    expect(repairedText('Café owner’s view'.replace('’', doubleEncode('’', 'windows-1252')))).toBe(
      'Café owner’s view',
    );
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
