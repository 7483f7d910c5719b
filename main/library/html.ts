// Reads the article out of a saved web page as plain paragraphs, with its title, site,
// author and date. Pure and inert: the page is parsed by linkedom, which runs no script and
// loads nothing, and only text leaves this module, never markup.
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { PageTooComplexError } from './page-too-complex';

export { PageTooComplexError };

export interface HtmlArticle {
  title: string;
  /** The headline, then one paragraph per block of the article, separated by blank lines. */
  text: string;
  siteName?: string;
  author?: string;
  /** The publication date exactly as the page states it (often an ISO timestamp). */
  published?: string;
  /** Plain facts about what the page tried to do and was not allowed, e.g. "3 scripts removed". */
  warnings: string[];
}

// The DOM types are not part of the Node build, so the few members used here are declared
// structurally; linkedom's nodes have them all.
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}
interface DomElement extends DomNode {
  attributes: ArrayLike<{ name: string; value: string }>;
  getAttribute(name: string): string | null;
  remove(): void;
}
interface DomDocument {
  body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose end (and start) ends a paragraph. */
const BLOCK_TAGS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION CENTER DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION ' +
    'FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE ' +
    'TBODY TFOOT THEAD TR UL'
  ).split(' '),
);

/** Elements that never hold article text, or hold text no reader sees. */
const SKIPPED_TAGS = new Set(
  (
    'AUDIO BUTTON CANVAS EMBED FRAME FRAMESET HEAD IFRAME INPUT LINK MAP MATH META NOSCRIPT OBJECT ' +
    'SCRIPT SELECT STYLE SVG TEMPLATE TEXTAREA TITLE VIDEO'
  ).split(' '),
);

const isElement = (node: DomNode): node is DomElement => node.nodeType === ELEMENT_NODE;

const isHidden = (element: DomElement): boolean =>
  element.getAttribute('hidden') !== null ||
  element.getAttribute('aria-hidden') === 'true' ||
  /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.getAttribute('style') ?? '');

/** Paragraph text: inline whitespace collapsed, `<br>` kept as a line break, lines trimmed. */
function tidyParagraph(raw: string): string {
  return raw
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Preformatted text keeps its indentation; only blank lines around it and trailing spaces go. */
const tidyPreformatted = (raw: string): string => raw.replace(/[ \t\f]+$/gm, '').replace(/^\n+|\s+$/g, '');

/** One string per block element that has text, in document order. */
function paragraphsOf(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = (tidy: (raw: string) => string): void => {
    const paragraph = tidy(buffer);
    if (paragraph) paragraphs.push(paragraph);
    buffer = '';
  };
  // An explicit stack, not recursion: a page nested thousands of levels deep must not
  // overflow the call stack. A "close" entry ends a block once its children are done.
  type Step = { node: DomNode; inPre: boolean } | { close: (raw: string) => string };
  const stack: Step[] = [{ node: root, inPre: false }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('close' in step) {
      flush(step.close);
      continue;
    }
    const { node, inPre } = step;
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      // HTML collapses its own whitespace (not no-break spaces) except inside <pre>.
      buffer += inPre ? text : text.replace(/[ \t\n\f\r]+/g, ' ');
      continue;
    }
    if (!isElement(node)) continue;
    const tag = node.nodeName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || isHidden(node)) continue;
    if (tag === 'BR') {
      buffer += '\n';
      continue;
    }
    if (tag === 'TD' || tag === 'TH') buffer += ' ';
    const opensPre = tag === 'PRE' && !inPre;
    const block = BLOCK_TAGS.has(tag) && !inPre;
    if (block) {
      flush(tidyParagraph);
      stack.push({ close: opensPre ? tidyPreformatted : tidyParagraph });
    }
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) {
      stack.push({ node: children[index]!, inPre: inPre || opensPre });
    }
  }
  flush(tidyParagraph);
  return paragraphs;
}

/**
 * Nesting past this depth is no real page (saved news and Wikipedia pages stay under 40):
 * Readability's work grows with depth times size, so such a page could take minutes.
 */
export const MAX_HTML_DEPTH = 128;
/** Elements, counted with their depth (each one costs Readability a walk to the root). */
export const MAX_HTML_WORK = 2_000_000;

