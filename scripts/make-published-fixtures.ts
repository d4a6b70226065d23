/**
 * Generates published annual reports under tests/fixtures/published/: an HTML page as a portal serves it (one in
 * GBK, with scripts, images and a stylesheet link that a reader must never run or fetch), then LibreOffice Writer
 * turns each page into .docx and the .docx into .pdf. Agreeing reports quote the tables' own figures; contradicting
 * ones differ where a reviewer would catch it. Answers go to manifest.json. Run with
 * `npx tsx scripts/make-published-fixtures.ts` (needs `soffice`); the generated files are committed.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FieldKey, FormatDef } from '../src/domain/format/types';
import { LEGACY_2014 } from '../src/domain/formats/legacy-2014';
import { NATIONAL_2019 } from '../src/domain/formats/national-2019';
import { NATIONAL_2021 } from '../src/domain/formats/national-2021';
import { buildPrintRows } from '../src/widgets/shared/print-rows';
import { makeValues, withComputed } from './import-fixtures/report-values';
import { writeZip } from './import-fixtures/zip-writer';

const OUT = fileURLToPath(new URL('../tests/fixtures/published/', import.meta.url));

interface Fixture {
  name: string;
  format: FormatDef;
  seed: number;
  unit: string;
  year: number;
  gbk?: boolean;
  /** Section texts, given the computed figures. */
  sections: (n: (key: FieldKey) => number) => [string, string][];
  /** Rules the text checks must report (empty: the text agrees with its tables). */
  findings: string[];
  /** Paragraphs of plain work description added to 一、总体情况, to make a long report (the bench's). */
  filler?: number;
}

const H2021 = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

const OVERVIEW =
  '本年度认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开、依申请公开、政府信息管理、平台建设和监督保障各项工作有序推进。';
const ASSESSMENT = '将政府信息公开工作纳入年度绩效考核，开展工作考核、社会评议和责任追究，未发生责任追究情形。';
const PROBLEMS =
  '存在的主要问题：公开内容的解读还不够深入，部分栏目更新不够及时。改进措施：加强培训，完善发布审核机制，提升公开质量。';

function agreeing2021(n: (key: FieldKey) => number): [string, string][] {
  const suits = n('t4.suitDirect.total') + n('t4.suitAfterReview.total');
  return [
    [H2021[0]!, `${OVERVIEW}${ASSESSMENT}`],
    [
      H2021[1]!,
      `本年制发行政规范性文件${n('t2.normativeDocs.issued')}件，现行有效${n('t2.normativeDocs.valid')}件。` +
        `全年作出行政许可决定${n('t2.licensing.decisions')}件，行政处罚决定${n('t2.penalty.decisions')}件。`,
    ],
    [
      H2021[2]!,
      `本年度新收政府信息公开申请${n('t3.received.total')}件，上年结转${n('t3.carriedIn.total')}件，` +
        `已办结${n('t3.totalHandled.total')}件，结转下年度继续办理${n('t3.carriedOut.total')}件。`,
    ],
    [H2021[3]!, `本年度被申请行政复议${n('t4.review.total')}件，被提起行政诉讼${suits}件。`],
    [H2021[4]!, PROBLEMS],
    [H2021[5]!, '本年度未收取信息处理费。无其他需要报告的事项。'],
  ];
}

function contradicting2021(n: (key: FieldKey) => number): [string, string][] {
  return [
    [H2021[0]!, OVERVIEW],
    [
      H2021[1]!,
      `本年制发行政规范性文件${n('t2.normativeDocs.issued') + 3}件。全年作出行政许可决定${n('t2.licensing.decisions')}件。`,
    ],
    [
      H2021[2]!,
      `本年度新收政府信息公开申请${n('t3.received.total') + 2}件，上年结转${n('t3.carriedIn.total')}件。` +
        '本年度未收到公民、法人和其他组织提出的政府信息公开申请。',
    ],
    [H2021[3]!, `本年度被申请行政复议${n('t4.review.total') + 1}件。`],
    [H2021[4]!, '无。'],
    [H2021[5]!, '无其他需要报告的事项。'],
  ];
}

const H2019 = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
  '五、政府信息公开工作存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];

function agreeing2019(n: (key: FieldKey) => number): [string, string][] {
  return [
    [H2019[0]!, OVERVIEW],
    [H2019[1]!, `本年新制作规范性文件${n('t2.normativeDocs.newlyMade')}件。`],
    [
      H2019[2]!,
      `本年度共收到政府信息公开申请${n('t3.received.total')}件，上年结转${n('t3.carriedIn.total')}件，` +
        `结转下年度继续办理${n('t3.carriedOut.total')}件。`,
    ],
    [H2019[3]!, `本年度被申请行政复议${n('t4.review.total')}件。`],
    [H2019[4]!, PROBLEMS],
    [H2019[5]!, '无。'],
  ];
}

const HLEGACY = [
  '一、概述',
  '二、主动公开政府信息的情况',
  '三、依申请公开政府信息办理情况',
  '四、因政府信息公开申请行政复议、提起行政诉讼情况',
  '五、政府信息公开工作存在的主要问题和改进措施',
];

