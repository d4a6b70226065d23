import type { UnitStatus } from '@/domain/office/unit-status';
import { STATUS_CLASS } from '@/widgets/shared/status-class';

export interface HomeUnit {
  id: string;
  name: string;
  /** Shown as given; the caller turns the stored kind into Chinese. */
  kind: string;
  /** An area total (全区 / 全市): a year without stored figures opens the consolidation, not a blank report. */
  isArea?: boolean;
}

export interface HomePageProps {
  units: HomeUnit[];
  years: number[];
  /** Status of a unit's report of a year; undefined = no report yet. */
  statusOf: (unitId: string, year: number) => UnitStatus | undefined;
  onOpen: (unitId: string, year: number) => void;
}

/** The first screen: one row per unit, one column per year, each cell opens that unit's report of that year. */
export function HomePage({ units, years, statusOf, onOpen }: HomePageProps) {
  if (units.length === 0) {
    return (
      <p className="home-empty">
        还没有填报单位。请先在<a href="#/units">单位管理</a>中添加单位，或<a href="#/import">导入</a>
        已有的统计表文件，也可以点击页面上方的“进入演示”查看示例。
      </p>
    );
  }
  return (
    <table className="home-table">
      <caption>选择单位和年度，打开对应的年度报告统计表</caption>
      <thead>
        <tr>
          <th scope="col">单位</th>
          <th scope="col">类型</th>
          {years.map((year) => (
            <th key={year} scope="col">
              {year} 年度
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {units.map((unit) => (
          <tr key={unit.id}>
            <th scope="row">{unit.name}</th>
            <td>{unit.kind}</td>
            {years.map((year) => {
              const status = statusOf(unit.id, year);
              return (
                <td key={year}>
                  <button
                    type="button"
                    className={`home-open ${STATUS_CLASS[status ?? '未开始']}`}
                    onClick={() => onOpen(unit.id, year)}
                    aria-label={`打开${unit.name}${year}年度报告`}
                  >
                    {status ?? (unit.isArea ? '汇总' : '新建')}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
