// CI's Electron security audit: runs Electronegativity offline against the installed Electron
// version and fails on any finding of medium severity or more with firm or certain confidence.
// Tentative findings are reviewed in a comment beside the code they name (main/app/window.ts).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Checks that may stay: the preload is ours and reviewed (preload/index.ts exposes only the bridge). */
export const ALLOWED_CHECKS = new Set(['PRELOAD_JS_CHECK']);
const BLOCKING_SEVERITY = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);
const BLOCKING_CONFIDENCE = new Set(['FIRM', 'CERTAIN']);

/** Rows of a CSV text (quoted fields may hold commas, newlines and doubled quotes). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

/** A report with a row that is not a finding: it cannot be trusted. */
export class UnreadableReport extends Error {}

/** Electronegativity's CSV report as findings. */
export function findingsOf(csv) {
  const [header, ...rows] = parseCsv(csv);
  if (!header || header[0]?.trim() !== 'issue') throw new Error('not an Electronegativity CSV report');
  const columns = header.map((name) => name.trim());
  // A row that is not a finding means the report cannot be trusted: fail rather than pass.
  const broken = rows.find(
    (cells) => cells.length !== columns.length || !/^[A-Z0-9_]+$/.test(cells[0].trim()),
  );
  if (broken)
    throw new UnreadableReport(`unreadable Electronegativity report row: ${broken.join(',').slice(0, 120)}`);
  return rows.map((cells) => Object.fromEntries(columns.map((name, i) => [name, cells[i].trim()])));
}

/** The findings that fail the build. */
export function blockingFindings(findings) {
  return findings.filter(
    (finding) =>
      !ALLOWED_CHECKS.has(finding.issue) &&
      BLOCKING_SEVERITY.has(finding.severity.toUpperCase()) &&
      BLOCKING_CONFIDENCE.has(finding.confidence.toUpperCase()),
  );
}

function main() {
  const electronVersion = JSON.parse(
    readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8'),
  ).version;
  const report = path.join(ROOT, 'test-results', 'electronegativity.csv');
  mkdirSync(path.dirname(report), { recursive: true });
  const cli = path.join(ROOT, 'node_modules/@doyensec/electronegativity/dist/index.js');
  const runOnce = () => {
    // Electronegativity writes over an existing report without truncating it.
    rmSync(report, { force: true });
    // -e pins the version so nothing is fetched; the release-list check needs the network.
    execFileSync(
      process.execPath,
      [cli, '-i', ROOT, '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-r', '-o', report],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    return findingsOf(readFileSync(report, 'utf8'));
  };
  // It writes the CSV header and the rows with two unordered asynchronous writes, so now and
  // then the header lands over the first row. Such a report is unreadable (findingsOf refuses
  // it); a fresh run is asked for, and three unreadable reports in a row fail the gate.
  let findings;
  for (let attempt = 1; !findings; attempt++) {
    try {
      findings = runOnce();
    } catch (error) {
      if (attempt === 3 || !(error instanceof UnreadableReport)) throw error;
      console.error(
        `Electronegativity's report was garbled (${error.message.slice(0, 60)}…); running it again`,
      );
    }
  }
  const blocking = blockingFindings(findings);
  for (const finding of blocking) {
    console.error(
      `${finding.issue} (${finding.severity}, ${finding.confidence}) ${finding.filename}:${finding.location}`,
    );
    console.error(`  ${finding.sample}`);
  }
  console.log(
    `Electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${blocking.length} blocking; report in ${path.relative(ROOT, report)}`,
  );
  if (blocking.length > 0) process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
