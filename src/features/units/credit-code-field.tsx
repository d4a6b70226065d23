/** The 统一社会信用代码 box: checked as it is typed, with the reason shown under it in Chinese. */
import { useId } from 'react';
import { creditCodeProblem } from '@/storage/credit-code';

/** The reason the code is refused, or undefined when it is valid or left empty (the code is optional). */
export function creditCodeError(code: string): string | undefined {
  return code.trim() === '' ? undefined : creditCodeProblem(code.trim());
}

interface Props {
  value: string;
  onChange: (value: string) => void;
  disabled: boolean;
}

export function CreditCodeField({ value, onChange, disabled }: Props) {
  const id = useId();
  const problem = creditCodeError(value);
  return (
    <label className="units-field units-field-wide">
      <span>统一社会信用代码（可不填）</span>
      <input
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        maxLength={40}
        spellCheck={false}
        aria-invalid={problem !== undefined}
        aria-describedby={problem ? id : undefined}
      />
      {problem && (
        <span id={id} className="units-field-error" role="alert">
          {problem}
        </span>
      )}
    </label>
  );
}
