// Comparison keys: plainTypography's mapping of typographic variants, and the key function
// makeKeyNormalizer builds for each combination of ignore options.
import { describe, expect, it } from 'vitest';
import type { CompareOptions } from '../../preload/contract';
import { DEFAULT_COMPARE_OPTIONS, makeKeyNormalizer, plainTypography } from './normalize';

const keyOf = (options: Partial<CompareOptions>): ((text: string) => string) =>
  makeKeyNormalizer({ ...DEFAULT_COMPARE_OPTIONS, ...options });

describe('plainTypography', () => {
  it('maps curly quotes, primes, dashes, ellipses and ligatures onto plain forms', () => {
    expect(plainTypography('“Moscow’s”—‘demands’… «non» 3–4 −2 ﬁne ′')).toBe(
      '"Moscow\'s"-\'demands\'... "non" 3-4 -2 fine \'',
    );
  });

  it('leaves plain text alone', () => {
    const plain = 'The "set the tone" call, 3:35 p.m. - it\'s over.';
    expect(plainTypography(plain)).toBe(plain);
  });
});

describe('makeKeyNormalizer', () => {
  it('compares words as they are by default', () => {
    expect(DEFAULT_COMPARE_OPTIONS).toEqual({
      granularity: 'word',
      ignoreCase: false,
      ignoreWhitespace: false,
      ignorePunctuation: false,
      ignoreTypography: false,
    });
    expect(keyOf({})('“Bridge,”')).toBe('“Bridge,”');
  });

  it('applies each ignore option', () => {
    expect(keyOf({ ignoreCase: true })('The BRIDGE')).toBe('the bridge');
    expect(keyOf({ ignorePunctuation: true })('“talks,” 50-minute $5 —')).toBe('talks 50minute 5 ');
    expect(keyOf({ ignoreTypography: true })('“tenor”')).toBe('"tenor"');
  });

  it('combines options: curly and straight variants get one key', () => {
    const key = keyOf({ ignoreCase: true, ignorePunctuation: true, ignoreTypography: true });
    expect(key('“Serious,”')).toBe(key('"serious"'));
    expect(key('Moscow’s')).toBe(key("moscow's"));
    expect(key('—')).toBe('');
  });
});