function legacyText(n: (key: FieldKey) => number, contradict: boolean): [string, string][] {
  const v = (row: string) => n(`legacy.${row}.value`);
  return [
    [HLEGACY[0]!, OVERVIEW],
    [
      HLEGACY[1]!,
      `全年主动公开政府信息共计${v('proactiveTotal')}条，主动公开规范性文件${v('proactiveNormativeDocs')}件。`,
    ],
    [HLEGACY[2]!, `本年度受理依申请公开${v('applicationsReceived')}件，均已按期办结。`],
    [
      HLEGACY[3]!,
      `收到行政复议案件${v('reviewTotal')}件，收到行政诉讼案件${v('suitTotal')}件。` +
        (contradict ? '本年度，我局无公民、法人依申请公开事项，未发生失、泄密事件。' : ''),
    ],
    [HLEGACY[4]!, PROBLEMS],
  ];
}

const FIXTURES: Fixture[] = [
  {
    name: '2021-agreeing',
    format: NATIONAL_2021,
    seed: 4101,
    unit: '某某市交通运输局',
    year: 2022,
    sections: agreeing2021,
    findings: [],
  },
  {
    name: '2021-contradicting',
    format: NATIONAL_2021,
    seed: 4102,
    unit: '某某县市场监督管理局',
    year: 2023,
    sections: contradicting2021,
    findings: ['T1', 'T1', 'T1', 'T1', 'T2', 'T4', 'T6'],
  },
  {
    name: '2019-agreeing-gbk',
    format: NATIONAL_2019,
    seed: 4103,
    unit: '某某区教育局',
    year: 2020,
    gbk: true,
    sections: agreeing2019,
    findings: [],
  },
  {
    name: 'legacy-agreeing',
    format: LEGACY_2014,
    seed: 4104,
    unit: '某某区民政局',
    year: 2017,
    sections: (n) => legacyText(n, false),
    findings: [],
  },
  {
    name: 'legacy-contradicting',
    format: LEGACY_2014,
    seed: 4105,
    unit: '某某区卫生健康委员会',
    year: 2018,
    sections: (n) => legacyText(n, true),
    findings: ['T1'],
  },
];

/**
 * The bench's report: the agreeing 2021 report with its 总体情况 grown to ten pages, as long reports of large
 * departments are. Written with the others, or alone with `--extra` (the others are left as committed).
 */
const BENCH_FIXTURE: Fixture = { ...FIXTURES[0]!, name: 'bench-2021-10-pages', filler: 58 };

const FILLER = [
  '本机关坚持以公开为常态、不公开为例外，围绕中心工作，及时准确发布政策文件、工作动态和办事指南，',
  '持续优化政府网站栏目设置，完善信息发布审核机制，做到应公开尽公开；',
  '同时加强政策解读，采用图文、问答等形式回应社会关切，提升政策知晓度和满意度。',
  '在平台建设方面，推进政务新媒体规范运行，统一发布口径，确保信息内容准确、更新及时、查找方便。',
].join('');

