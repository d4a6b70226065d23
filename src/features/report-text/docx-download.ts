/**
 * “下载 Word 文档”: the report as an official-looking .docx. The writer is imported on first use, so its code
 * loads only for a clerk who asks for it (the service worker precaches the chunk for offline use).
 */
import { splitSections } from '@/domain/report-text/sections';
import type { FormatDef, Values } from '@/domain/format/types';
import type { Signature } from '@/domain/office/signature';
import type { ReportTextSection } from '@/storage/db';
import { WHOLE_TEXT_NUMBER } from '@/storage/texts/text-slots';
import { saveBytes } from '@/widgets/shared/save-file';
import { reportTextFileName } from '@/io/export/file-name';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface DocxRequest {
  title: string;
  unitName: string;
  year: number;
  sections: readonly ReportTextSection[];
  format: FormatDef;
  values: Values;
  signature: Signature;
}

/** The sections as the writer takes them: a pasted whole text is split at its own 一、… headings. */
export function docxSections(sections: readonly ReportTextSection[]): { heading: string; text: string }[] {
  return sections.flatMap((s) => {
    if (s.number !== WHOLE_TEXT_NUMBER) return [{ heading: s.heading, text: s.text }];
    return splitSections(s.text)
      .filter((part) => part.heading !== '' || part.body.trim() !== '')
      .map((part) => ({ heading: part.heading, text: part.body.trim() }));
  });
}

export async function downloadReportDocx(request: DocxRequest): Promise<string> {
  const { exportReportDocx } = await import('@/io/docx/report-docx');
  const bytes = await exportReportDocx({
    title: request.title,
    unitName: request.unitName,
    year: request.year,
    sections: docxSections(request.sections),
    format: request.format,
    values: request.values,
    date: today(),
    signature: request.signature,
  });
  const fileName = reportTextFileName(request.year, request.unitName);
  saveBytes(fileName, bytes, DOCX_TYPE);
  return fileName;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
