/** The title above the tables and the signature lines under them, as printed on the official form. */
import type { FormatDef } from '@/domain/format/types';

export function printTitle(unitName: string, year: number): string {
  return `${unitName}${year}年度政府信息公开工作年度报告统计表`;
}

export interface SignatureContact {
  contactPerson?: string;
  contactPhone?: string;
}

/** Two lines of label/value pairs; the person and phone come from the unit's contact, the rest is signed by hand. */
export function signatureLines(unitName: string, contact: SignatureContact): [string, string][][] {
  return [
    [
      ['填报单位（盖章）：', unitName],
      ['单位负责人：', ''],
    ],
    [
      ['填报人：', contact.contactPerson ?? ''],
      ['联系电话：', contact.contactPhone ?? ''],
      ['填报日期：', ''],
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
