// withVisibleControls: invisible characters that can disguise a title or a file name are shown.
import { describe, expect, it } from 'vitest';
import { withVisibleControls } from './visible-text';

describe('withVisibleControls', () => {
  it('shows a right-to-left override instead of letting it reverse the name', () => {
    expect(withVisibleControls('invoice\u202Etxt.exe')).toBe('invoice⟨U+202E⟩txt.exe');
    expect(withVisibleControls('a\u2066b\u2069\u200f')).toBe('a⟨U+2066⟩b⟨U+2069⟩⟨U+200F⟩');
  });

  it('shows zero-width and other invisible characters', () => {
    expect(withVisibleControls('Bri\u200Bdge')).toBe('Bri⟨U+200B⟩dge');
    expect(withVisibleControls('\uFEFFTitle\u2060')).toBe('⟨U+FEFF⟩Title⟨U+2060⟩');
    expect(withVisibleControls('tab\there\u0007')).toBe('tab⟨U+0009⟩here⟨U+0007⟩');
    expect(withVisibleControls('x\u200Cy'.replace('y', '.txt'))).toBe('x⟨U+200C⟩.txt');
  });

  it('leaves ordinary text alone, including joiners that real scripts and emoji need', () => {
    for (const text of [
      'Bridge report – “final”',
      'מבזק חדשות',
      'می\u200Cخواهم',
      'क्\u200Dष',
      'family 👨\u200D👩\u200D👧 photo',
      '👍🏽 thumbs',
    ]) {
      expect(withVisibleControls(text)).toBe(text);
    }
  });
});
