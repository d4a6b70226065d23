/** The form controls a unit's add and edit forms share: kind and parent choice. */
import type { UnitKind } from '@/domain/format/types';
import type { UnitRow } from '@/storage/db';
import { isUnitKind, kindLabel, UNIT_KINDS } from '@/domain/units/unit-kinds';

export function KindSelect(p: { value: UnitKind; onChange: (k: UnitKind) => void; disabled: boolean }) {
  return (
    <label className="units-field">
      <span>单位类型</span>
      <select
        value={p.value}
        disabled={p.disabled}
        onChange={(e) => {
          if (isUnitKind(e.target.value)) p.onChange(e.target.value);
        }}
      >
        {UNIT_KINDS.map((k) => (
          <option key={k} value={k}>
            {kindLabel(k)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** `''` is "no parent". */
export function ParentSelect(p: {
  value: string;
  candidates: readonly UnitRow[];
  onChange: (id: string) => void;
  disabled: boolean;
}) {
  return (
    <label className="units-field">
      <span>上级单位（可不选）</span>
      <select value={p.value} disabled={p.disabled} onChange={(e) => p.onChange(e.target.value)}>
        <option value="">（无）</option>
        {p.candidates.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function TextField(p: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  disabled: boolean;
  wide?: boolean;
  required?: boolean;
  placeholder?: string;
}) {
  return (
    <label className={p.wide ? 'units-field units-field-wide' : 'units-field'}>
      <span>{p.label}</span>
      <input
        value={p.value}
        onChange={(e) => p.onChange(e.target.value)}
        disabled={p.disabled}
        required={p.required}
        placeholder={p.placeholder}
        maxLength={200}
      />
    </label>
  );
}
