/**
 * The report texts and received file versions in a restore preview: per report, whether the file's text differs
 * (“正文不同”) and how many received versions it adds; overall, whether the file carries these parts at all.
 */
import type { Backup } from './backup-shape';

export interface TextLike {
  reportId: string;
  sections: readonly { number: number; heading: string; text: string }[];
}

export interface VersionLike {
  reportId: string;
  receivedAt: number;
  fileName: string;
}

export interface PartPreview {
  /** False for a file written before the part existed: a replace then keeps the workspace's rows. */
  inFile: boolean;
  /** Rows the workspace holds now. */
  current: number;
  /** Texts: reports whose text the file brings or changes. Versions: received versions the file adds. */
  changes: number;
}

/** One received file is the same version when it is for the same report, at the same time, under the same name. */
export function receivedVersionKey(reportId: string, version: Omit<VersionLike, 'reportId'>): string {
  return JSON.stringify([reportId, version.receivedAt, version.fileName]);
}

export const TEXT_DIFFERS = '正文不同';
export const TEXT_IN_FILE = '含报告正文';
export const TEXT_ONLY_IN_CURRENT = '当前数据有正文、备份中没有（合并时保留，全部替换时删除）';

export function versionsAddedNote(count: number, isNew: boolean): string {
  return isNew ? `含收到的文件版本 ${count} 个` : `备份中有 ${count} 个收到的文件版本是当前数据没有的`;
}

/** The workspace's texts and received versions, indexed for the per-report comparison. */
export class ExtrasComparison {
  private readonly texts: ReadonlyMap<string, TextLike>;
  private readonly versionKeys: ReadonlySet<string>;
  private readonly fileTexts: ReadonlyMap<string, TextLike>;
  private textChanges = 0;
  private versionsAdded = 0;

  constructor(
    private readonly backup: Backup,
    private readonly current: { reportTexts?: readonly TextLike[]; receivedVersions?: readonly VersionLike[] },
  ) {
    this.texts = new Map((current.reportTexts ?? []).map((t) => [t.reportId, t]));
    this.versionKeys = new Set((current.receivedVersions ?? []).map((v) => receivedVersionKey(v.reportId, v)));
    this.fileTexts = new Map((backup.reportTexts ?? []).map((t) => [t.reportId, t]));
  }

  /** What differs for the file's report `backupId` restored at `targetId`, as notes for `ReportPreview.other`. */
  notesFor(backupId: string, targetId: string, isNew: boolean): string[] {
    const notes: string[] = [];
    const theirs = this.fileTexts.get(backupId);
    const ours = this.texts.get(targetId);
    if (theirs && !(ours && sameSections(ours, theirs))) {
      notes.push(ours ? TEXT_DIFFERS : TEXT_IN_FILE);
      this.textChanges += 1;
    } else if (!theirs && ours && this.backup.reportTexts !== undefined) {
      notes.push(TEXT_ONLY_IN_CURRENT);
    }
    const added = new Set(
      (this.backup.receivedVersions ?? [])
        .filter((v) => v.reportId === backupId)
        .map((v) => receivedVersionKey(targetId, v))
        .filter((key) => !this.versionKeys.has(key)),
    ).size;
    if (added > 0) notes.push(versionsAddedNote(added, isNew));
    this.versionsAdded += added;
    return notes;
  }

  /** The totals, once every report of the file went through `notesFor`. */
  parts(): { texts: PartPreview; receivedVersions: PartPreview } {
    return {
      texts: {
        inFile: this.backup.reportTexts !== undefined,
        current: this.current.reportTexts?.length ?? 0,
        changes: this.textChanges,
      },
      receivedVersions: {
        inFile: this.backup.receivedVersions !== undefined,
        current: this.current.receivedVersions?.length ?? 0,
        changes: this.versionsAdded,
      },
    };
  }
}

function sameSections(a: TextLike, b: TextLike): boolean {
  const order = (t: TextLike) => [...t.sections].sort((x, y) => x.number - y.number);
  const [left, right] = [order(a), order(b)];
  return (
    left.length === right.length &&
    left.every((s, i) => s.number === right[i]?.number && s.heading === right[i]?.heading && s.text === right[i]?.text)
  );
}
