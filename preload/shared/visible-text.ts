// Titles, file names and texts as shown: invisible characters that can disguise a name (a
// right-to-left override turning "txt.exe" around, a zero-width space making two names look
// the same) or drive a terminal are shown as ⟨U+202E⟩ instead of acting. Pure; shared by the
// app's list and headers (renderer) and the CLI's output (main), so both show the same
// characters. Lives beside the contract for that reason, as find-text.ts does.

// Bidirectional controls, zero-width and other invisible format characters, line and
// paragraph separators, and C0/C1 controls (a tab or line break has no place in a one-line
// title either; multi-line output keeps them, see `kept`).
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\ufff9-\ufffb]/gu;

/**
 * Joiners that real text needs: between letters (Persian, Indic) or inside emoji sequences.
 * Built at the first joiner met: the pattern's Unicode classes cost more to build than a
 * short `variorum diff` spends writing its output.
 */
let joined: RegExp | undefined;
const isJoined = (character: string): boolean =>
  (joined ??= /[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}]/u).test(character);

/** U+XXXX: the character's code point, four hex digits at least. */
export const codePointName = (character: string): string =>
  `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Each invisible character of `text` replaced by `replace(character)` (by default ⟨U+XXXX⟩),
 * except the characters in `kept` and joiners that real text needs between letters.
 */
export function withVisibleControls(
  text: string,
  kept = '',
  replace: (character: string) => string = (character) => `⟨${codePointName(character)}⟩`,
): string {
  return text.replace(INVISIBLE, (character, offset: number) => {
    if (kept.includes(character)) return character;
    if (character === '\u200c' || character === '\u200d') {
      const before = text.slice(Math.max(0, offset - 2), offset);
      const after = text.slice(offset + 1, offset + 3);
      const lastBefore = Array.from(before).at(-1) ?? '';
      const firstAfter = Array.from(after)[0] ?? '';
      if (isJoined(lastBefore) && isJoined(firstAfter)) return character;
    }
    return replace(character);
  });
}
