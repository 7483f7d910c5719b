// The report page's safe HTML (pure): escaping, the small Markdown subset notes may use,
// links only when plain http(s), times and counts as the report prints them, and the page's
// style and Content-Security-Policy.
import { NOTE_COLORS } from './model';

/** Nothing may load and nothing may run, even if a file's text slipped past the escaping. */
export const CSP = "default-src 'none'; style-src 'unsafe-inline'";

export const count = (value: number): string => value.toLocaleString('en');
export const counted = (value: number, noun: string): string =>
  `${count(value)} ${noun}${value === 1 ? '' : 's'}`;

/** "2026-03-02 09:15 UTC", as in the Markdown export: the report should not depend on the machine. */
export function readableTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

// ── Markdown, a small safe subset ───────────────────────────────────────────────────────

/**
 * Paragraphs and line breaks, with **bold**, *italic*, `code` and [links](http…). Anything else
 * (headings, lists, raw HTML, other link schemes) stays visible as the characters written.
 */
export function markdownHtml(markdown: string): string {
  return markdown
    .split(/\r?\n[ \t]*\r?\n\s*/)
    .map(
      (paragraph) =>
        `<p>${paragraph
          .split(/\r\n|\r|\n/)
          .map(inlineHtml)
          .join('<br>')}</p>`,
    )
    .join('');
}

const INLINE =
  /\\([!-/:-@[-`{-~])|(`+)([^]*?[^`])\2(?!`)|\[([^\]\n]+)\]\(([^()\s]+)\)|\*\*(?=\S)([^]*?\S)\*\*|\*(?=[^\s*])([^*]*?[^\s*])\*|\b_(?=[^\s_])([^_]*?[^\s_])_\b/g;

function inlineHtml(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    html += escapeHtml(text.slice(last, match.index));
    last = match.index + match[0].length;
    const [whole, escaped, , code, linkText, url, bold, star, underscore] = match;
    if (escaped !== undefined) html += escapeHtml(escaped);
    else if (code !== undefined) html += `<code>${escapeHtml(code.trim() || code)}</code>`;
    else if (linkText !== undefined) {
      const href = safeHref(url!);
      html += href
        ? `<a href="${escapeHtml(href)}" rel="noreferrer">${inlineHtml(linkText)}</a>`
        : escapeHtml(whole);
    } else if (bold !== undefined) html += `<strong>${inlineHtml(bold)}</strong>`;
    else html += `<em>${inlineHtml(star ?? underscore!)}</em>`;
  }
  return html + escapeHtml(text.slice(last));
}

/** The URL, normalised, when it is plain http(s); null for every other scheme. */
function safeHref(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// ── Style ───────────────────────────────────────────────────────────────────────────────

/** Light tints and a serif body: meant to be read on paper as much as on screen. */
const NOTE_TINTS: Record<(typeof NOTE_COLORS)[number], string> = {
  yellow: '#e6c200',
  green: '#4caf50',
  blue: '#4a90d9',
  pink: '#e05a9a',
  purple: '#8e6cc9',
  grey: '#9e9e9e',
};

export const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 2rem auto; max-width: 72rem; padding: 0 1rem; font: 11pt/1.5 Georgia, 'Times New Roman', serif; color: #1f1f1f; background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { font-size: 1.6rem; margin: 0 0 1rem; }
h2 { font-size: 1.15rem; margin: 0 0 .4rem; }
h3 { font-size: 1.02rem; margin: 0 0 .4rem; }
/* Titles wrap between words only: never cut, hyphenated or broken mid-word. */
.title, thead th { overflow-wrap: normal; word-break: normal; hyphens: manual; }
h2.part { margin: 2rem 0 .6rem; border-bottom: 2px solid #bbb; }
.comparison, .article-notes { margin: 1.2rem 0 2rem; break-inside: auto; }
.article-notes > .article { margin-bottom: .4rem; }
header { margin-bottom: 1.5rem; }
.articles { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.article { border: 1px solid #ddd; border-radius: 4px; padding: .6rem .8rem; }
.letter { display: inline-block; min-width: 1.4em; text-align: center; border-radius: 3px; background: #eee; font-family: system-ui, sans-serif; font-size: .85em; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: 0; font-size: .95em; }
dt { color: #666; }
dd { margin: 0; overflow-wrap: anywhere; }
.stats { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; margin: .8rem 0 .2rem; }
.stat-insert { color: #1d6b35; }
.stat-delete { color: #9b2c2c; }
.caveat { color: #7a5a00; margin: .2rem 0; }
.generated { color: #666; font-size: .9em; margin: .2rem 0; }
table.rows { width: 100%; border-collapse: collapse; table-layout: fixed; }
.col-number { width: 5.5rem; }
thead th { text-align: left; border-bottom: 2px solid #bbb; padding: .3rem .5rem; font-weight: normal; color: #444; }
tbody th { vertical-align: top; text-align: left; font-weight: normal; padding: .4rem .5rem; color: #777; font-size: .85em; }
tbody th a { color: inherit; text-decoration: none; }
.kind { display: block; font-size: .9em; }
td { vertical-align: top; padding: .4rem .6rem; border-top: 1px solid #eee; }
tr.row-changed > th, tr.row-added > th, tr.row-removed > th, tr.row-moved > th { color: #333; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
td.gap { background: repeating-linear-gradient(135deg, #fafafa 0 6px, #f0f0f0 6px 12px); }
del { text-decoration: line-through; background: #fde4e4; color: #7d1f1f; }
ins { text-decoration: underline; background: #dcf3e2; color: #17502a; }
del.char { background: #f7c3c3; }
ins.char { background: #b9e6c6; }
.normalized { text-decoration: underline dotted #999; color: #555; }
mark { background: #fff3b0; }
.ref { font-family: system-ui, sans-serif; font-size: .7em; }
.ref a { color: #5a4a00; }
.move-link { font-size: .85em; color: #555; }
.notes { margin-top: .5rem; }
.note { border-left: 4px solid #9e9e9e; background: #fcfcf8; padding: .4rem .7rem; margin: .5rem 0; break-inside: avoid; font-size: .95em; }
${NOTE_COLORS.map((color) => `.note.color-${color} { border-left-color: ${NOTE_TINTS[color]}; }`).join('\n')}
.note p { margin: .2rem 0; }
.note-head, .times, .tags { font-family: system-ui, sans-serif; font-size: .8em; color: #555; }
.note-number { font-weight: bold; color: #333; }
.orphaned-label { font-family: system-ui, sans-serif; font-size: .8em; color: #8a4b00; font-weight: bold; }
.note.orphaned blockquote { border-left-style: dashed; }
blockquote { margin: .3rem 0; padding-left: .7rem; border-left: 2px solid #ddd; color: #444; font-style: italic; white-space: pre-wrap; }
.tag { background: #f0f0f0; border-radius: 3px; padding: 0 .3em; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9em; background: #f3f3f3; padding: 0 .2em; }
.note-section { margin: 1.5rem 0; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  a { color: inherit; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
}
`;
