// Titles, file names and article text come from files nobody vetted. Printed raw, their
// control characters could move the cursor, rewrite a line or retitle the terminal, and
// bidirectional overrides could reorder what a reader sees ("Trojan Source"). Readable output
// shows each as a visible ⟨U+XXXX⟩; JSON output escapes them as \uXXXX, so the data is the same.

/** C0 controls but tab and line feed, DEL, C1 controls, line and paragraph separators, bidi marks. */
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const codeOf = (character: string): string =>
  character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

/** Readable output: every unsafe character shown as ⟨U+XXXX⟩. */
export const visibleControls = (text: string): string =>
  text.replace(UNSAFE, (character) => `⟨U+${codeOf(character)}⟩`);

/** JSON for a terminal or a file: the same value, with unsafe characters escaped. */
export const terminalJson = (value: unknown): string =>
  JSON.stringify(value, null, 2).replace(UNSAFE, (character) => `\\u${codeOf(character)}`);
