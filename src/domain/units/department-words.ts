/**
 * The words that name a department's line of work in county and city government (财政, 民政, 教育 …). Two names
 * that each hold a different one of them are two departments, however close their characters: 湛河区财政局 and
 * 湛河区民政局 differ by one character and are not one unit written two ways. A slip such as 民正局 holds none.
 */
// Separated by spaces: a list to read and extend, not code.
const DEPARTMENT_WORDS: readonly string[] = [
  '发展和改革 发展改革 发改 教育体育 教育 科学技术 科技 工业和信息化',
  '工业信息化 工信 民族宗教 民宗 公安 民政 司法 财政 人力资源和社会保障',
  '人力资源社会保障 人社 自然资源和规划 自然资源 规划 生态环境 环境保护 环保',
  '住房和城乡建设 住房城乡建设 住建 交通运输 交通 水利 农业农村 农业 林业',
  '畜牧 商务 文化广电和旅游 文化广电旅游 文化和旅游 文广旅 文化 旅游',
  '卫生健康 卫生和计划生育 卫健 退役军人事务 退役军人 应急管理 应急 审计',
  '国有资产 国资 市场监督管理 市场监管 体育 统计 医疗保障 医保 城市管理',
  '城管 综合行政执法 行政审批 政务服务 大数据 信访 粮食和物资储备 粮食',
  '机关事务 人民防空 人防 乡村振兴 扶贫 供销 残疾人 妇女 工会 共青团 档案',
  '地方志 气象 地震 税务 消防 住房公积金 公积金 投资促进 招商 金融 外事',
  '侨务 台湾事务 编制 组织 宣传 统战 政法 纪律检查 监察 法院 检察 人大',
  '政协 政府办公室 园林绿化 园林 房产 不动产登记 经济技术开发',
  '高新技术产业开发 产业集聚',
]
  .join(' ')
  .split(' ');

// Longest first, so 人力资源和社会保障 is found before a shorter word inside it could be.
const BY_LENGTH = [...DEPARTMENT_WORDS].sort((a, b) => b.length - a.length);

/** The longest department word in a (normalised) name, or undefined when it holds none. */
export function departmentWordOf(name: string): string | undefined {
  return BY_LENGTH.find((word) => name.includes(word));
}