/** Measures the tree without recursion and refuses one too deep or too large to extract. */
function checkComplexity(root: DomNode): void {
  let work = 0;
  const stack: Array<[DomNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_HTML_DEPTH)
      throw new PageTooComplexError(`nested more than ${MAX_HTML_DEPTH} levels deep`);
    work += depth;
    if (work > MAX_HTML_WORK) throw new PageTooComplexError('too many nested elements');
    const children = node.childNodes;
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!;
      if (isElement(child)) stack.push([child, depth + 1]);
    }
  }
}

/**
 * linkedom builds the tree as written and does not add the `<html>`/`<body>` a browser would
 * imply, so a page saved without them is given them before parsing.
 */
function parseDocument(html: string): DomDocument {
  let source = html;
  if (!/<body[\s>]/i.test(html)) {
    const head = /<head[\s>][\s\S]*?<\/head>/i.exec(html)?.[0] ?? '';
    const rest = html.replace(head, '').replace(/<!doctype[^>]*>|<\/?html[^>]*>/gi, '');
    source = `<!DOCTYPE html><html>${head || '<head></head>'}<body>${rest}</body></html>`;
  }
  return new DOMParser().parseFromString(source, 'text/html') as unknown as DomDocument;
}

const count = (n: number, one: string, many: string, what: string): string =>
  `${n} ${n === 1 ? one : many} ${what}`;

const isRemoteUrl = (value: string | null): boolean => /^\s*(https?:)?\/\//i.test(value ?? '');

/** Executable scripts only: JSON-LD and other data blocks never run anywhere. */
const isExecutableScript = (script: DomElement): boolean =>
  /^(|text\/javascript|application\/javascript|module|text\/ecmascript)$/i.test(
    (script.getAttribute('type') ?? '').trim(),
  );

/** Browsers ignore control characters and spaces around and inside a URL's scheme. */
const isScriptUrl = (value: string): boolean =>
  Array.from(value.slice(0, 64))
    .filter((character) => character.charCodeAt(0) > 0x20)
    .join('')
    .toLowerCase()
    .startsWith('javascript:');

const RESOURCE_LINK = /\b(stylesheet|icon|preload|prefetch|modulepreload|manifest|apple-touch-icon)\b/i;

/** What the page would have run or fetched in a browser; here none of it happens. */
function warningsFor(doc: DomDocument): string[] {
  const all = Array.from(doc.querySelectorAll('*'));
  const scripts = Array.from(doc.querySelectorAll('script')).filter(isExecutableScript).length;
  let handlers = 0;
  let scriptUrls = 0;
  for (const element of all) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) handlers++;
      else if (isScriptUrl(attribute.value)) scriptUrls++;
    }
  }
  const frames = doc.querySelectorAll('iframe, frame').length;
  let remote = 0;
  for (const element of all) {
    const tag = element.nodeName.toUpperCase();
    // Frames are counted on their own and scripts are never fetched; neither counts twice.
    if (tag === 'IFRAME' || tag === 'FRAME' || tag === 'SCRIPT') continue;
    const sources =
      tag === 'LINK'
        ? RESOURCE_LINK.test(element.getAttribute('rel') ?? '')
          ? [element.getAttribute('href')]
          : []
        : ['src', 'srcset', 'poster', 'data'].map((name) => element.getAttribute(name));
    if (sources.some(isRemoteUrl)) remote++;
    else if (/url\(\s*['"]?\s*(https?:)?\/\//i.test(element.getAttribute('style') ?? '')) remote++;
  }
  const refresh = Array.from(doc.querySelectorAll('meta')).filter(
    (meta) => (meta.getAttribute('http-equiv') ?? '').toLowerCase() === 'refresh',
  ).length;

  const warnings: string[] = [];
  if (scripts) warnings.push(count(scripts, 'script', 'scripts', 'removed'));
  if (handlers) warnings.push(count(handlers, 'inline event handler', 'inline event handlers', 'removed'));
  if (scriptUrls) warnings.push(count(scriptUrls, 'javascript: link', 'javascript: links', 'removed'));
  if (frames) warnings.push(count(frames, 'embedded frame', 'embedded frames', 'not loaded'));
  if (remote) warnings.push(count(remote, 'remote resource', 'remote resources', 'not loaded'));
  if (refresh) warnings.push(count(refresh, 'automatic redirect', 'automatic redirects', 'ignored'));
  return warnings;
}

/** The first non-empty `content` of `<meta>` tags matched by the selectors, in order of preference. */
function metaContent(
  doc: DomDocument,
  selectors: string[],
  accept = (_value: string) => true,
): string | undefined {
  for (const selector of selectors) {
    for (const element of Array.from(doc.querySelectorAll(selector))) {
      const value = (element.getAttribute('content') ?? element.getAttribute('datetime') ?? '')
        .replace(/\s+/g, ' ')
        .trim();
      if (value && accept(value)) return value;
    }
  }
  return undefined;
}

const notUrl = (value: string): boolean => !/^[a-z]+:\/\//i.test(value);

function pageMetadata(doc: DomDocument): Pick<HtmlArticle, 'siteName' | 'author' | 'published'> & {
  title?: string;
} {
  const documentTitle = doc.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  return {
    title:
      documentTitle ||
      metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ||
      undefined,
    siteName: metaContent(doc, [
      'meta[property="og:site_name"]',
      'meta[name="application-name"]',
      'meta[name="publisher"]',
    ]),
    // article:author is often a profile URL, which is no name.
    author: metaContent(
      doc,
      [
        'meta[name="author"]',
        'meta[property="article:author"]',
        'meta[name="article:author"]',
        'meta[name="dc.creator" i]',
        'meta[name="parsely-author"]',
        'meta[name="byl"]',
      ],
      notUrl,
    )?.replace(/^by\s+/i, ''),
    published: metaContent(doc, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="parsely-pub-date"]',
      'meta[name="dc.date" i]',
      'meta[name="date"]',
      'meta[name="pubdate"]',
      'time[pubdate]',
      'time[itemprop="datePublished"]',
    ]),
  };
}

