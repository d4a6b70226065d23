import type { UnitStatus } from '@/domain/office/unit-status';
import './status.css';

/** One CSS class per report state, so the home page and the office dashboard colour them alike. */
export const STATUS_CLASS: Readonly<Record<UnitStatus, string>> = {
  未开始: 'st-none',
  草稿: 'st-draft',
  有错误: 'st-error',
  有警告: 'st-warning',
  已完成: 'st-done',
};
