/** The command table: add `check`, `consolidate` … here, each with its usage line and a one-line summary. */
import type { Command } from './command';
import { CONVERT_USAGE, runConvert } from './convert';

export const COMMANDS: readonly Command[] = [
  {
    name: 'convert',
    usage: CONVERT_USAGE,
    summary: '把本工具保存的报表文件转换为官方格式的 .xlsx 统计表，并列出校验发现的问题',
    run: runConvert,
  },
];

export function helpText(): string {
  return [
    '政府信息公开工作年度报告统计表 命令行工具',
    '',
    '用法：npm run cli -- <命令> [参数]',
    '',
    '命令：',
    ...COMMANDS.flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]),
    '',
    '选项：',
    '  --help   显示本说明',
    '',
    '退出码：0 成功；1 参数或文件有误（原因会打印出来）。',
  ].join('\n');
}
