/** The title above the tables and the signature lines under them, as printed on the official form. */
import type { FormatDef } from '@/domain/format/types';
import type { Signature } from '@/domain/office/signature';

export function printTitle(unitName: string, year: number): string {
  return `${unitName}${year}年度政府信息公开工作年度报告统计表`;
}

/** Two lines of label/value pairs: the one signature (`signatureOf`), the unit's head signing by hand. */
export function signatureLines(unitName: string, signature: Signature): [string, string][][] {
  return [
    [
      ['填报单位（盖章）：', unitName],
      ['单位负责人：', ''],
    ],
    [
      ['填报人：', signature.person],
      ['联系电话：', signature.phone],
      ['填报日期：', signature.date],
    ],
  ];
}

/** Wide tables (2021 and 2019 formats) print on landscape A4; the one-column legacy table on portrait. */
export function isLandscape(format: FormatDef): boolean {
  return format.tables.some((t) => t.landscape);
}

/** The `@page` rule for the page on screen, mounted only while the printable page is shown. */
export function pageRule(landscape: boolean): string {
  return `@page { size: A4 ${landscape ? 'landscape' : 'portrait'}; margin: 12mm; }`;
}