/** A table as a portal prints it: inline borders, labels broken with <br> and padded with &nbsp;. */
function tableHtml(format: FormatDef, tableIndex: number, values: Record<FieldKey, number>): string {
  const table = format.tables[tableIndex]!;
  const rows = buildPrintRows(format, table, values, withComputed(format, values));
  const body = rows
    .map((row) => {
      const cells = row.map((cell) => {
        const span =
          (cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '') +
          (cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '');
        const text = cell.kind === 'value' || cell.kind === 'computed' ? cell.text : messyLabel(cell.text);
        return `<td${span} style="border:1px solid #000;padding:2pt"><p>${text}</p></td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<table style="border-collapse:collapse;width:100%" border="1" cellspacing="0">\n${body}\n</table>`;
}

function messyLabel(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  // Two-character applicant headings print on two lines, as in the official template.
  if (/^(商业企业|科研机构|社会公益组织|法律服务机构)$/.test(text))
    return `${escaped.slice(0, 2)}<br>${escaped.slice(2)}`;
  return escaped.length > 6 ? `&nbsp;${escaped}` : escaped;
}

/** Where each table prints: under the heading of the section it belongs to. */
function tableSection(format: FormatDef, heading: string): number | undefined {
  if (format.id === LEGACY_2014.id) return undefined;
  const i = ['二', '三', '四'].indexOf(heading.charAt(0));
  return i >= 0 ? i : undefined;
}

function pageHtml(f: Fixture, values: Record<FieldKey, number>): string {
  const computed = withComputed(f.format, values);
  const n = (key: FieldKey) => computed.get(key) ?? values[key] ?? 0;
  const title = `${f.unit}${f.year}年政府信息公开工作年度报告`;
  const parts = [`<h1>${title}</h1>`, '<p>本报告依据《中华人民共和国政府信息公开条例》编制。</p>'];
  for (const [i, [heading, text]] of f.sections(n).entries()) {
    parts.push(`<p><b>${heading}</b></p>`);
    for (const para of text.split(/(?<=。)(?=[^。])/).filter(Boolean)) parts.push(`<p>${para}</p>`);
    if (i === 0) for (let k = 0; k < (f.filler ?? 0); k += 1) parts.push(`<p>${FILLER}</p>`);
    const t = tableSection(f.format, heading);
    if (t !== undefined) parts.push(tableHtml(f.format, t, values));
  }
  // The legacy report prints its one table after the text, as 附表.
  if (f.format.id === LEGACY_2014.id) parts.push('<p>附表：政府信息公开情况统计表</p>', tableHtml(f.format, 0, values));
  const charset = f.gbk ? 'gb2312' : 'utf-8';
  return [
    '<!DOCTYPE html>',
    `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">`,
    `<title>${title}</title>`,
    '<link rel="stylesheet" href="https://portal.invalid/style.css">',
    '<script src="https://portal.invalid/tracker.js"></script>',
    '<script>window.__ran = true;</script>',
    '</head><body>',
    '<div class="nav"><img src="https://portal.invalid/logo.png" alt="">首页 &gt; 政府信息公开 &gt; 年度报告</div>',
    ...parts,
    '<div class="footer">主办单位：某某市人民政府办公室</div>',
    '</body></html>',
  ].join('\n');
}

function soffice(args: string[], cwd: string): void {
  execFileSync('soffice', ['--headless', ...args], { cwd, stdio: 'pipe', timeout: 180_000 });
}

const work = mkdtempSync(join(tmpdir(), 'published-fixtures-'));
mkdirSync(OUT, { recursive: true });
// `--extra` writes only what was added later (the bench's long report, the web pages printed straight to PDF)
// and adds their answers to the committed ones, leaving the other files as they are.
const extraOnly = process.argv.includes('--extra');
const manifest: Record<string, unknown> = extraOnly
  ? (JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8')) as Record<string, unknown>)
  : {};
try {
  for (const f of extraOnly ? [BENCH_FIXTURE] : [...FIXTURES, BENCH_FIXTURE]) {
    const values = makeValues(f.format, f.seed);
    const html = pageHtml(f, values);
    const page = join(work, `${f.name}.html`);
    writeFileSync(page, f.gbk ? encodeGbk(html) : html);
    soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', `${f.name}.html`], work);
    soffice(['--convert-to', 'pdf', `${f.name}.docx`], work);
    for (const ext of ['html', 'docx', 'pdf'])
      copyFileSync(join(work, `${f.name}.${ext}`), join(OUT, `${f.name}.${ext}`));
    manifest[f.name] = {
      formatId: f.format.id,
      unit: f.unit,
      year: f.year,
      values: Object.fromEntries(withComputed(f.format, values)),
      findings: f.findings,
    };
  }
  writeWebPdfs();
  writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  if (!extraOnly) writeHostile();
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * Each web page printed to PDF by LibreOffice's web layout, as a browser's 打印 → 另存为 PDF does: other page
 * breaks (a header row cut inside its cells), other spacing. Same answers as the page (`<name>.web.pdf`).
 */
function writeWebPdfs(): void {
  for (const f of FIXTURES) {
    const web = join(work, 'web');
    mkdirSync(web, { recursive: true });
    copyFileSync(join(OUT, `${f.name}.html`), join(web, `${f.name}.html`));
    soffice(['--convert-to', 'pdf', `${f.name}.html`], web);
    copyFileSync(join(web, `${f.name}.pdf`), join(OUT, `${f.name}.web.pdf`));
  }
}

/**
 * Files that must be refused: a .docx whose document.xml inflates to 300 MB, a report saved as legacy .doc, and
 * a "scanned" PDF (a page that is one picture, no text layer), the last two made by LibreOffice.
 */
function writeHostile(): void {
  const body = new Uint8Array(300 * 1024 * 1024).fill(0x20);
  const types = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
  const bomb = writeZip([
    { name: '[Content_Types].xml', data: new TextEncoder().encode(types) },
    { name: 'word/document.xml', data: body, declaredSize: 40_000 },
  ]);
  writeFileSync(join(OUT, 'hostile-zip-bomb.docx'), bomb);
  const png = readFileSync(fileURLToPath(new URL('../public/pwa-512x512.png', import.meta.url))).toString('base64');
  writeFileSync(
    join(work, 'scanned.html'),
    `<html><body><p><img src="data:image/png;base64,${png}" width="600"></p></body></html>`,
  );
  soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', 'scanned.html'], work);
  soffice(['--convert-to', 'pdf', 'scanned.docx'], work);
  copyFileSync(join(work, 'scanned.pdf'), join(OUT, 'hostile-scanned.pdf'));
  soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'doc:MS Word 97', '2021-agreeing.html'], work);
  copyFileSync(join(work, '2021-agreeing.doc'), join(OUT, 'legacy-word-2021.doc'));
}

/** GB2312 bytes through iconv, which Debian always has; Node's TextEncoder writes UTF-8 only. */
function encodeGbk(text: string): Buffer {
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text });
}
