/**
 * Year on year, in one place: 上年结转 that does not match last year's 结转下年度 (X1) and sharp changes (Y1),
 * for every unit and for the total; “开始下一年度” to open the following year with 上年结转 filled.
 */
import type { XxgkDb } from '@/storage/db';
import { ProblemList } from './problem-list';
import { StartNextYear } from './start-next-year';
import type { Finding } from './year-findings';
import type { OfficeData } from './use-office-data';

interface Props {
  db: XxgkDb;
  data: OfficeData;
  reportHref: (reportId: string) => string;
  onYear: (year: number) => void;
}

interface LinkedFinding extends Finding {
  reportHref: string;
}

function FindingTable(p: { title: string; findings: readonly LinkedFinding[]; empty: string }) {
  const { title, findings, empty } = p;
  const open = findings.filter((f) => !f.explanation).length;
  return (
    <section className="of-findings" aria-label={title}>
      <h4>
        {title}（{findings.length === 0 ? '无' : `${findings.length} 项，未说明 ${open} 项`}）
      </h4>
      {findings.length === 0 ? (
        <p className="of-hint">{empty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">单位</th>
              <th scope="col">问题</th>
              <th scope="col">单位的说明</th>
            </tr>
          </thead>
          <tbody>
            {findings.map((f) => (
              <tr key={`${f.unitId}:${f.problem.key}`}>
                <th scope="row">
                  <a href={f.reportHref}>{f.unitName}</a>
                </th>
                <td className={f.problem.severity === 'error' ? 'of-error' : 'of-warn'}>{f.problem.message}</td>
                <td>{f.explanation ?? '（未说明）'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function YearView({ db, data, reportHref, onYear }: Props) {
  const { year } = data;
  const withHref = (list: readonly Finding[]): LinkedFinding[] => list.map((f) => ({ ...f, reportHref: reportHref(f.reportId) }));
  const totalCarry = data.totalProblems.filter((p) => p.ruleId === 'X1');
  return (
    <div className="of-year">
      <p className="of-hint">
        对照 {year - 1} 年度：各单位“二、上年结转”应等于其上年“四、结转下年度继续办理”（X1）；与上年相比变化超过三倍且相差 20
        以上的数字需核实（Y1）。旧格式年度按对应的行比较。
      </p>
      <FindingTable
        title="上年结转核对（各单位）"
        findings={withHref(data.carryOver)}
        empty={`各单位的上年结转与${year - 1}年度一致，或没有${year - 1}年度报表可对照。`}
      />
      <FindingTable title="大幅变化（各单位）" findings={withHref(data.sharp)} empty="各单位没有大幅变化。" />
      <ProblemList title="上年结转核对（汇总）" problems={totalCarry} empty="汇总的上年结转与上年汇总一致，或上年无汇总可对照。" />
      <ProblemList title="大幅变化（汇总）" problems={data.totalSharp} empty="汇总数与上年相比没有大幅变化。" />
      <div className="of-toolbar">
        <StartNextYear db={db} year={year} unitIds={data.filing.map((u) => u.id)} onDone={() => onYear(year + 1)} />
      </div>
    </div>
  );
}
