// Turns a file's bytes into text and names the encoding it was read as, or says in plain
// words why it cannot be read as text. Pure: no I/O. Garbled text is refused, never shown:
// no U+FFFD replacement character is ever produced here.
import type { TextEncodingLabel } from '../../preload/contract';

/** The encoding a file was read as; the UI shows it as "decoded as …". */
export type { TextEncodingLabel };

export type DecodeResult =
  { ok: true; text: string; encoding: TextEncodingLabel } | { ok: false; reason: string };

/** Bytes 0x80–0x9F of Windows-1252; 0 marks the five bytes the code page leaves undefined. */
// Written out rather than left to TextDecoder('windows-1252'): Node 20's decoder treats the
// label as ISO-8859-1 and turns curly quotes into invisible C1 control characters.
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
  0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0, 0x017e, 0x0178,
];

const startsWith = (bytes: Uint8Array, prefix: number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);

/** Control characters that never occur in text (tab, line breaks and form feed do). */
const isStrayControl = (code: number): boolean =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d) ||
  code === 0x7f;

// The characters isStrayControl accepts (NUL included).
// eslint-disable-next-line no-control-regex
const ANY_STRAY_CONTROL = /[\x00-\x08\x0e-\x1f\x7f]/;

/**
 * Text with NUL or more than 1% other control characters is a binary file that happened to
 * decode: showing it would only display garbage.
 */
function looksBinary(text: string): boolean {
  // Nearly every file has no control character at all: one native scan settles it.
  if (!ANY_STRAY_CONTROL.test(text)) return false;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if (isStrayControl(code)) controls++;
  }
  return controls > 0 && controls / text.length > 0.01;
}

interface Utf8Survey {
  /** Well-formed sequences of two to four bytes, i.e. non-ASCII characters. */
  multiByte: number;
  /** Bytes that are not part of any well-formed sequence. */
  invalid: number;
  /** The only invalid bytes are the start of a sequence cut off by the end of the file. */
  cutAtEnd: boolean;
}

/** Length of the UTF-8 sequence starting at `i` if it is well formed, else 0. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  const cont = (k: number): boolean => i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
  if (lead >= 0xc2 && lead <= 0xdf) return cont(1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const second = bytes[i + 1] ?? 0;
    // Overlong forms (E0 80–9F) and UTF-16 surrogates (ED A0–BF) are not well formed.
    if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second > 0x9f)) return 0;
    return cont(1) && cont(2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const second = bytes[i + 1] ?? 0;
    if ((lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second > 0x8f)) return 0;
    return cont(1) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

function surveyUtf8(bytes: Uint8Array): Utf8Survey {
  let multiByte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length;) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const length = utf8SequenceAt(bytes, i);
    if (length > 0) {
      multiByte++;
      i += length;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  // A lead byte followed only by continuation bytes up to the end: the file was cut short.
  const tail = firstInvalid < 0 ? [] : Array.from(bytes.subarray(firstInvalid));
  const cutAtEnd =
    tail.length > 0 &&
    tail.length < 4 &&
    tail[0]! >= 0xc2 &&
    tail[0]! <= 0xf4 &&
    tail.slice(1).every((byte) => (byte & 0xc0) === 0x80);
  return { multiByte, invalid, cutAtEnd };
}

/** Windows-1252, or null when the bytes use one of its five undefined positions. */
function decodeWindows1252(bytes: Uint8Array): string | null {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes: number[] = [];
    for (const byte of bytes.subarray(start, start + 8192)) {
      const code = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : byte;
      if (code === 0) return null;
      codes.push(code);
    }
    text += String.fromCharCode(...codes);
  }
  return text;
}

function finish(text: string, encoding: TextEncodingLabel): DecodeResult {
  if (looksBinary(text)) return { ok: false, reason: 'binary file (control characters), not text' };
  const unified = text.replace(/\r\n?/g, '\n');
  if (unified.trim() === '') return { ok: false, reason: 'empty file (only whitespace)' };
  return { ok: true, text: unified, encoding };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  const body = bytes.subarray(2);
  if (body.length === 0) return { ok: false, reason: 'empty file (only a byte order mark)' };
  try {
    return finish(new TextDecoder(encoding, { fatal: true }).decode(body), encoding);
  } catch {
    const label = encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
    return { ok: false, reason: `starts as ${label} text but is not valid ${label} (cut short or damaged)` };
  }
}

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  // Byte order marks come before the NUL test: UTF-16 text is full of NUL bytes.
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return { ok: false, reason: 'UTF-32 text is not supported (save it as UTF-8)' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be');
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not text' };

  const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (hasBom && body.length === 0) return { ok: false, reason: 'empty file (only a byte order mark)' };
  // Valid UTF-8 is the common case and the native decoder checks it fastest; only text it
  // refuses is surveyed byte by byte to choose between a fallback and a refusal.
  let valid: string | null = null;
  try {
    valid = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    valid = null;
  }
  if (valid !== null) return finish(valid, hasBom ? 'utf-8 (BOM)' : 'utf-8');
  const survey = surveyUtf8(body);
  if (survey.invalid === 0) {
    return finish(new TextDecoder('utf-8').decode(body), hasBom ? 'utf-8 (BOM)' : 'utf-8');
  }
  if (hasBom) return { ok: false, reason: 'marked as UTF-8 but not valid UTF-8 (damaged text)' };
  if (survey.cutAtEnd) {
    return { ok: false, reason: 'not valid UTF-8: the file ends in the middle of a character (cut short?)' };
  }
  // Valid multi-byte sequences beside invalid bytes mean UTF-8 mixed with another encoding;
  // reading it all as Windows-1252 would garble every accented letter, so refuse instead.
  if (survey.multiByte > 0) {
    const count = survey.invalid === 1 ? '1 invalid byte' : `${survey.invalid} invalid bytes`;
    return { ok: false, reason: `mostly UTF-8 but with ${count} from another encoding (mixed encodings)` };
  }
  const fallback = decodeWindows1252(body);
  if (fallback === null) {
    return { ok: false, reason: 'not valid UTF-8, and not Windows-1252 text either (unknown encoding)' };
  }
  return finish(fallback, 'windows-1252');
}
