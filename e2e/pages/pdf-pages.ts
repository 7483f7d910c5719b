// How full each page of a PDF that Chromium printed is: the glyphs (spaces left out) its
// content stream shows, counted from the text operators after inflating the stream. Enough to
// tell a page holding a header alone or a few words from a full one, without a PDF library.
import { inflateSync } from 'node:zlib';

/** Chromium's PDFs show text as glyph ids, four hex digits each; this is the space. */
const SPACE_GLYPH = '0003';

/** Glyphs other than spaces shown on each page, in page order. */
export function glyphsPerPage(pdf: Buffer): number[] {
  const text = pdf.toString('latin1');
  const streamOf = (id: string): string => {
    const header = new RegExp(`(?:^|\\n)${id} 0 obj\\s*<<([^>]*)>>\\s*stream\\r?\\n`).exec(text);
    if (!header) return '';
    const length = Number(/\/Length (\d+)/.exec(header[1]!)?.[1] ?? 0);
    const start = header.index + header[0].length;
    const raw = pdf.subarray(start, start + length);
    return /FlateDecode/.test(header[1]!) ? inflateSync(raw).toString('latin1') : raw.toString('latin1');
  };
  return [...text.matchAll(/\/Type \/Page\s[\s\S]*?\/Contents (\d+) 0 R/g)].map((page) => {
    let glyphs = 0;
    for (const shown of streamOf(page[1]!).matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) {
      for (let at = 0; at < shown[1]!.length; at += 4)
        if (shown[1]!.slice(at, at + 4) !== SPACE_GLYPH) glyphs++;
    }
    return glyphs;
  });
}
