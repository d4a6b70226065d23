/**
 * The published-report text checks on texts written here by hand: the 2017 湛河区 report as published (its
 * "无…依申请公开事项" against its own 9 applications), a missing and an empty section, and the 2021 edition's
 * fee and oversight statements.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ZHANHE_2017 } from '@/domain/examples/zhanhe-2017';
import { LEGACY_2014 } from '@/domain/formats/legacy-2014';
import { NATIONAL_2019 } from '@/domain/formats/national-2019';
import { NATIONAL_2021 } from '@/domain/formats/national-2021';
import { checkPublishedText } from '@/domain/report-text/published-checks';

const ZHANHE_TEXT = readFileSync(
  new URL('../../fixtures/published/zhanhe-2017-annual-report.txt', import.meta.url),
  'utf8',
);

const FULL_2021 = [
  '一、总体情况',
  '本年度开展工作考核、社会评议和责任追究。',
  '二、主动公开政府信息情况',
  '本年制发行政规范性文件3件。',
  '三、收到和处理政府信息公开申请情况',
  '本年度新收政府信息公开申请5件，上年结转1件，结转下年度继续办理2件。',
  '四、政府信息公开行政复议、行政诉讼情况',
  '本年度被申请行政复议1件。',
  '五、存在的主要问题及改进情况',
  '培训不足，下一步加强培训。',
  '六、其他需要报告的事项',
  '本年度未收取信息处理费。',
].join('\n');

const VALUES_2021 = {
  't2.normativeDocs.issued': 3,
  't3.received.natural': 5,
  't3.carriedIn.natural': 1,
  't3.disclosed.natural': 4,
  't3.carriedOut.natural': 2,
  't4.review.upheld': 1,
};

describe('published report text checks', () => {
  it('catches the 2017 湛河区 report saying there were no applications after stating 9', () => {
    const findings = checkPublishedText(LEGACY_2014, ZHANHE_2017.values, ZHANHE_TEXT);
    const none = findings.filter((f) => f.rule === 'T1');
    expect(none).toHaveLength(1);
    expect(none[0]).toMatchObject({ section: 4, figure: 9 });
    expect(none[0]?.quote).toContain(ZHANHE_2017.contradictingSentence);
    // Its five legacy sections are all there and say something.
    expect(findings.filter((f) => f.rule === 'T4')).toEqual([]);
  });

  it('finds nothing in a 2021 report that agrees with its tables and says what the edition asks', () => {
    expect(checkPublishedText(NATIONAL_2021, VALUES_2021, FULL_2021)).toEqual([]);
  });

  it('reports carry-over figures, a section saying only 无 and a missing section', () => {
    const text = FULL_2021.replace('上年结转1件', '上年结转4件')
      .replace('培训不足，下一步加强培训。', '无')
      .replace(/六、其他需要报告的事项\n.*$/u, '');
    const findings = checkPublishedText(NATIONAL_2021, VALUES_2021, text);
    expect(findings.map((f) => [f.rule, f.section])).toEqual([
      ['T1', 3],
      ['T4', 5],
      ['T4', 6],
    ]);
    expect(findings[0]).toMatchObject({
      figure: 1,
      quote: '本年度新收政府信息公开申请5件，上年结转4件，结转下年度继续办理2件',
    });
  });

  it('asks a 2021 report for the fee statement and the oversight sentence, a 2019 report for neither', () => {
    const silent = FULL_2021.replace('本年度开展工作考核、社会评议和责任追究。', '本年度工作有序推进。').replace(
      '本年度未收取信息处理费。',
      '无。',
    );
    expect(checkPublishedText(NATIONAL_2021, VALUES_2021, silent).map((f) => f.rule)).toEqual(['T5', 'T6']);
    const values2019 = {
      't3.received.natural': 5,
      't3.carriedIn.natural': 1,
      't3.disclosed.natural': 4,
      't3.carriedOut.natural': 2,
      't4.review.upheld': 1,
      't2.normativeDocs.newlyMade': 3,
    };
    expect(checkPublishedText(NATIONAL_2019, values2019, silent.replace('制发', '新制作'))).toEqual([]);
  });
});
