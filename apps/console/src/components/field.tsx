import type { Ref } from 'react';
import { FieldError, Input, Label, Text, TextField, type TextFieldProps } from 'react-aria-components';

interface Props extends Omit<TextFieldProps, 'children' | 'className' | 'isInvalid' | 'validationBehavior'> {
  label: string;
  hint?: string;
  /** The message shown when the value was refused (by the form's own checks or the server). */
  error?: string | null;
  inputRef?: Ref<HTMLInputElement>;
  wide?: boolean;
  placeholder?: string;
}

/** A labelled text input (react-aria: label, description and error wired to the input for assistive tech). */
export function Field({ label, hint, error, inputRef, wide = true, placeholder, ...field }: Props) {
  const isInvalid = error != null;
  return (
    <TextField
      {...field}
      isInvalid={isInvalid}
      validationBehavior="aria"
      className={isInvalid ? 'field field-invalid' : 'field'}
    >
      <Label>{label}</Label>
      {hint !== undefined && (
        <Text slot="description" className="hint">
          {hint}
        </Text>
      )}
      <FieldError className="field-error">{error}</FieldError>
      <Input ref={inputRef} className={wide ? 'input' : 'input input-code'} placeholder={placeholder} />
    </TextField>
  );
}
