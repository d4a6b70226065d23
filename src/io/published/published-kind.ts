/** The kinds of published report file and their Chinese names: light, for pages that only show a result. */
import type { TextFinding } from '@/domain/report-text/published-checks';

export type PublishedKind = 'html' | 'docx' | 'pdf' | 'doc';

export const PUBLISHED_KIND_NAMES: Readonly<Record<PublishedKind, string>> = {
  html: '网页',
  docx: 'Word 文档',
  pdf: 'PDF',
  doc: '旧版 Word 文档',
};

/** What a published report's import adds to a spreadsheet's: its kind, its prose and the text checks' findings. */
export interface PublishedInfo {
  kind: PublishedKind;
  text: string;
  findings: TextFinding[];
}
