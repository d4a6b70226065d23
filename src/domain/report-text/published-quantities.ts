/**
 * Figures a published report's prose quotes beyond those of the report text page's T1 (`TEXT_QUANTITIES`):
 * carry-over in and out, 行政规范性文件, 行政许可 and 行政处罚 counts, and the wider ways of saying that no
 * application came in ("未收到公民、法人和其他组织提出的政府信息公开申请"). Same shape, same reader, same rule.
 */
import type { TextQuantity } from './text-quantities';

const N = '(\\d[\\d,，]*)\\s*';

export const PUBLISHED_QUANTITIES: readonly TextQuantity[] = [
  {
    key: 'carriedIn',
    name: '上年结转的申请数',
    figure: 'carriedIn',
    quoted: [new RegExp(`上年(?:度)?结转(?:政府信息公开申请|申请)?(?:共计|共)?\\s*${N}件`)],
    none: [],
  },
  {
    key: 'carriedOut',
    name: '结转下年度继续办理的申请数',
    figure: 'carriedOut',
    quoted: [new RegExp(`结转下(?:一)?年度(?:继续办理)?(?:的申请)?(?:共计|共)?\\s*${N}件`)],
    none: [],
  },
  {
    key: 'normativeDocsIssued',
    name: '本年制发的行政规范性文件数',
    figure: 'normativeDocsIssued',
    quoted: [new RegExp(`(?:制发|新制作|印发)(?:行政)?规范性文件\\s*${N}件`)],
    none: [],
  },
  {
    key: 'licensing',
    name: '行政许可处理决定数',
    figure: 'licensing',
    quoted: [new RegExp(`行政许可(?:决定|处理决定)\\s*${N}(?:件|个|项)`)],
    none: [],
  },
  {
    key: 'penalty',
    name: '行政处罚处理决定数',
    figure: 'penalty',
    quoted: [new RegExp(`行政处罚(?:决定|处理决定)\\s*${N}(?:件|个|项)`)],
    none: [],
  },
  {
    key: 'applicationsNone',
    name: '收到的政府信息公开申请数',
    figure: 'received',
    quoted: [],
    none: [/(?:无(?!正当理由)|没有|未(?:收到|受理))[^，。；\d]{0,24}?(?:政府信息公开|依申请公开)(?:申请|事项)/],
  },
];
