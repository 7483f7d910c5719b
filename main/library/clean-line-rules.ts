// Boilerplate rules that read one line at a time: widget errors, page furniture, comment
// notices, newsletter pitches, doubled captions and "Recommended Stories" lists. They mark
// single lines, so junk glued to real text by a single line break (common in scraped copies)
// can go without the text beside it. Pure.

export interface Line {
  /** As written. */
  raw: string;
  /** Without list bullets, with spacing collapsed: what the rules read. */
  plain: string;
  /** The line opened with a list bullet or number. */
  bulleted: boolean;
  words: number;
  reason?: string;
}

const BULLET = /^\s*(?:[•·▪◦‣●○■□–—*+-]|\d{1,2}[.)])\s*/;

export function toLine(raw: string): Line {
  const bullet = BULLET.exec(raw);
  // A hyphen or digit opens a list only when followed by a space ("-5 degrees" is text).
  const bulleted = bullet !== null && (/[•·▪◦‣●○■□]/.test(bullet[0]) || /\s$/.test(bullet[0]));
  const text = bulleted ? raw.slice(bullet![0].length) : raw;
  // Most lines need no collapsing: test before building a new string.
  const plain = (/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
  let words = plain ? 1 : 0;
  for (let i = 0; i < plain.length; i++) if (plain.charCodeAt(i) === 32) words++;
  return { raw, plain, bulleted, words };
}

/** Double quotes of any style, or an opening single quote (‘We had no choice,’ she said). */
export const hasQuotation = (text: string): boolean => /["“”«»„‘]|(?:^|[\s(])'(?=\p{L})/u.test(text);

const WIDGET_PIECE =
  /^(?:\s*(?:oops!?|something went wrong[.!]?|please try again(?: later)?[.!]?|reload(?: the page)? to try again[.!]?|try again(?: later)?[.!]?))+\s*$/i;

/** Widget errors often print over several lines; a run of pieces that says it all is one error. */
function markWidgetErrors(lines: Line[]): void {
  for (let start = 0; start < lines.length;) {
    let end = start;
    while (end < lines.length && WIDGET_PIECE.test(lines[end]!.plain)) end++;
    if (end === start) {
      start++;
      continue;
    }
    const run = lines.slice(start, end);
    const said = run.map((line) => line.plain).join(' ');
    if (/something went wrong/i.test(said) && /oops|try again/i.test(said)) {
      for (const line of run) line.reason = 'widget error';
    }
    start = end;
  }
}

/** Interface labels, matched as whole lines and as sites print them (capitalised, no full stop). */
const FURNITURE = new RegExp(
  '^(?:' +
    [
      'Advertisements?',
      'ADVERTISEMENT',
      'Sponsored(?: content)?',
      '(?:Story|Article) continues (?:below|after) (?:the )?(?:advertisement|ad)',
      'Continue reading(?: (?:below|the main story))?',
      'Skip to (?:main )?content',
      'Share(?: this)?(?: article| story| page)?',
      'Share on (?:Facebook|Twitter|X|LinkedIn|WhatsApp|Email)',
      'Tweet',
      'Email',
      'Print',
      'Copy link',
      'Link copied',
      'Listen to (?:this )?article',
      'In this article:?',
      'Show comments',
      'View comments',
      'Jump to comments',
      'Back to top',
      'Enlarge this image',
      'Toggle caption',
      '\\d+\\s*(?:-\\s*)?(?:min|minutes?)\\.? read',
    ].join('|') +
    ')$',
);

function markFurniture(lines: Line[]): void {
  for (const line of lines) {
    if (!line.reason && FURNITURE.test(line.plain)) line.reason = 'page furniture';
  }
}

/** The site talking about its own comments, never a report about someone else's. */
function isCommentNotice(line: Line): boolean {
  if (line.words > 60 || hasQuotation(line.plain)) return false;
  const text = line.plain;
  return (
    /\bwe(?:'re| are| have|'ve)?\b[^.]{0,80}\b(?:suspend|disabl|clos|turn(?:ed|ing)? off|paus|remov)\w*[^.]{0,30}\bcomment/i.test(
      text,
    ) ||
    (line.words <= 25 &&
      /^(?:the )?comments?(?: section)? (?:are|is|has been|have been) (?:now |temporarily )?(?:closed|disabled|suspended|turned off|unavailable)\b/i.test(
        text,
      ))
  );
}

const PITCH_START =
  /^(?:more from [^:]{1,60}:\s*)?(?:sign up|subscribe|get (?:our|the) [^.]{0,40}newsletter|join (?:our|the) [^.]{0,40}(?:newsletter|mailing list)|want more\b|don't miss|never miss)/i;
/** What a pitch offers; "Sign up for the ferry lottery" offers none of it. */
const PITCH_WORDS =
  /newsletter|inbox|e-?mail|for free|\b(?:daily|weekly|morning|evening|brief(?:ing)?|digest|updates|alerts|the latest|our|now|today|here|access|unlimited|membership|trial|offer)\b/i;

/** "Subscribe" or "Sign up now" alone is a button; longer lines must say what they offer. */
const isNewsletterPitch = (line: Line): boolean =>
  line.words <= 50 &&
  !hasQuotation(line.plain) &&
  PITCH_START.test(line.plain) &&
  (line.words <= 3 || PITCH_WORDS.test(line.plain));

function markByPhrase(lines: Line[]): void {
  for (const line of lines) {
    if (line.reason) continue;
    if (isCommentNotice(line)) line.reason = 'comment notice';
    else if (isNewsletterPitch(line)) line.reason = 'newsletter pitch';
  }
}

const CAPTION =
  /\((?:[^)]*\b(?:photo|photograph|image|picture|file|credit|illustration|video|AP|AFP|Reuters|Getty|EPA|Shutterstock|courtesy)\b[^)]*)\)\s*$|^(?:photo|image|picture|illustration|file photo|pictured)\b|\bin this (?:image|photo|file photo|picture)\b|\b(?:photo|image)(?: credit)?\s*:/i;

/**
 * A caption printed twice in a row loses its second copy. Only captions: any other line
 * printed twice may be doubled on purpose, as a refrain is.
 */
function markDoubledCaptions(lines: Line[]): void {
  for (let i = 1; i < lines.length; i++) {
    const [previous, line] = [lines[i - 1]!, lines[i]!];
    if (line.reason || line.words < 6 || line.plain !== previous.plain) continue;
    if (CAPTION.test(line.plain)) line.reason = 'caption repeated';
  }
}

const RELATED_HEADING =
  /^(?:recommended(?: stories| for you| reading| articles)?|related(?: stories| articles| coverage| content| links| reading| news)?|read (?:more|next)|more from .{1,60}|more stories(?: from .{1,60})?|more on this(?: story)?|you (?:may|might) also like|trending(?: now| stories)?|most (?:read|popular|viewed)|popular (?:now|stories)|top stories|also read|what to read next|more (?:news|coverage))\s*:?$/i;

/** A line a list of other stories is made of: bulleted, or short and without a full stop. */
const isListEntry = (line: Line): boolean =>
  line.bulleted ||
  (line.words > 0 && line.words <= 20 && !/[.:;,]$/.test(line.plain) && /^[\p{Lu}\d"'“‘]/u.test(line.plain));

/** Words of real text before a list for the list to count as "after the body". */
const BODY_BEFORE_LIST = 100;

/**
 * "Recommended Stories" and the like, with the entries after them. When everything from the
 * heading to the end is entries (each perhaps followed by one teaser line) or other junk, all
 * of it goes; otherwise only the heading and a run of two or more entries right after it.
 */
function markRelatedLists(lines: Line[]): void {
  let bodyWords = 0;
  for (let h = 0; h < lines.length; h++) {
    const heading = lines[h]!;
    if (heading.reason || !RELATED_HEADING.test(heading.plain)) {
      if (!heading.reason) bodyWords += heading.words;
      continue;
    }
    let toEnd = bodyWords >= BODY_BEFORE_LIST;
    let previousWasEntry = false;
    for (let i = h + 1; i < lines.length && toEnd; i++) {
      const line = lines[i]!;
      if (line.reason) continue;
      if (isListEntry(line)) previousWasEntry = true;
      else if (previousWasEntry) previousWasEntry = false;
      else toEnd = false;
    }
    let end = h + 1;
    if (toEnd) {
      end = lines.length;
    } else {
      while (end < lines.length && (lines[end]!.reason || isListEntry(lines[end]!))) end++;
      const entries = lines.slice(h + 1, end).filter((line) => !line.reason).length;
      if (entries < 2) {
        // A lone "Read more" is a link's label; other headings may be the article's own.
        if (/^read more:?$/i.test(heading.plain)) heading.reason = 'page furniture';
        else bodyWords += heading.words;
        continue;
      }
    }
    for (let i = h; i < end; i++) lines[i]!.reason ??= 'related-stories list';
    h = end - 1;
  }
}

/** Marks every line of one article that a rule takes out, in place, with the rule's reason. */
export function markLineRules(lines: Line[]): void {
  markWidgetErrors(lines);
  markFurniture(lines);
  markByPhrase(lines);
  markDoubledCaptions(lines);
  markRelatedLists(lines);
}

/** Every line removed (a bare bullet left between them goes too). */
export const isWhollyMarked = (lines: Line[]): boolean =>
  lines.some((line) => line.reason) && lines.every((line) => line.reason || line.plain === '');
