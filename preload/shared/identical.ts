// What to say when two versions do not differ, and how far the sameness goes: the app's
// banner and the CLI's first line say the same. Pure; used by main and the renderer.

export interface SamenessFacts {
  /** SHA-256 of each file's bytes. */
  fileHashes: readonly [string, string];
  /** SHA-256 of each decoded (and repaired) text. */
  textHashes: readonly [string, string];
  /** Whether the comparison found any change. */
  differs: boolean;
  /** Whether boilerplate was left out of either side. */
  cleaned: boolean;
  /** What the comparison was told to ignore, e.g. ["case", "punctuation"]. */
  ignoring: readonly string[];
}

/** "A and B are identical (byte for byte)", and the weaker kinds; null when they differ. */
export function samenessOf(facts: SamenessFacts): string | null {
  if (facts.fileHashes[0] === facts.fileHashes[1]) return 'A and B are identical (byte for byte)';
  if (facts.differs) return null;
  if (facts.textHashes[0] === facts.textHashes[1])
    return 'A and B are identical as text (the files differ only in encoding or repair)';
  const after = [
    facts.cleaned ? 'cleaning' : null,
    facts.ignoring.length ? `ignoring ${facts.ignoring.join(', ')}` : null,
  ]
    .filter(Boolean)
    .join(' and ');
  return after ? `A and B are identical after ${after}` : 'A and B are identical as compared';
}

/** The names of the options that make a comparison overlook differences. */
export function ignoredBy(options: {
  ignoreCase: boolean;
  ignoreWhitespace: boolean;
  ignorePunctuation: boolean;
  ignoreTypography: boolean;
}): string[] {
  return [
    options.ignoreCase ? 'case' : null,
    options.ignoreWhitespace ? 'whitespace' : null,
    options.ignorePunctuation ? 'punctuation' : null,
    options.ignoreTypography ? 'typography' : null,
  ].filter((name): name is string => name !== null);
}
