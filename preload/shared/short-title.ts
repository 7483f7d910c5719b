// How articles are named where several are shown together and room is short (the overview,
// note cards, export headings): a long first-sentence title cut to a readable length, and,
// where titles repeat, the part of the file name that tells the articles apart. Pure.

/** What a title is cut to: about a line of a list. */
export const SHORT_TITLE_LENGTH = 80;

/**
 * A real headline runs to 100 characters now and then and is kept whole; a first paragraph
 * taken as a title is far longer ("WHEN we look to the individuals…" is 270).
 */
const HEADLINE_SLACK = 20;

/** A sentence end closer to the start than this is more likely an abbreviation ("Mr."). */
const SHORTEST_SENTENCE = 24;

/**
 * `title` as a reader can take it in: whitespace collapsed; when longer than a headline gets
 * (`max` characters, code points, and some slack), cut after its first sentence when that
 * ends within `max`, else on the last word boundary before `max`, with an ellipsis.
 */
export function shortTitle(title: string, max = SHORT_TITLE_LENGTH): string {
  const text = title.replace(/\s+/g, ' ').trim();
  const characters = Array.from(text);
  if (characters.length <= max + HEADLINE_SLACK) return text;
  const head = characters.slice(0, max + 1).join('');
  const sentence = /[.!?](?=["'”’)\]]*\s)/g;
  let end = -1;
  for (const match of head.matchAll(sentence)) {
    if (match.index >= SHORTEST_SENTENCE && match.index < max) {
      end = match.index + 1;
      break;
    }
  }
  if (end > 0) {
    const closing = /^["'”’)\]]*/.exec(head.slice(end))![0];
    return head.slice(0, end + closing.length);
  }
  const within = characters.slice(0, max).join('');
  const space = within.lastIndexOf(' ');
  const cut = space >= within.length / 2 ? within.slice(0, space) : within;
  // A comma or dash left before the ellipsis reads as a stutter.
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}

const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** The end of `path` made of its last `segments` parts ("wiki/revision-3.txt"). */
const pathEnd = (path: string, segments: number): string => path.split('/').slice(-segments).join('/');

/** A shared start of names this long is worth leaving out: the reader sees it in every row. */
const ELIDED_PREFIX = 12;

/**
 * Names for articles that share a title: each file name (with as many folders as it takes to
 * tell them apart), and, when long names share a long start, only the part after it.
 */
function distinguishingNames(paths: readonly string[]): string[] {
  // Counted per depth, so a thousand untitled files cost a thousand look-ups, not a million.
  const names = paths.map(() => '');
  let open = paths.map((_, index) => index);
  for (let segments = 1; open.length > 0; segments++) {
    const ends = paths.map((path) => pathEnd(path, segments));
    const uses = new Map<string, number>();
    for (const end of ends) uses.set(end, (uses.get(end) ?? 0) + 1);
    open = open.filter((index) => {
      const done = uses.get(ends[index]!) === 1 || ends[index] === paths[index];
      if (done) names[index] = ends[index]!;
      return !done;
    });
  }
  if (names.length < 2) return names;
  let common = names.reduce((prefix, name) => {
    let i = 0;
    while (i < prefix.length && i < name.length && prefix[i] === name[i]) i++;
    return prefix.slice(0, i);
  });
  // Cut the shared start after a separator, so no name is left starting mid-word.
  common = common.slice(0, Math.max(...[...'-_ ./'].map((separator) => common.lastIndexOf(separator))) + 1);
  if (common.length < ELIDED_PREFIX) return names;
  return names.map((name) => `…${name.slice(common.length)}`);
}

/**
 * A label for each article (in the order given) that tells it from the others: its short
 * title when no other has the same, else its distinguishing file name; the full path where
 * even those meet. Titles are compared ignoring case.
 */
export function distinctLabels(articles: ReadonlyArray<{ title: string; path: string }>): string[] {
  const titles = articles.map((article) => shortTitle(article.title));
  const byTitle = new Map<string, number[]>();
  titles.forEach((title, index) => {
    const key = title.toLowerCase();
    byTitle.set(key, [...(byTitle.get(key) ?? []), index]);
  });
  const labels = titles.map((title, index) => title || fileName(articles[index]!.path));
  for (const [key, members] of byTitle) {
    if (members.length < 2 && key) continue;
    const names = distinguishingNames(members.map((index) => articles[index]!.path));
    members.forEach((index, i) => (labels[index] = names[i]!));
  }
  const uses = new Map<string, number>();
  for (const label of labels) uses.set(label, (uses.get(label) ?? 0) + 1);
  return labels.map((label, index) => (uses.get(label)! > 1 ? articles[index]!.path : label));
}
