// @vitest-environment jsdom
// (It builds a selection over marked elements in a document.)
// Copying keeps the marks: plain text as the CLI prints it, HTML with <del>/<ins>.
import { describe, expect, it } from 'vitest';
import { copiedFromRange, toMarkedHtml, toMarkedText, type CopiedText } from './copy-marks';

const COPIED: CopiedText = [
  [
    { op: 'equal', text: 'Calderport ' },
    { op: 'delete', text: 'shuts ' },
    { op: 'insert', text: 'closes ' },
    { op: 'equal', text: 'the bridge ' },
    { op: 'insert', text: 'for ' },
    { op: 'insert', text: 'months ' },
  ],
  [{ op: 'normalized', text: '“Cost” <4.8> & more' }],
];

describe('copied marks', () => {
  it('writes [-deleted-]{+inserted+} with runs merged and spaces outside the marks', () => {
    expect(toMarkedText(COPIED)).toBe(
      'Calderport [-shuts-] {+closes+} the bridge {+for months+}\n\n“Cost” <4.8> & more',
    );
  });

  it('writes <del>/<ins> in escaped HTML paragraphs', () => {
    expect(toMarkedHtml(COPIED)).toBe(
      '<p>Calderport <del>shuts</del> <ins>closes</ins> the bridge <ins>for months</ins></p>\n<p>“Cost” &lt;4.8&gt; &amp; more</p>',
    );
  });

  it('reads the pieces a selection covers from the data-side/data-op elements, a paragraph a cell', () => {
    // As the compare rows draw it: each piece its own contract element, UI text outside them.
    document.body.innerHTML =
      '<div role="row"><div role="cell"><span class="move-badge">Move 1</span><span data-side="left">' +
      '<span data-side="left" data-op="equal">The </span><del data-side="left" data-op="delete">old</del>' +
      '<span data-side="left" data-op="equal"> wall</span></span></div>' +
      '<div role="cell"><button>UI text</button><span data-side="right">' +
      '<span data-side="right" data-op="equal">The </span><ins data-side="right" data-op="insert">new</ins>' +
      '</span></div></div>';
    const range = document.createRange();
    const first = document.querySelector('[data-op="equal"]')!.firstChild!;
    const last = document.querySelector('[data-op="insert"]')!.firstChild!;
    range.setStart(first, 1);
    range.setEnd(last, 2);
    expect(toMarkedText(copiedFromRange(range))).toBe('he [-old-] wall\n\nThe {+ne+}');
  });
});
