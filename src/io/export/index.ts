/** What the app and the command line call to export a report. */
export { exportReportXlsx, type ExportInput } from './official-sheet';
export { officialFileName } from './file-name';
export { toCsv, type CsvCell } from './csv';
