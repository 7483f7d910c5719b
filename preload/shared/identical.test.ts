// samenessOf: byte-identical files, identical texts, identical only after cleaning or options.
import { describe, expect, it } from 'vitest';
import { ignoredBy, samenessOf } from './identical';

const facts = {
  fileHashes: ['f1', 'f2'],
  textHashes: ['t1', 't2'],
  differs: false,
  cleaned: false,
  ignoring: [],
} as const;

describe('samenessOf', () => {
  it('says byte for byte when the files are the same, whatever the options', () => {
    expect(samenessOf({ ...facts, fileHashes: ['f', 'f'], cleaned: true })).toBe(
      'A and B are identical (byte for byte)',
    );
  });

  it('tells identical text from identical files, and from sameness after cleaning or options', () => {
    expect(samenessOf({ ...facts, textHashes: ['t', 't'] })).toMatch(/identical as text/);
    expect(samenessOf({ ...facts, cleaned: true })).toBe('A and B are identical after cleaning');
    expect(samenessOf({ ...facts, cleaned: true, ignoring: ['case'] })).toBe(
      'A and B are identical after cleaning and ignoring case',
    );
    expect(samenessOf(facts)).toBe('A and B are identical as compared');
  });

  it('says nothing when they differ', () => {
    expect(samenessOf({ ...facts, differs: true, cleaned: true })).toBeNull();
  });

  it('names the ignore options in use', () => {
    expect(
      ignoredBy({
        ignoreCase: true,
        ignoreWhitespace: false,
        ignorePunctuation: true,
        ignoreTypography: false,
      }),
    ).toEqual(['case', 'punctuation']);
  });
});
