import { useId, type InputHTMLAttributes, type Ref } from 'react';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className' | 'onChange'>;

export interface TextFieldProps extends InputProps {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  hint?: string;
  error?: string | null;
  inputRef?: Ref<HTMLInputElement>;
  wide?: boolean;
}

export function TextField({ label, hint, error, onValueChange, inputRef, wide = true, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? null : hintId, error == null ? null : errorId]
    .filter((x) => x !== null)
    .join(' ');
  return (
    <div className={error == null ? 'field' : 'field field-invalid'}>
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error != null && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <input
        {...input}
        ref={inputRef}
        id={id}
        className={wide ? 'input' : 'input input-code'}
        aria-invalid={error != null}
        aria-describedby={describedBy === '' ? undefined : describedBy}
        onChange={(event) => onValueChange(event.target.value)}
      />
    </div>
  );
}
