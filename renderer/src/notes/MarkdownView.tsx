// A note's Markdown body shown safely: built as React elements from a small subset (paragraphs,
// line breaks, **bold**, *italic*, `code`, [links](https://…)), never as HTML, so nothing in a
// note can reach the DOM as markup.
import type { ReactNode } from 'react';

const INLINE = /(\*\*[^*]+\*\*|\*[^*]+\*|`[^`]+`|\[[^\]]+\]\([^)\s]+\))/g;

function inline(text: string, line: number): ReactNode[] {
  return text.split(INLINE).map((part, position) => {
    const index = `${line}-${position}`;
    if (part.startsWith('**') && part.endsWith('**') && part.length > 4)
      return <strong key={index}>{part.slice(2, -2)}</strong>;
    if (part.startsWith('`') && part.endsWith('`') && part.length > 2)
      return <code key={index}>{part.slice(1, -1)}</code>;
    if (part.startsWith('*') && part.endsWith('*') && part.length > 2)
      return <em key={index}>{part.slice(1, -1)}</em>;
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(part);
    if (link) {
      const href = link[2]!;
      // Only web links; the window opens them in the system browser.
      return /^https?:\/\//i.test(href) ? (
        <a key={index} href={href} target="_blank" rel="noreferrer noopener">
          {link[1]}
        </a>
      ) : (
        link[1]
      );
    }
    return part;
  });
}

export function MarkdownView({ source }: { source: string }) {
  const paragraphs = source.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
  return (
    <div className="markdown">
      {paragraphs.map((paragraph, index) => (
        <p key={index}>
          {paragraph
            .split('\n')
            .flatMap((line, lineIndex) =>
              lineIndex === 0 ? inline(line, 0) : [<br key={`br${lineIndex}`} />, ...inline(line, lineIndex)],
            )}
        </p>
      ))}
    </div>
  );
}
