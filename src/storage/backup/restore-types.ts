/** What a restore is asked to do and what it did: shared by the replace and merge paths. */
export type RestoreChoice =
  | { mode: 'replace' }
  | {
      mode: 'merge';
      /** Backup report ids (`ReportPreview.key`) to take. */
      take: ReadonlySet<string>;
      /** Backup unit ids (`UnitPreview.key`) to create or update. */
      takeUnits: ReadonlySet<string>;
    };

export interface RestoreOutcome {
  /** Units written (created or updated). */
  units: number;
  /** Reports written. */
  reports: number;
  /** Cells whose value changed (one history row each). */
  changedCells: number;
  /** Report texts written. */
  texts: number;
  /** Received file versions added. */
  receivedVersions: number;
}
