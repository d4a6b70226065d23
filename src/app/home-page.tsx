export interface HomeUnit {
  id: string;
  name: string;
  /** Shown as given (e.g. 区直单位, 乡镇/街道); the caller turns the stored kind into Chinese. */
  kind: string;
}

export interface HomePageProps {
  units: HomeUnit[];
  years: number[];
  onOpen: (unitId: string, year: number) => void;
}

/** The first screen: one row per unit, one column per year, each cell opens that unit's report of that year. */
export function HomePage({ units, years, onOpen }: HomePageProps) {
  if (units.length === 0) {
    return <p className="home-empty">还没有填报单位。请先添加单位，或点击页面上方的“进入演示”查看示例。</p>;
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
            {years.map((year) => (
              <td key={year}>
                <button
                  type="button"
                  onClick={() => onOpen(unit.id, year)}
                  aria-label={`打开${unit.name}${year}年度报告`}
                >
                  打开
                </button>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
