/**
 * Names printed for an area's total. An area unit is usually called `湛河区（全区）`; its total is printed as
 * `湛河区（汇总）`, so the trailing （全区）/（全市）/（全县）/（全省） is dropped before `（汇总）` is added.
 */
import { consolidatedUnitName } from '@/io/office/office-workbook';

const WHOLE_AREA = /[（(]全[区市县省旗州盟][）)]$/;

export function areaBaseName(areaName: string): string {
  return areaName.trim().replace(WHOLE_AREA, '').trim() || areaName.trim();
}

/** `湛河区（全区）` → `湛河区（汇总）`. */
export function totalUnitName(areaName: string): string {
  return consolidatedUnitName(areaBaseName(areaName));
}
