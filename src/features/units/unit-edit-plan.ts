/**
 * Turns an edited unit form into the repository calls it needs, in a safe order: only what changed is
 * written, and a rename comes first so the old name is kept as an alias before the alias list is set.
 */
import type { UnitKind } from '@/domain/format/types';
import { normalizeCreditCode } from '@/storage/credit-code';
import type { UnitRow } from '@/storage/db';
import { formatAliasList, parseAliasList } from './alias-list';

export interface UnitDraft {
  name: string;
  kind: UnitKind;
  /** `''` is "no parent". */
  parentId: string;
  creditCode: string;
  contactPerson: string;
  contactPhone: string;
  /** Aliases as typed: comma / 顿号 separated. */
  aliasesText: string;
}

export type EditStep =
  | { step: 'rename'; name: string }
  | { step: 'aliases'; aliases: string[] }
  | { step: 'kind'; kind: UnitKind }
  | { step: 'parent'; parentId: string | undefined }
  | { step: 'creditCode'; code: string | undefined }
  | { step: 'contact'; contactPerson: string; contactPhone: string };

export const STEP_LABELS: Readonly<Record<EditStep['step'], string>> = {
  rename: '名称',
  aliases: '曾用名/别名',
  kind: '单位类型',
  parent: '上级单位',
  creditCode: '统一社会信用代码',
  contact: '联系人和联系电话',
};

export function draftOf(unit: UnitRow): UnitDraft {
  return {
    name: unit.name,
    kind: unit.kind,
    parentId: unit.parentId ?? '',
    creditCode: unit.creditCode ?? '',
    contactPerson: unit.contactPerson ?? '',
    contactPhone: unit.contactPhone ?? '',
    aliasesText: formatAliasList(unit.aliases),
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

export function planUnitEdit(unit: UnitRow, draft: UnitDraft): EditStep[] {
  const steps: EditStep[] = [];
  const name = draft.name.trim();
  const renamed = name !== unit.name;
  if (renamed) steps.push({ step: 'rename', name });
  // After a rename the repository has added the old name to the aliases; the list typed is compared with that.
  const finalName = renamed ? name : unit.name;
  const afterRename = renamed ? [...new Set([...unit.aliases, unit.name])] : [...unit.aliases];
  const typed = parseAliasList(draft.aliasesText);
  const wanted = (renamed && !typed.includes(unit.name) ? [...typed, unit.name] : typed).filter((a) => a !== finalName);
  if (!sameSet(wanted, afterRename.filter((a) => a !== finalName))) steps.push({ step: 'aliases', aliases: wanted });
  if (draft.kind !== unit.kind) steps.push({ step: 'kind', kind: draft.kind });
  if (draft.parentId !== (unit.parentId ?? '')) {
    steps.push({ step: 'parent', parentId: draft.parentId === '' ? undefined : draft.parentId });
  }
  const code = draft.creditCode.trim() === '' ? '' : normalizeCreditCode(draft.creditCode);
  if (code !== (unit.creditCode ?? '')) steps.push({ step: 'creditCode', code: code === '' ? undefined : code });
  const person = draft.contactPerson.trim();
  const phone = draft.contactPhone.trim();
  if (person !== (unit.contactPerson ?? '') || phone !== (unit.contactPhone ?? '')) {
    steps.push({ step: 'contact', contactPerson: person, contactPhone: phone });
  }
  return steps;
}
