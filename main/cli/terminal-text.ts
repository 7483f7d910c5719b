// Titles, file names and article text come from files nobody vetted. Printed raw, their
// control characters could move the cursor, rewrite a line or retitle the terminal, and
// bidirectional overrides could reorder what a reader sees ("Trojan Source"). The CLI shows
// the characters the app shows as codes (preload/shared/visible-text.ts): readable output as a
// visible ⟨U+XXXX⟩, keeping tabs and line breaks; JSON escapes them as \uXXXX, so the data
// is the same.
import { codePointName, withVisibleControls } from '../../preload/shared/visible-text';

/** Readable output: every invisible character but tab and line feed shown as ⟨U+XXXX⟩. */
export const visibleControls = (text: string): string => withVisibleControls(text, '\n\t');

/** JSON for a terminal or a file: the same value, with invisible characters escaped. */
export const terminalJson = (value: unknown): string =>
  withVisibleControls(
    JSON.stringify(value, null, 2),
    '\n',
    (character) => `\\u${codePointName(character).slice(2)}`,
  );
