/** The command table: add `check`, `consolidate` … here, each with its usage line and a one-line summary. */
import type { Command } from './command';
import { CONSOLIDATE_SUMMARY, CONSOLIDATE_USAGE, runConsolidate } from './consolidate-command';
import { CONVERT_USAGE, runConvert } from './convert';
import { CHECK_SUMMARY, CHECK_USAGE, runCheck } from './check-command';

export const COMMANDS: readonly Command[] = [
  {
    name: 'convert',
    usage: CONVERT_USAGE,
    summary: '把本工具保存的报表文件转换为官方格式的 .xlsx 统计表，并列出校验发现的问题',
    run: runConvert,
  },
  { name: 'check', usage: CHECK_USAGE, summary: CHECK_SUMMARY, run: runCheck },
  { name: 'consolidate', usage: CONSOLIDATE_USAGE, summary: CONSOLIDATE_SUMMARY, run: runConsolidate },
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
