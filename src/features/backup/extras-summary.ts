/**
 * The preview's lines about report texts, received file versions and the office's receipts and rosters,
 * including the case of an older file.
 */
import type { RestorePreview } from '@/domain/backup/preview-restore';

/** Receipts (报送记录) and rosters (报送名单): what a replace and a merge do with them. */
export function officeSummary(preview: Pick<RestorePreview, 'office'>): string {
  const { office } = preview;
  return office.inFile
    ? `报送记录和报送名单：备份中有 ${office.receipts} 条报送记录、${office.rosters} 份报送名单。` +
        '全部替换时改为备份中的内容；合并时只添加当前没有的，当前已有的保留。'
    : '备份文件不含报送记录和报送名单，恢复（包括全部替换）不会改动当前的报送记录和报送名单。';
}

export function extrasSummary(preview: Pick<RestorePreview, 'texts' | 'receivedVersions'>): string[] {
  const { texts, receivedVersions: versions } = preview;
  if (!texts.inFile && !versions.inFile) {
    return [
      '这份备份文件生成于本工具保存报告正文之前，不含报告正文和收到的文件版本。' +
        `恢复（包括全部替换）不会删除当前已保存的 ${texts.current} 份报告正文和 ${versions.current} 个收到的文件版本。`,
    ];
  }
  const lines: string[] = [];
  lines.push(
    texts.inFile
      ? `报告正文：备份中有 ${texts.changes} 份与当前不同或当前没有（标为“正文不同”或“含报告正文”）。`
      : `备份文件不含报告正文，恢复（包括全部替换）不会删除当前已保存的 ${texts.current} 份报告正文。`,
  );
  lines.push(
    versions.inFile
      ? `收到的文件版本：备份中有 ${versions.changes} 个是当前数据没有的，导入时添加（已有的不会重复添加）。`
      : `备份文件不含收到的文件版本，恢复（包括全部替换）不会删除当前的 ${versions.current} 个收到的文件版本。`,
  );
  return lines;
}

/** What a replace does to the texts and versions, for the confirmation. */
export function replaceExtrasNote(preview: Pick<RestorePreview, 'texts' | 'receivedVersions'>): string {
  const { texts, receivedVersions: versions } = preview;
  const parts: string[] = [];
  if (texts.inFile) parts.push('报告正文');
  if (versions.inFile) parts.push('收到的文件版本');
  const kept: string[] = [];
  if (!texts.inFile) kept.push(`${texts.current} 份报告正文`);
  if (!versions.inFile) kept.push(`${versions.current} 个收到的文件版本`);
  const replaced = parts.length > 0 ? `${parts.join('和')}也改为备份中的内容。` : '';
  const keptNote = kept.length > 0 ? `备份文件不含的当前 ${kept.join('和')}保留不动。` : '';
  return replaced + keptNote;
}
