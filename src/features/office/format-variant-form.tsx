/**
 * The workspace's statistics-table format: national, or a province's own tables where its definition is built in.
 * It decides the tables of every report created from now on and of the area total; a report already created
 * keeps the format it was made in. Saved against the version it was read at, as the deadlines are.
 */
import { useState } from 'react';
import { variantChoices } from '@/domain/formats/registry';
import { useUnsavedWork } from '@/state/unsaved-work';
import type { XxgkDb } from '@/storage/db';
import { saveFormatVariant } from '@/storage/format-variant-setting';
import { useFormatVariantSetting } from '@/storage/settings-hooks';
import { useVersionedSave } from '@/widgets/shared/use-versioned-save';

interface Choice {
  variant: string;
  /** The stored version the choice started from. */
  baseRev: number;
}

export function FormatVariantForm({ db }: { db: XxgkDb }) {
  const setting = useFormatVariantSetting(db);
  const [choice, setChoice] = useState<Choice | undefined>();
  const { busy, run, notice } = useVersionedSave('统计表格式未保存，请重试。');
  useUnsavedWork(choice !== undefined, '统计表格式未保存');
  if (!setting) return null;
  const choices = variantChoices();
  const shown = choice?.variant ?? setting.variant;
  const nameOf = (variant: string) => choices.find((c) => c.variant === variant)?.name ?? variant;

  const save = (expectedRev: number) =>
    void run(
      () => saveFormatVariant(db, shown, expectedRev),
      `统计表格式已设为“${nameOf(shown)}”，之后新建的报表和汇总表使用它。`,
      () => setChoice(undefined),
    );

  return (
    <details className="of-deadlines of-variant">
      <summary>统计表格式：{nameOf(setting.variant)}</summary>
      <div className="of-deadline-fields">
        <label>
          统计表格式
          <select
            value={shown}
            disabled={choices.length < 2}
            onChange={(e) => setChoice({ variant: e.target.value, baseRev: choice?.baseRev ?? setting.rev })}
          >
            {choices.map((c) => (
              <option key={c.variant} value={c.variant}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => save(choice?.baseRev ?? setting.rev)}
          disabled={busy || choice === undefined || choice.variant === setting.variant}
        >
          保存
        </button>
      </div>
      {notice(
        () => setChoice(undefined),
        (theirsRev) => save(theirsRev),
      )}
      <p className="of-hint">
        {choices.length < 2
          ? '本程序内置的是全国统一格式；省级格式由其定义文件加入后，可在此选择。'
          : '只影响之后新建的报表和汇总表；已建的报表保留原来的格式。'}
      </p>
    </details>
  );
}
