// Types for electronegativity-gate.mjs (plain JavaScript so CI runs it with node directly).
export interface Finding {
  issue: string;
  severity: string;
  confidence: string;
  filename: string;
  location: string;
  sample: string;
  description: string;
  url: string;
}
export const ALLOWED_CHECKS: Set<string>;
export function parseCsv(text: string): string[][];
export function findingsOf(csv: string): Finding[];
export function blockingFindings(findings: Finding[]): Finding[];
export class UnreadableReport extends Error {}
