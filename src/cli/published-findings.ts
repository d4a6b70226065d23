/** What `check` adds for a published report: the text checks' findings, each with its section and sentence. */
import { SECTION_NAMES } from '@/domain/report-text/published-checks';
import type { PublishedInfo } from '@/io/published/published-kind';
import { PUBLISHED_KIND_NAMES } from '@/io/published/published-kind';

export function findingLines(published: PublishedInfo | undefined): string[] {
  if (!published) return [];
  const { findings, kind } = published;
  const head =
    findings.length === 0
      ? `正文核对（已发布年报，${PUBLISHED_KIND_NAMES[kind]}）：正文与表格一致，六个部分齐全。`
      : `正文核对（已发布年报，${PUBLISHED_KIND_NAMES[kind]}）发现 ${findings.length} 个问题：`;
  return [
    head,
    ...findings.map(
      (f) =>
        `  [警告 ${f.rule}] ${f.section !== undefined ? `${SECTION_NAMES[f.section]}：` : ''}${f.message}` +
        (f.quote ? `\n    原文：“${f.quote}”` : ''),
    ),
  ];
}

/** `findings: [{ rule, severity, message, section?, quote? }]`, the quote as the report writes it. */
export function jsonFindings(published: PublishedInfo | undefined): { source?: string; findings?: unknown[] } {
  if (!published) return {};
  return {
    source: 'published',
    findings: published.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      ...(f.section !== undefined ? { section: f.section } : {}),
      ...(f.quote !== undefined ? { quote: f.quote } : {}),
      ...(f.figure !== undefined ? { figure: f.figure } : {}),
    })),
  };
}
