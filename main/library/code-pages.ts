// The single-byte code pages that UTF-8 is most often misread as, each as a map from the
// character a misreading produced back to the byte it stood for. Pure.
//
// Tables come from the platform's WHATWG decoders, made "sloppy" the way misreading software
// is: a byte the code page leaves undefined is read as the Latin-1 character of that byte,
// so no byte is ever lost. Two are spelled out: IBM PC code page 437, which has no WHATWG
// decoder, and Windows-1252, which Node's decoder reads as Latin-1 (0x93 as U+0093, not “).

export interface CodePage {
  name: string;
  /** Character (UTF-16 code unit) → byte 0x80–0xFF. ASCII maps to itself and is not listed. */
  byteOf: Map<number, number>;
  /**
   * How much clearer a repair through this page must be than one through Windows-1252: the
   * rarer the misreading, the more evidence it needs (in text-oddness.ts's units).
   */
  doubt: number;
}

// Windows-1252's 0x80–0x9F; 0xA0–0xFF are Latin-1's. Undefined bytes keep their C1 control.
const WINDOWS_1252_HIGH =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ' +
  Array.from({ length: 96 }, (_, i) => String.fromCharCode(0xa0 + i)).join('');

const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀' +
  'αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

function highCharacters(whatwgName: string): string {
  const bytes = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
  const decoded = new TextDecoder(whatwgName).decode(bytes);
  return Array.from(decoded, (character, i) =>
    character === '\ufffd' ? String.fromCharCode(0x80 + i) : character,
  ).join('');
}

function codePage(name: string, high: string, doubt: number, alsoLatin1 = false): CodePage {
  const byteOf = new Map<number, number>();
  Array.from(high).forEach((character, i) => {
    const code = character.charCodeAt(0);
    if (!byteOf.has(code)) byteOf.set(code, 0x80 + i);
  });
  // Latin-1 reads 0x80–0x9F as C1 controls where Windows-1252 has punctuation: one page
  // covers both misreadings, and text that mixes them.
  if (alsoLatin1) for (let byte = 0x80; byte <= 0x9f; byte++) if (!byteOf.has(byte)) byteOf.set(byte, byte);
  return { name, byteOf, doubt };
}

let built: readonly CodePage[] | undefined;

/**
 * The code pages tried, most common misreading first. Windows-1252 read "sloppily" covers
 * Latin-1 as well: its undefined bytes come back as the C1 controls Latin-1 gives them.
 * Built on first use (eight decoders and their tables): ASCII text never needs them.
 */
export const codePages = (): readonly CodePage[] =>
  (built ??= [
    codePage('Windows-1252 or Latin-1', WINDOWS_1252_HIGH, 0, true),
    codePage('Windows-1251', highCharacters('windows-1251'), 1),
    codePage('Windows-1250', highCharacters('windows-1250'), 1),
    codePage('ISO-8859-2', highCharacters('iso-8859-2'), 1),
    codePage('Windows-1253', highCharacters('windows-1253'), 1),
    codePage('Windows-1254', highCharacters('windows-1254'), 1),
    codePage('Windows-1257', highCharacters('windows-1257'), 1),
    codePage('MacRoman', highCharacters('macintosh'), 2),
    codePage('KOI8-R', highCharacters('koi8-r'), 3),
    codePage('IBM437', CP437_HIGH, 2),
  ]);

/** Windows-1252's characters for bytes 0x80–0x9F, for C1 controls left in decoded text. */
export const WINDOWS_1252_C1 = WINDOWS_1252_HIGH.slice(0, 32);
