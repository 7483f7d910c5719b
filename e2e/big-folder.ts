// A big folder written for a journey or a bench: thousands of varied generated articles (plain
// text with a date line, Markdown with front matter, a few HTML pages, in a few sub-folders),
// the same on every run, so nothing this size has to be committed.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { articleText, editArticle, generateArticle, seededRandom } from '../main/bench/generate-texts';

/** As many files as the real folder of revisions the issue was measured on. */
export const BIG_FOLDER_FILES = 2_504;

const OUTLETS = ['Harbour Courier', 'Valley Wire', 'Northern Ledger', 'Coast Weekly'];
const SECTIONS = ['city', 'region', 'wire', 'archive'];

const fileName = (index: number): string => `story-${String(index).padStart(5, '0')}`;

function fileFor(index: number, random: () => number): { relative: string; content: string } {
  const story = Math.floor(index / 4);
  // Every fourth file starts a story; the next three are revisions of it, as in a real archive.
  const base = generateArticle(10_000 + story, 150 + Math.floor(random() * 1_200));
  const text = articleText(index % 4 === 0 ? base : editArticle(base, 0.05 * (index % 4), index));
  const title = `Story ${story}, revision ${(index % 4) + 1}: ${text.split(' ').slice(0, 6).join(' ')}`;
  const date = `2025-${String(1 + (story % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;
  const outlet = OUTLETS[index % OUTLETS.length]!;
  const folder = SECTIONS[story % SECTIONS.length]!;
  const name = fileName(index);
  const kind = random();
  if (kind < 0.1) {
    const paragraphs = text
      .split('\n\n')
      .map((paragraph) => `<p>${paragraph}</p>`)
      .join('\n');
    return {
      relative: `${folder}/${name}.html`,
      content: `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>\n${paragraphs}</article></body></html>`,
    };
  }
  if (kind < 0.3) {
    return {
      relative: `${folder}/${name}.md`,
      content: `---\ntitle: ${title}\nsource: ${outlet}\ndate: ${date}\n---\n\n# ${title}\n\n${text}\n`,
    };
  }
  return {
    relative: `${folder}/${name}.txt`,
    content: `${title}\n\nsource: ${outlet}\ndate ${date}\n\n${text}\n`,
  };
}

/** Writes `count` articles into `folder` (which must exist); their relative paths. */
export async function writeBigFolder(folder: string, count = BIG_FOLDER_FILES): Promise<string[]> {
  const random = seededRandom(2_504);
  const written: string[] = [];
  for (const section of SECTIONS) await mkdir(path.join(folder, section), { recursive: true });
  // Written a batch at a time: one file after another, each write's round trip to the disk
  // was seconds of the journey on a busy machine.
  const batch: Promise<void>[] = [];
  for (let index = 0; index < count; index++) {
    const { relative, content } = fileFor(index, random);
    batch.push(writeFile(path.join(folder, relative), content));
    written.push(relative);
    if (batch.length === 64) await Promise.all(batch.splice(0));
  }
  await Promise.all(batch);
  return written;
}
