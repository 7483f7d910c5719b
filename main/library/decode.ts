// Turns a file's bytes into text, or says in plain words why it cannot be read as text.
// Pure: no I/O. Encodings beyond UTF-8 come with the library issue; until then invalid
// UTF-8 is refused rather than shown with replacement characters.

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not text' };
  const hasBom = UTF8_BOM.every((byte, i) => bytes[i] === byte);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(hasBom ? bytes.subarray(3) : bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, reason: 'empty file (only whitespace)' };
  return { ok: true, text };
}