/** "Headline | Site" and "Headline - Site" lose the site's name when it is known. */
function withoutSiteName(title: string, siteName: string | undefined): string {
  if (!siteName) return title;
  for (const separator of [' | ', ' - ', ' – ', ' — ', ' · ', ' :: ']) {
    const suffix = `${separator}${siteName}`;
    if (title.toLowerCase().endsWith(suffix.toLowerCase()) && title.length > suffix.length) {
      return title.slice(0, -suffix.length).trim();
    }
  }
  return title;
}

type ReadabilityResult = ReturnType<Readability<DomNode>['parse']>;

function readArticle(html: string): ReadabilityResult {
  // Readability changes the tree it reads, so it gets a document of its own.
  const doc = parseDocument(html);
  try {
    return new Readability<DomNode>(doc as never, {
      serializer: (node) => node as unknown as DomNode,
    }).parse();
  } catch {
    // A page Readability cannot take apart is read whole below.
    return null;
  }
}

const sameText = (a: string, b: string): boolean =>
  a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

export function extractHtmlArticle(html: string, fileName: string): HtmlArticle {
  const doc = parseDocument(html);
  // Before Readability, which walks the tree recursively and slowly on deep nesting.
  checkComplexity(doc as unknown as DomNode);
  const warnings = warningsFor(doc);
  const meta = pageMetadata(doc);
  const article = readArticle(html);

  let paragraphs = article?.content ? paragraphsOf(article.content) : [];
  if (paragraphs.length === 0 && doc.body) paragraphs = paragraphsOf(doc.body);

  const siteName = meta.siteName ?? (article?.siteName?.trim() || undefined);
  const pageTitle =
    article?.title?.trim() ||
    meta.title ||
    (doc.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const title = pageTitle ? withoutSiteName(pageTitle, siteName) : fileName;
  // The headline opens the text, as in the plain-text copies this page is compared with.
  if (pageTitle && !(paragraphs[0] && sameText(paragraphs[0], title))) paragraphs.unshift(title);

  const result: HtmlArticle = { title, text: paragraphs.join('\n\n'), warnings };
  if (siteName) result.siteName = siteName;
  const author = meta.author ?? (article?.byline?.replace(/^by\s+/i, '').trim() || undefined);
  if (author) result.author = author;
  const published = meta.published ?? (article?.publishedTime?.trim() || undefined);
  if (published) result.published = published;
  return result;
}
