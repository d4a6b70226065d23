/**
 * The collecting office's part of a backup file: receipts (where each unit's file stands) and rosters (who is
 * expected to report). An absent part stays absent (a file written before it existed); a row naming a unit the
 * file does not hold is left out and counted in a notice; a malformed row refuses the file.
 */
import { RECEIPT_STATES, type ReceiptStep } from '../office/receipt';
import type { BackupReceipt, BackupRoster, BackupUnit } from './backup-shape';
import { reportKeyOf } from './backup-shape';
import { isRecord, isTime, text, optionalPart, type ParseIssues } from './parse-issues';

const isYear = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 2000 && v <= 2200;
const isRev = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function parseReceipts(
  raw: unknown,
  units: readonly BackupUnit[],
  issues: ParseIssues,
): BackupReceipt[] | undefined {
  const list = optionalPart(raw, '报送记录', issues);
  if (!list) return undefined;
  const known = new Set(units.map((u) => u.id));
  const receipts: BackupReceipt[] = [];
  let broken = 0;
  let orphaned = 0;
  for (const item of list) {
    const receipt = readReceipt(item);
    if (!receipt) broken += 1;
    else if (!known.has(receipt.unitId)) orphaned += 1;
    else receipts.push(receipt);
  }
  if (broken > 0) issues.refuse(`备份文件中有 ${broken} 条报送记录内容不完整，文件可能已损坏。`);
  if (orphaned > 0) issues.notice(`有 ${orphaned} 条报送记录所属的单位不在备份文件中，这些记录不会恢复。`);
  return receipts;
}

function readReceipt(item: unknown): BackupReceipt | undefined {
  if (!isRecord(item) || typeof item.unitId !== 'string' || !isYear(item.year)) return undefined;
  const state = RECEIPT_STATES.find((s) => s === item.state);
  if (!state || !Array.isArray(item.steps)) return undefined;
  const steps: ReceiptStep[] = [];
  for (const raw of item.steps) {
    const step = readStep(raw);
    if (!step) return undefined;
    steps.push(step);
  }
  const fileName = text(item.fileName);
  const reasons = text(item.reasons);
  return {
    id: reportKeyOf(item.unitId, item.year),
    unitId: item.unitId,
    year: item.year,
    state,
    steps,
    rev: isRev(item.rev) ? item.rev : 0,
    ...(isTime(item.receivedAt) ? { receivedAt: item.receivedAt } : {}),
    ...(fileName ? { fileName } : {}),
    ...(reasons ? { reasons } : {}),
  };
}

function readStep(raw: unknown): ReceiptStep | undefined {
  if (!isRecord(raw) || !isTime(raw.at)) return undefined;
  const state = RECEIPT_STATES.find((s) => s === raw.state);
  if (!state || state === '未报送') return undefined;
  const fileName = text(raw.fileName);
  const reasons = text(raw.reasons);
  const who = text(raw.who);
  return {
    state,
    at: raw.at,
    ...(fileName ? { fileName } : {}),
    ...(reasons ? { reasons } : {}),
    ...(who ? { who } : {}),
  };
}

export function parseRosters(
  raw: unknown,
  units: readonly BackupUnit[],
  issues: ParseIssues,
): BackupRoster[] | undefined {
  const list = optionalPart(raw, '报送名单', issues);
  if (!list) return undefined;
  const known = new Set(units.map((u) => u.id));
  const rosters: BackupRoster[] = [];
  let broken = 0;
  let dropped = 0;
  for (const item of list) {
    if (
      !isRecord(item) ||
      typeof item.areaId !== 'string' ||
      !isYear(item.year) ||
      !Array.isArray(item.unitIds) ||
      !item.unitIds.every((id) => typeof id === 'string')
    ) {
      broken += 1;
      continue;
    }
    if (!known.has(item.areaId)) {
      dropped += 1;
      continue;
    }
    const unitIds = [...new Set(item.unitIds)];
    const kept = unitIds.filter((id) => known.has(id));
    dropped += unitIds.length - kept.length;
    rosters.push({
      id: reportKeyOf(item.areaId, item.year),
      areaId: item.areaId,
      year: item.year,
      unitIds: kept,
      updatedAt: isTime(item.updatedAt) ? item.updatedAt : 0,
      rev: isRev(item.rev) ? item.rev : 0,
    });
  }
  if (broken > 0) issues.refuse(`备份文件中有 ${broken} 份报送名单内容不完整，文件可能已损坏。`);
  if (dropped > 0) issues.notice(`报送名单中有 ${dropped} 个单位不在备份文件中，这些单位不会列入名单。`);
  return rosters;
}
