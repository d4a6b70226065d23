/**
 * The unit a file goes to: an existing unit (matched by name or alias, or picked), or a new unit named as the
 * file names it. In the list a matched unit shows as text until “更改” is pressed, so a hundred rows do not
 * each render every unit.
 */
import { kindFromName } from '@/domain/units/kind-from-name';
import { useState } from 'react';
import type { UnitKind } from '@/domain/format/types';
import type { UnitRow } from '@/storage/db';
import type { UnitChoice } from '@/state/import-queue-store';
import { UNIT_KINDS } from '@/domain/units/unit-kinds';

const NEW = '__new__';

interface Props {
  units: readonly UnitRow[];
  choice: UnitChoice | undefined;
  /** The unit name read from the file, offered for a new unit. */
  guess?: string;
  compact?: boolean;
  onChange: (choice: UnitChoice | undefined) => void;
}

export function UnitSelect({ units, choice, guess, compact = false, onChange }: Props) {
  const [editing, setEditing] = useState(false);
  const chosen = choice?.kind === 'existing' ? units.find((u) => u.id === choice.unitId) : undefined;
  if (compact && chosen && !editing) {
    return (
      <span className="im-unit">
        {chosen.name}{' '}
        <button type="button" className="im-link" onClick={() => setEditing(true)}>
          更改
        </button>
      </span>
    );
  }
  const value = choice?.kind === 'existing' ? choice.unitId : choice?.kind === 'new' ? NEW : '';
  return (
    <span className="im-unit-choice">
      <select
        aria-label="导入到哪个单位"
        value={value}
        onChange={(event) => {
          const v = event.currentTarget.value;
          setEditing(false);
          if (v === '') onChange(undefined);
          else if (v === NEW) onChange({ kind: 'new', name: guess ?? '', unitKind: kindFromName(guess ?? '') });
          else onChange({ kind: 'existing', unitId: v });
        }}
      >
        <option value="">— 请选择单位 —</option>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
        <option value={NEW}>{guess ? `新建单位“${guess}”` : '新建单位…'}</option>
      </select>
      {choice?.kind === 'new' && <NewUnitFields choice={choice} compact={compact} onChange={onChange} />}
    </span>
  );
}

function NewUnitFields({
  choice,
  compact,
  onChange,
}: {
  choice: Extract<UnitChoice, { kind: 'new' }>;
  compact: boolean;
  onChange: (choice: UnitChoice) => void;
}) {
  return (
    <span className="im-new-unit">
      {!compact && (
        <label>
          新单位名称
          <input
            type="text"
            value={choice.name}
            onChange={(event) => onChange({ ...choice, name: event.currentTarget.value })}
          />
        </label>
      )}
      <label>
        类别
        <select
          value={choice.unitKind}
          onChange={(event) =>
            onChange({
              ...choice,
              unitKind: event.currentTarget.value as UnitKind,
            })
          }
        >
          {UNIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {k === '区域汇总' ? '全区/全市汇总' : k}
            </option>
          ))}
        </select>
      </label>
    </span>
  );
}
