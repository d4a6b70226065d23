/** The collecting-office fixtures (two 2024 unit reports), read through the app's own report-file reader. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ParsedReport } from '@/io/report-file';
import { parseReportFile } from '@/io/report-file';

export const OFFICE_FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/office/', import.meta.url));
export const OFFICE_FIXTURES = ['unit-finance-2024.json', 'unit-street-2024.json'] as const;

export function loadOfficeReport(file: string): ParsedReport {
  const parsed = parseReportFile(readFileSync(`${OFFICE_FIXTURE_DIR}${file}`, 'utf8'));
  if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
  return parsed.report;
}
