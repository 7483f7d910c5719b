// Titles and file names as shown in the list and the headers: invisible characters that can
// disguise a name (a right-to-left override turning "txt.exe" around, a zero-width space
// making two names look the same) are shown as ⟨U+202E⟩ instead of acting. Display only.

// Bidirectional controls, zero-width and other invisible format characters, and C0/C1
// controls (a tab or line break has no place in a one-line title either).
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\ufff9-\ufffb]/gu;

/** Joiners that real text needs: between letters (Persian, Indic) or inside emoji sequences. */
const JOINED = /[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}]/u;

const codePoint = (character: string): string =>
  `⟨U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;

export function withVisibleControls(text: string): string {
  return text.replace(INVISIBLE, (character, offset: number) => {
    if (character === '\u200c' || character === '\u200d') {
      const before = text.slice(Math.max(0, offset - 2), offset);
      const after = text.slice(offset + 1, offset + 3);
      const lastBefore = Array.from(before).at(-1) ?? '';
      const firstAfter = Array.from(after)[0] ?? '';
      if (JOINED.test(lastBefore) && JOINED.test(firstAfter)) return character;
    }
    return codePoint(character);
  });
}
