/** Under a table: the typed or pasted texts that were not saved, each with its reason and a link to the cell. */
import type { FieldKey } from '@/domain/format/types';
import { cellName } from './grid-block';
import type { Refusal } from './grid-row-data';
import type { TableGridModel } from './table-grid-model';

interface Props {
  model: TableGridModel;
  refusals: Readonly<Record<FieldKey, Refusal>>;
  onFocus: (field: FieldKey) => void;
}

export function RefusalList({ model, refusals, onFocus }: Props) {
  const entries = Object.entries(refusals);
  if (entries.length === 0) return null;
  return (
    <ul className="eg-refusals" role="alert">
      {entries.map(([field, r]) => {
        const slot = model.slotOf(field);
        return (
          <li key={field}>
            <button type="button" className="eg-link" onClick={() => onFocus(field)}>
              {slot ? cellName(slot) : field}
            </button>
            ：输入的“{r.text}”未保存，{r.reason}。
          </li>
        );
      })}
    </ul>
  );
}
