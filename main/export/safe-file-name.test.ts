// safeFileName: what the save dialog may propose for an export, on any platform.
import { describe, expect, it } from 'vitest';
import { safeFileName } from './safe-file-name';

describe('safeFileName', () => {
  it('keeps an ordinary name as it is', () => {
    expect(safeFileName('notes-2026-03-02.md')).toBe('notes-2026-03-02.md');
    expect(safeFileName('Café report.html')).toBe('Café report.html');
    expect(safeFileName('.hidden.json')).toBe('.hidden.json');
  });

  it('refuses ".", "..", dots or spaces only, control characters and paths', () => {
    for (const name of ['.', '..', '...', ' . ', '   ', 'a\u0000b', 'tab\there', 'a/b', 'a\\b']) {
      expect(safeFileName(name), JSON.stringify(name)).toBeNull();
    }
  });

  it('puts an underscore before a reserved Windows device name, with or without extension', () => {
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('nul.txt')).toBe('_nul.txt');
    expect(safeFileName('COM1.csv')).toBe('_COM1.csv');
    expect(safeFileName('lpt9.notes.md')).toBe('_lpt9.notes.md');
    expect(safeFileName('AUX .json')).toBe('_AUX .json');
    expect(safeFileName('com¹.md')).toBe('_com¹.md');
    // Only the whole stem is reserved.
    expect(safeFileName('console.md')).toBe('console.md');
    expect(safeFileName('COM10.csv')).toBe('COM10.csv');
  });

  it('drops trailing dots and spaces, which Windows would drop silently', () => {
    expect(safeFileName('notes.md.')).toBe('notes.md');
    expect(safeFileName('notes.md . ')).toBe('notes.md');
    expect(safeFileName('con.')).toBe('_con');
  });

  it('replaces the characters Windows forbids', () => {
    expect(safeFileName('a:b?c*"d"<e>|.md')).toBe('a_b_c__d__e__.md');
  });
});
