// The name the save dialog proposes for an export, made safe on every platform: Windows
// refuses device names (CON, nul.txt, COM1.csv) and drops trailing dots and spaces, and no
// system has a file called "." or "..". Pure.

/** Device names Windows reserves whatever the extension; COM¹ and friends count as digits. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Characters Windows does not allow in a name (the slashes are refused before this). */
const WINDOWS_FORBIDDEN = /[<>:"|?*]/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * A usable file name for `suggested`, or null when nothing usable is left (".", "..", dots
 * and spaces only, control characters). Reserved device names get a leading underscore.
 */
export function safeFileName(suggested: string): string | null {
  if (CONTROL.test(suggested) || /[/\\]/.test(suggested)) return null;
  const trimmed = suggested
    .trim()
    .replace(/[. ]+$/, '')
    .replace(WINDOWS_FORBIDDEN, '_');
  if (!trimmed || /^\.+$/.test(trimmed)) return null;
  const stem = trimmed.split('.')[0]!.trimEnd();
  return RESERVED.test(stem) ? `_${trimmed}` : trimmed;
}
