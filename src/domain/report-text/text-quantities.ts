/**
 * The figures a report's prose quotes, as data: for each quantity, the figure of the format's roles it stands for
 * (skipped where the report's format has none) and the phrasings that quote it or state that there was none.
 * A new phrasing is a new pattern here, not new code.
 */
import type { FigureRole } from '../format/types';

export interface TextQuantity {
  key: string;
  /** Chinese name used in messages. */
  name: string;
  /** The table's figure (`FormatRoles.figures`). */
  figure: FigureRole;
  /** Each pattern's first group is the quoted number. */
  quoted: readonly RegExp[];
  /** A statement that there was none (reads as 0). */
  none: readonly RegExp[];
}

const N = '(\\d[\\d,，]*)\\s*';

export const TEXT_QUANTITIES: readonly TextQuantity[] = [
  {
    key: 'applications',
    name: '收到的政府信息公开申请数',
    figure: 'received',
    quoted: [
      new RegExp(`(?:受理|收到|新收|接收|接到)[^，。；\\d]{0,12}?(?:依申请公开|公开申请|申请)(?:事项|申请)?(?:共计|共)?\\s*${N}(?:件|个|份)`),
    ],
    none: [
      /(?:无|没有|未(?:收到|受理|发生))[^，。；\d]{0,12}?依申请公开/,
      /(?:无|没有|未(?:收到|受理))[^，。；\d]{0,8}?政府信息公开申请/,
    ],
  },
  {
    key: 'review',
    name: '行政复议案件数',
    figure: 'review',
    quoted: [new RegExp(`行政复议(?:案件)?(?:共计|共)?\\s*${N}(?:件|起)`)],
    none: [/(?:无|没有|未(?:发生|收到))[^，。；\d]{0,20}?行政复议/],
  },
  {
    key: 'litigation',
    name: '行政诉讼案件数',
    figure: 'suits',
    quoted: [new RegExp(`行政诉讼(?:案件)?(?:共计|共)?\\s*${N}(?:件|起)`)],
    none: [/(?:无|没有|未(?:发生|收到))[^，。；\d]{0,20}?行政诉讼/],
  },
  {
    key: 'proactive',
    name: '主动公开政府信息数',
    figure: 'proactive',
    quoted: [new RegExp(`(?:主动公开|信息公开)[^，。；\\d]{0,16}?(?:总数为|总数|共计|共)\\s*${N}条`)],
    none: [],
  },
  {
    key: 'normativeDocs',
    name: '主动公开规范性文件数',
    figure: 'proactiveNormativeDocs',
    quoted: [new RegExp(`主动公开(?:行政)?规范性文件\\s*${N}件`)],
    none: [],
  },
];
