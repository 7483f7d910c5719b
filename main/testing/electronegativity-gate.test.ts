// The Electronegativity gate CI runs (e2e/electronegativity-gate.mjs): which findings fail the
// build, read from the tool's CSV report.
import { describe, expect, it } from 'vitest';
import { blockingFindings, findingsOf, parseCsv } from '../../e2e/electronegativity-gate.mjs';

const HEADER = 'issue, severity, confidence, filename, location, sample, description, url\n';
const row = (issue: string, severity: string, confidence: string, sample = 'new BrowserWindow({'): string =>
  `${issue},"${severity}","${confidence}","main/window.ts","81:17","${sample}","Review it",https://example.org/${issue}\n`;

describe('the Electronegativity gate', () => {
  it('reads quoted fields holding commas, quotes and newlines', () => {
    expect(parseCsv('a,"b, c","say ""hi""","two\nlines"\r\nx,y\n')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
      ['x', 'y'],
    ]);
  });

  it('fails on medium or worse with firm or certain confidence, except PRELOAD_JS_CHECK', () => {
    const findings = findingsOf(
      HEADER +
        row('AUXCLICK_JS_CHECK', 'MEDIUM', 'FIRM') +
        row('CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'CERTAIN') +
        row('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'TENTATIVE', 'void shell.openExternal(url), ok') +
        row('CSP_GLOBAL_CHECK', 'LOW', 'FIRM') +
        row('ELECTRON_VERSION_JSON_CHECK', 'INFORMATIONAL', 'CERTAIN') +
        row('PRELOAD_JS_CHECK', 'HIGH', 'FIRM'),
    );
    expect(findings).toHaveLength(6);
    expect(findings[2]!.sample).toBe('void shell.openExternal(url), ok');
    expect(blockingFindings(findings).map((finding) => finding.issue)).toEqual([
      'AUXCLICK_JS_CHECK',
      'CONTEXT_ISOLATION_JS_CHECK',
    ]);
  });

  it('refuses a file that is not its report, rather than passing it', () => {
    expect(() => findingsOf('')).toThrow(/not an Electronegativity/);
    expect(() => findingsOf('name,value\nx,1\n')).toThrow(/not an Electronegativity/);
    // What a report written over a longer old one looks like: the tail of an old row first.
    expect(() =>
      findingsOf(
        `${HEADER}ne'; object-src 'none'","One or more",https://x\n${row('AUXCLICK_JS_CHECK', 'MEDIUM', 'FIRM')}`,
      ),
    ).toThrow(/unreadable/);
  });
});
